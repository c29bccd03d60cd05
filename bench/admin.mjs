// Admin list and edit views over the ten-year archive (issue 18), in Debian's Chromium through playwright-core:
// for meetings, agenda items and assignments, the time from navigation until the list's rows, and until the edit
// form of the newest row, are visible. Each view is opened `--runs` times after one warm-up; prints median and max
// with the load average. Target: every view ≤ 1 s.
//
//   node bench/admin.mjs --url http://localhost:3000 [--email admin@sro.example] [--password …] [--runs 5]
// The password defaults to the archive generator's (bench/archive/generate.ts).
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { chromium } from 'playwright-core'

const TARGET_MS = 1000
const COLLECTIONS = ['meetings', 'agenda-items', 'assignments']

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    email: { type: 'string', default: 'admin@sro.example' },
    password: { type: 'string', default: 'sro-arkiv-bench-2026' },
    runs: { type: 'string', default: '5' },
  },
})
const base = values.url.replace(/\/$/, '')
const runs = Number(values.runs)

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage()
await page.goto(`${base}/admin/login`)
await page.getByLabel('E-post').fill(values.email)
await page.getByLabel('Lösenord').fill(values.password)
await page.getByRole('button', { name: 'Logga in' }).click()
await page.waitForURL(`${base}/admin`)

/** Milliseconds from navigation until `visible` is visible; the first run warms the route and is not counted. */
async function timed(url, visible) {
  const times = []
  for (let run = 0; run <= runs; run += 1) {
    const started = performance.now()
    await page.goto(url, { waitUntil: 'commit' })
    await visible().first().waitFor({ state: 'visible', timeout: 30_000 })
    if (run > 0) times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { medianMs: Math.round(times[Math.floor(times.length / 2)]), maxMs: Math.round(times.at(-1)) }
}

const rows = []
for (const collection of COLLECTIONS) {
  const listUrl = `${base}/admin/collections/${collection}`
  const list = await timed(listUrl, () => page.locator('.table tbody tr'))
  rows.push({ view: `${collection} (lista)`, ...list, load: +os.loadavg()[0].toFixed(2) })
  await page.goto(listUrl)
  const href = await page.locator('.table tbody tr a[href*="/admin/collections/"]').first().getAttribute('href')
  const edit = await timed(new URL(href, base).toString(), () => page.locator('form .render-fields'))
  rows.push({ view: `${collection} (redigera)`, ...edit, load: +os.loadavg()[0].toFixed(2) })
}
await browser.close()
for (const row of rows) row.meetsTarget = row.medianMs <= TARGET_MS
console.table(rows)
console.log(JSON.stringify({ url: base, runs, target: `≤ ${TARGET_MS} ms`, rows }))
if (!rows.every((row) => row.meetsTarget)) process.exitCode = 1
