/**
 * The first search after a change (issue 18, target ≤ 1 s over the ten-year archive): the public search index rebuilt
 * from the database as `/sok` does it (src/lib/public/search.ts: collectDocuments as a visitor, then buildIndex), in
 * this process, with CPU time, wall time and SQL statements per rebuild. Every rebuild reads everything again, as
 * after any change. The first one also warms Payload's code paths in a fresh process and is reported apart
 * (`firstWallMs`); the figure is the mean CPU of the rebuilds after it (`cpuMs`).
 *
 *   cp /tmp/sro-archive/archive.db /tmp/sro-archive/search.db; cp /tmp/sro-archive/archive.db-wal /tmp/sro-archive/search.db-wal
 *   UPLOADS_DIR=/tmp/sro-archive/uploads node_modules/.bin/tsx bench/search-rebuild.ts --db /tmp/sro-archive/search.db [--runs 5]
 *
 * The archive comes from bench/archive/generate.ts; a copy made before a later migration needs
 * `DATABASE_URI=file:<copy> npm run migrate` first.
 */
import { parseArgs } from 'node:util'

import { benchPayload } from './lib/benchPayload'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
})
if (!values.db) throw new Error('Ange --db <sökväg till SQLite-filen> (se bench/archive/generate.ts).')
const RUNS = Number(values.runs)
const { payload, countedQueries } = await benchPayload(values.db)
const [{ collectDocuments }, { buildIndex }] = await Promise.all([
  import('../src/lib/public/search'),
  import('../src/search/engine'),
])

const round = (value: number) => Math.round(value * 10) / 10
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000

type Row = {
  run: string
  statements: number
  documents: number
  readCpuMs: number
  indexCpuMs: number
  cpuMs: number
  wallMs: number
}
const rows: Row[] = []
for (let run = 0; run <= RUNS; run += 1) {
  const started = performance.now()
  const readUsage = process.cpuUsage()
  const { result: docs, statements } = await countedQueries(() => collectDocuments())
  const readCpu = cpuMs(process.cpuUsage(readUsage))
  const indexUsage = process.cpuUsage()
  buildIndex(docs)
  const indexCpu = cpuMs(process.cpuUsage(indexUsage))
  rows.push({
    run: run === 0 ? 'first (warm-up)' : String(run),
    statements,
    documents: docs.length,
    readCpuMs: round(readCpu),
    indexCpuMs: round(indexCpu),
    cpuMs: round(readCpu + indexCpu),
    wallMs: round(performance.now() - started),
  })
}
console.table(rows)
const measured = rows.slice(1)
const mean = (pick: (row: Row) => number) => round(measured.reduce((sum, row) => sum + pick(row), 0) / measured.length)
console.log(
  JSON.stringify({
    database: values.db,
    loadAverage: (await import('node:os')).loadavg(),
    statements: measured.at(-1)?.statements,
    documents: measured.at(-1)?.documents,
    readCpuMs: mean((row) => row.readCpuMs),
    indexCpuMs: mean((row) => row.indexCpuMs),
    cpuMs: mean((row) => row.cpuMs),
    wallMs: mean((row) => row.wallMs),
    firstCpuMs: rows[0]!.cpuMs,
    firstWallMs: rows[0]!.wallMs,
  }),
)
// Target: a rebuild within a second (exit 1 above it).
if (mean((row) => row.cpuMs) > 1000) process.exitCode = 1
await payload.destroy()
