/**
 * Where a per-request page's time goes, without a build: the reads each page makes (the same public read layer the
 * pages call, as a visitor), run one at a time in this process over a database, with the SQL statements counted
 * (src/db/queryCounter.ts), wall and CPU time per request. The rendering is not included: compare with
 * `bench/pages.mjs` against `next start` for the whole request.
 *
 *   node_modules/.bin/tsx bench/profile-pages.ts --db /tmp/sro-archive/archive.db [--runs 10] [--samples]
 *
 * `--samples` prints the distinct statements of one request per page (first 120 characters, with counts).
 */
import { parseArgs } from 'node:util'

import { benchPayload } from './lib/benchPayload'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    runs: { type: 'string', default: '10' },
    samples: { type: 'boolean', default: false },
  },
})
if (!values.db) throw new Error('Ange --db <sökväg till SQLite-filen> (se bench/archive/generate.ts).')
const RUNS = Number(values.runs)
const { payload, countedQueries } = await benchPayload(values.db)

const [decisionLog, publicLog, download, arshjul, meetings, search, engine, settings, publicApi] = await Promise.all([
  import('../src/lib/public/decisionLog'),
  import('../src/lib/public/publicDecisionLog'),
  import('../src/lib/public/decisionLogDownload'),
  import('../src/lib/public/arshjul'),
  import('../src/lib/public/meetings'),
  import('../src/lib/public/search'),
  import('../src/search/engine'),
  import('../src/lib/public/siteSettings'),
  import('../src/lib/public/payload'),
])
const { stockholmDate } = await import('../src/domain/time')

/** What the frontend layout reads on every page. */
const layout = () => Promise.all([arshjul.isArshjulPublic(), settings.publicSiteSettings()])

const PAGES: Record<string, () => Promise<unknown>> = {
  // The log's read itself, as after every change (the page and downloads keep it per archive revision).
  'decision log read': async () => {
    const today = stockholmDate(new Date())
    const entries = await decisionLog.loadDecisionLog({ payload, user: null, today })
    await decisionLog.logFilterOptions({ payload, user: null, entries })
  },
  '/beslutslogg': async () => {
    const { entries, today } = await publicLog.publicDecisionLog()
    decisionLog.filterLog(entries, {}, today).slice(0, 50)
    await layout()
  },
  '/arshjul': async () => {
    const year = Number(arshjul.todayInStockholm().slice(0, 4))
    await Promise.all([arshjul.publicYearPlan(year), arshjul.publicYearPlan(year + 1)])
    await layout()
  },
  '/beslutslogg.csv': async () => {
    const response = await download.decisionLogDownload({}, 'csv')
    await response.text()
  },
  '/moten?ar=2025': async () => {
    const access = publicApi.AS_VISITOR
    await Promise.all([
      meetings.listMeetings({ year: 2025, page: 1 }),
      meetings.meetingYears(),
      payload.find({
        collection: 'cases',
        sort: 'title',
        pagination: false,
        depth: 0,
        select: { title: true },
        ...access,
      }),
      payload.find({
        collection: 'organisations',
        sort: 'name',
        pagination: false,
        depth: 0,
        select: { name: true },
        ...access,
      }),
    ])
    await layout()
  },
  '/sok?q=patientsäkerhet': async () => {
    const index = await search.publicSearchIndex()
    engine.search(index, 'patientsäkerhet', { kinds: [], limit: 20, offset: 0 })
    await layout()
  },
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
const round = (value: number) => Math.round(value * 10) / 10

const rows = []
for (const [page, load] of Object.entries(PAGES)) {
  const first = performance.now()
  const firstUsage = process.cpuUsage()
  const cold = await countedQueries(load)
  const firstCpu = process.cpuUsage(firstUsage)
  const firstMs = performance.now() - first
  const times: number[] = []
  const cpu: number[] = []
  let statements = 0
  let samples: string[] = []
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    const usage = process.cpuUsage()
    const counted = await countedQueries(load)
    const used = process.cpuUsage(usage)
    times.push(performance.now() - started)
    cpu.push((used.user + used.system) / 1000)
    statements = counted.statements
    samples = counted.samples
  }
  times.sort((a, b) => a - b)
  rows.push({
    page,
    statementsFirst: cold.statements,
    statements,
    firstMs: round(firstMs),
    firstCpuMs: round((firstCpu.user + firstCpu.system) / 1000),
    p50Ms: round(percentile(times, 50)),
    maxMs: round(times.at(-1)!),
    cpuMsMean: round(cpu.reduce((a, b) => a + b, 0) / cpu.length),
  })
  if (values.samples) {
    const counts = new Map<string, number>()
    for (const sql of samples) counts.set(sql.slice(0, 120), (counts.get(sql.slice(0, 120)) ?? 0) + 1)
    console.error(`\n${page}: ${statements} statements`)
    for (const [sql, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.error(`  ${String(count).padStart(5)} × ${sql}`)
  }
}
console.table(rows)
console.log(JSON.stringify({ database: values.db, loadAverage: (await import('node:os')).loadavg(), rows }))
await payload.destroy()
