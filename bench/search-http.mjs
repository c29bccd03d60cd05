// Search through the whole stack (issue 4): `/sok` on `next start`, over an archive of ≥ 10 000 agenda items in the
// database, so the figure includes reading the published archive, the index, ranking, snippets and rendering.
// Target: p95 ≤ 50 ms. The first request builds the index from the database and is reported on its own.
//
//   node_modules/.bin/tsx bench/import.bench.ts --documents 910 --keep /tmp/sro-search   (≈ 10 000 items)
//   DATABASE_URI=file:/tmp/sro-search/bench.db UPLOADS_DIR=/tmp/sro-search/uploads PAYLOAD_DISABLE_AUTORUN=true \
//     PAYLOAD_SECRET=bench npx next start --port 3100                                    (after npm run build)
//   node bench/search-http.mjs --url http://localhost:3100 [--rounds 20] [--concurrency 4]
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    rounds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '4' },
  },
})
const base = values.url.replace(/\/$/, '')
const rounds = Number(values.rounds)
const concurrency = Number(values.concurrency)
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
const QUERIES = [
  'avtalet',
  'patientsäkerhet',
  'psykisk hälsa',
  'hälso- och sjukvårdsavtal',
  'uppföljning nära vård',
  'kommunerna',
  'digitaliseringsfrågor',
  'hjälpmedel',
  'xyz',
]

function get(path) {
  return new Promise((resolve) => {
    const start = performance.now()
    http
      .get(`${base}${path}`, { agent }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => resolve({ ok: response.statusCode === 200, ms: performance.now() - start, body }))
      })
      .on('error', () => resolve({ ok: false, ms: performance.now() - start, body: '' }))
  })
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round1 = (value) => Number(value.toFixed(1))
function summary(results) {
  const times = results
    .filter((result) => result.ok)
    .map((result) => result.ms)
    .sort((a, b) => a - b)
  return {
    requests: results.length,
    errors: results.length - times.length,
    p50: round1(percentile(times, 50)),
    p95: round1(percentile(times, 95)),
    p99: round1(percentile(times, 99)),
  }
}

const path = (query) => `/sok?q=${encodeURIComponent(query)}`
const cold = await get(path('avtalet'))
if (!cold.ok) throw new Error(`${base}/sok svarar inte 200 – är servern startad med arkivet?`)
const hits = /(\d+) träffar för/.exec(cold.body)?.[1]

// One visitor at a time, then `concurrency` at once.
const sequential = []
for (let round = 0; round < rounds; round += 1) for (const query of QUERIES) sequential.push(await get(path(query)))
const queue = Array.from({ length: rounds }, () => QUERIES).flat()
const parallel = []
const started = performance.now()
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let query = queue.pop(); query !== undefined; query = queue.pop()) parallel.push(await get(path(query)))
  }),
)
const parallelSeconds = (performance.now() - started) / 1000

const report = {
  benchmark: 'search over HTTP (/sok on next start)',
  url: base,
  hitsForAvtalet: hits ? Number(hits) : null,
  coldFirstRequestMs: round1(cold.ms),
  sequential: summary(sequential),
  concurrent: { concurrency, ...summary(parallel), requestsPerSecond: round1(parallel.length / parallelSeconds) },
  target: 'p95 ≤ 50 ms',
  meetsTarget: summary(sequential).p95 <= 50,
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
agent.destroy()
