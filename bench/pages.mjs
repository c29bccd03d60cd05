// The per-request pages and exports of issue 18 against `next start`, one after the other: each is warmed, then
// offered `--rate` requests a second for `--seconds` (open loop, so slow answers show in the tail). Prints a table
// and JSON with p50/p95/p97.5/p99, errors, bytes and the load average at each row (the machine may be busy).
// Target: p97.5 ≤ 150 ms at 50 req/s for 8 s on each page, over the ten-year archive (bench/README.md).
//
//   node bench/pages.mjs --url http://localhost:3000 [--rate 50] [--seconds 8] [--only /beslutslogg]
//                        [--churn 2 --email admin@sro.example --password …]
//
// `--churn N` changes the archive every N seconds during each row (a staff save through the REST API: a case saved
// with its own title), so every page is rendered again after each change, as under steady editing. Without it the
// rows measure the page cache's hits.
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
    churn: { type: 'string' },
    email: { type: 'string', default: 'admin@sro.example' },
    // The archive generator's password (bench/archive/generate.ts).
    password: { type: 'string', default: 'sro-arkiv-bench-2026' },
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

/** A save that moves the archive revision without changing what anyone sees: a case saved with its own title. */
async function churner() {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: values.email, password: values.password }),
  })
  const { token } = await login.json()
  if (!token) throw new Error(`Inloggningen misslyckades (${login.status}); ange --email och --password.`)
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json', origin: base }
  const { docs } = await (await fetch(`${base}/api/cases?limit=1&depth=0`, { headers })).json()
  const [{ id, title }] = docs
  let saves = 0
  return {
    save: async () => {
      const response = await fetch(`${base}/api/cases/${id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ title }),
      })
      if (response.ok) saves += 1
    },
    saves: () => saves,
  }
}
const churn = values.churn ? await churner() : null

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
  const savesBefore = churn?.saves() ?? 0
  const timer = churn ? setInterval(() => churn.save(), Number(values.churn) * 1000) : null
  const result = await fixedRate(url, { rate, seconds })
  if (timer) clearInterval(timer)
  rows.push({
    page: path,
    bytes: first.bytes,
    firstMs: +first.ms.toFixed(1),
    ...result,
    load: loadBefore,
    ...(churn ? { changes: churn.saves() - savesBefore } : {}),
    meetsTarget: result.errors === 0 && result.p975Ms <= TARGET_P975_MS,
  })
}
console.table(
  rows.map(({ page, p50Ms, p95Ms, p975Ms, p99Ms, errors, reqPerSec, bytes, load, changes, meetsTarget }) => ({
    page,
    p50Ms,
    p95Ms,
    p975Ms,
    p99Ms,
    errors,
    reqPerSec,
    bytes,
    load,
    ...(churn ? { changes } : {}),
    meetsTarget,
  })),
)
console.log(
  JSON.stringify({
    url: base,
    rate,
    seconds,
    churnSeconds: values.churn ?? null,
    target: `p97.5 ≤ ${TARGET_P975_MS} ms`,
    rows,
  }),
)
agent.destroy()
if (!rows.every((row) => row.meetsTarget)) process.exitCode = 1
