// The per-request pages and exports of issue 18 against `next start`, one after the other: each is warmed, then
// offered `--rate` requests a second for `--seconds` (open loop, so slow answers show in the tail). Prints a table
// and JSON with p50/p95/p97.5/p99, errors, bytes and the load average at each row (the machine may be busy).
// Target: p97.5 ≤ 150 ms at 50 req/s for 8 s on each page, over the ten-year archive (bench/README.md).
//
//   node bench/pages.mjs --url http://localhost:3000 [--rate 50] [--seconds 8] [--only /beslutslogg]
import { parseArgs } from 'node:util'

import { agent, fixedRate, loadAverage, request } from './lib/loadgen.mjs'

export const PAGES = ['/beslutslogg', '/arshjul', '/beslutslogg.csv', '/moten?ar=2025', '/sok?q=patientsäkerhet']
const TARGET_P975_MS = 150

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '8' },
    warm: { type: 'string', default: '5' },
    only: { type: 'string', multiple: true },
  },
})
const base = values.url.replace(/\/$/, '')
const rate = Number(values.rate)
const seconds = Number(values.seconds)

/** Until the server answers a cheap request within a second again (a saturated page leaves a queue behind). */
async function settle() {
  const until = Date.now() + 180_000
  while (Date.now() < until) {
    const health = await request(`${base}/api/health`, { timeoutMs: 1000 })
    if (health.ok && health.ms < 1000) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

const rows = []
for (const path of values.only?.length ? values.only : PAGES) {
  await settle()
  const url = `${base}${encodeURI(path)}`
  const first = await request(url, { timeoutMs: 120_000 })
  if (!first.ok) {
    // Recorded, not thrown: the other pages are still measured.
    rows.push({ page: path, errors: 1, firstStatus: first.status, firstMs: +first.ms.toFixed(1), meetsTarget: false })
    continue
  }
  for (let i = 0; i < Number(values.warm); i += 1) await request(url)
  const loadBefore = loadAverage()
  const result = await fixedRate(url, { rate, seconds })
  rows.push({
    page: path,
    bytes: first.bytes,
    firstMs: +first.ms.toFixed(1),
    ...result,
    load: loadBefore,
    meetsTarget: result.errors === 0 && result.p975Ms <= TARGET_P975_MS,
  })
}
console.table(
  rows.map(({ page, p50Ms, p95Ms, p975Ms, p99Ms, errors, reqPerSec, bytes, load, meetsTarget }) => ({
    page,
    p50Ms,
    p95Ms,
    p975Ms,
    p99Ms,
    errors,
    reqPerSec,
    bytes,
    load,
    meetsTarget,
  })),
)
console.log(JSON.stringify({ url: base, rate, seconds, target: `p97.5 ≤ ${TARGET_P975_MS} ms`, rows }))
agent.destroy()
if (!rows.every((row) => row.meetsTarget)) process.exitCode = 1
