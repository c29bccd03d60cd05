// Load benchmark (issue 4): a cached meeting page from `next start` against a static copy of the same HTML
// served by a minimal Node server, in the same run. Reports saturated throughput and latency at a fixed rate.
// Targets: meeting page ≥ 60 % of the static server's throughput, p99 ≤ 50 ms at 300 req/s.
//
//   npm run build && npm start            (in another terminal, with demo content)
//   node bench/load.mjs [--url http://localhost:3000/moten/2025-11-13] [--seconds 10] [--rate 300]
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000/moten/2025-11-13' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '32' },
  },
})
const seconds = Number(values.seconds)
const rate = Number(values.rate)
const concurrency = Number(values.concurrency)
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

function request(url) {
  return new Promise((resolve) => {
    const start = performance.now()
    http
      .get(url, { agent }, (response) => {
        response.resume()
        response.on('end', () => resolve({ ok: response.statusCode === 200, ms: performance.now() - start }))
      })
      .on('error', () => resolve({ ok: false, ms: performance.now() - start }))
  })
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN
function summary(results, elapsedSeconds) {
  const ok = results.filter((result) => result.ok)
  const times = ok.map((result) => result.ms).sort((a, b) => a - b)
  return {
    requests: results.length,
    errors: results.length - ok.length,
    reqPerSec: Math.round(ok.length / elapsedSeconds),
    p50Ms: +percentile(times, 50).toFixed(1),
    p95Ms: +percentile(times, 95).toFixed(1),
    p99Ms: +percentile(times, 99).toFixed(1),
  }
}

/** Closed loop: `concurrency` clients back to back, to find the saturated throughput. */
async function saturate(url) {
  const results = []
  const end = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) results.push(await request(url))
    }),
  )
  return summary(results, (performance.now() - started) / 1000)
}

/** Open loop: requests start on a fixed schedule whatever the server does, so slow responses show in the tail. */
async function fixedRate(url) {
  const pending = []
  const started = performance.now()
  const total = rate * seconds
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(request(url))
  }
  return summary(await Promise.all(pending), (performance.now() - started) / 1000)
}

const page = await fetch(values.url)
if (page.status !== 200) throw new Error(`${values.url} gave ${page.status}; start the app with demo content first.`)
const html = await page.text()
const staticServer = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) })
  response.end(html)
})
await new Promise((resolve) => staticServer.listen(0, '127.0.0.1', resolve))
const staticUrl = `http://127.0.0.1:${staticServer.address().port}/`

// Warm both, then measure each the same way.
for (let i = 0; i < 50; i += 1) await Promise.all([request(values.url), request(staticUrl)])
const result = {
  page: values.url,
  bytes: Buffer.byteLength(html),
  saturated: { next: await saturate(values.url), static: await saturate(staticUrl) },
  [`at${rate}PerSec`]: { next: await fixedRate(values.url), static: await fixedRate(staticUrl) },
}
result.throughputShareOfStatic = +(result.saturated.next.reqPerSec / result.saturated.static.reqPerSec).toFixed(2)
console.log(JSON.stringify(result, null, 2))
staticServer.close()
agent.destroy()
