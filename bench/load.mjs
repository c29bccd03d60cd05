// Load benchmark (issue 4): a cached meeting page from `next start` against a static copy of the same HTML
// served by a minimal Node server, in the same run. Reports saturated throughput and latency at a fixed rate.
// Targets: meeting page ≥ 60 % of the static server's throughput, p99 ≤ 50 ms at 300 req/s.
//
//   npm run build && npm start            (in another terminal, with demo content)
//   node bench/load.mjs [--url http://localhost:3000/moten/2025-11-13] [--seconds 10] [--rate 300]
import http from 'node:http'
import { parseArgs } from 'node:util'

import { agent, fixedRate as fixedRateLoop, request, saturate as saturateLoop } from './lib/loadgen.mjs'

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
const saturate = (url) => saturateLoop(url, { seconds, concurrency })
const fixedRate = (url) => fixedRateLoop(url, { rate, seconds })

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
