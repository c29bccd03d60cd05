// Search latency over a generated archive of 10 000 agenda items (issue 4 target: p95 ≤ 50 ms).
// Run: npx tsx bench/search.bench.mjs
import { performance } from 'node:perf_hooks'

import { buildIndex, search, snippet } from '../src/search/engine.ts'

const WORDS = (
  'avtal hälso sjukvårdsavtalet patientsäkerhet riktlinje remiss uppföljning nära vård psykisk hälsa hjälpmedel kommunalförbund ' +
  'region kommun samverkan ställningstagande information dialog beslut uppdrag återrapportering vårdinformationssystem digitalisering ' +
  'ekonomi kostnader indikatorer primärvård socialtjänst överenskommelse barn unga äldre läkemedel ambulans utbildning kompetens'
).split(' ')

function randomText(seed, length) {
  let x = seed
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), x)
  return Array.from({ length }, () => WORDS[next() % WORDS.length]).join(' ')
}

const ITEMS = 10_000
const docs = Array.from({ length: ITEMS }, (_, i) => ({
  id: `item:${i}`,
  kind: 'item',
  title: randomText(i + 1, 6),
  text: randomText(i + 7, 120),
  url: `/moten/2020-01-${String((i % 28) + 1).padStart(2, '0')}#punkt-${(i % 12) + 1}`,
  date: `${2015 + (i % 11)}-06-01`,
}))

let start = performance.now()
const index = buildIndex(docs)
const buildMs = performance.now() - start
const memoryMb = process.memoryUsage().heapUsed / 1024 / 1024

const queries = [
  'avtalet',
  'patientsäkerhet',
  'psykisk hälsa',
  'hälso- och sjukvårdsavtal',
  'uppföljning nära vård',
  'kommun',
  'digitaliseringen',
  'ambulans barn',
  'xyz',
]
const timings = []
for (let round = 0; round < 40; round += 1) {
  for (const query of queries) {
    start = performance.now()
    const { hits } = search(index, query, { limit: 20 })
    for (const hit of hits) snippet(hit.doc.text, hit.terms)
    timings.push(performance.now() - start)
  }
}
timings.sort((a, b) => a - b)
const pct = (p) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(1)
console.log(
  JSON.stringify(
    {
      items: ITEMS,
      indexBuildMs: Math.round(buildMs),
      heapMb: Math.round(memoryMb),
      searches: timings.length,
      p50Ms: pct(50),
      p95Ms: pct(95),
      p99Ms: pct(99),
    },
    null,
    2,
  ),
)
