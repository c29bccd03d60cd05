// The cached meeting page against a minimal static Node server with the same bytes (issue 18), in one run:
// saturated throughput and p99 at 300 req/s offered for 8 s, measured by bench/load.mjs; this adds what the figures
// need to be read: the page's size, whether it carries scripts, that it came from the cache, the load average.
// Targets: throughput ≥ 0.6 of the static server's; p99 ≤ 50 ms at 300 req/s.
//
//   npm run build && npm start        (demo content in the database; in another terminal)
//   node bench/cached-page.mjs [--url http://localhost:3000/moten/2025-11-13] [--seconds 8] [--rate 300]
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000/moten/2025-11-13' },
    seconds: { type: 'string', default: '8' },
    rate: { type: 'string', default: '300' },
  },
})
const loadAverage = () => os.loadavg().map((value) => +value.toFixed(2))

// Twice: the first request may render (a miss), the second must be a hit.
await fetch(values.url).then((response) => response.text())
const page = await fetch(values.url)
const html = await page.text()
if (page.status !== 200) throw new Error(`${values.url} gave ${page.status}; start the app with demo content first.`)

const before = loadAverage()
const output = execFileSync(
  process.execPath,
  [
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'load.mjs'),
    '--url',
    values.url,
    '--seconds',
    values.seconds,
    '--rate',
    values.rate,
  ],
  { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
)
const load = JSON.parse(output.slice(output.indexOf('{')))
const fixed = load[`at${values.rate}PerSec`]
const result = {
  page: values.url,
  cache: page.headers.get('x-nextjs-cache'),
  bytes: Buffer.byteLength(html),
  scripts: (html.match(/<script\b/g) ?? []).length,
  inlineRscPayload: html.includes('__next_f'),
  loadAverage: { before, after: loadAverage(), cores: os.cpus().length },
  saturatedReqPerSec: { next: load.saturated.next.reqPerSec, static: load.saturated.static.reqPerSec },
  throughputShareOfStatic: load.throughputShareOfStatic,
  [`p99MsAt${values.rate}PerSec`]: { next: fixed.next.p99Ms, static: fixed.static.p99Ms },
  errors: load.saturated.next.errors + fixed.next.errors,
  meetsTargets: load.throughputShareOfStatic >= 0.6 && fixed.next.p99Ms <= 50,
  detail: load,
}
console.log(JSON.stringify(result, null, 2))
