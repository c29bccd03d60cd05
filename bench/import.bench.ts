/**
 * Import throughput: a generated corpus of SRO documents (kallelser and mötesanteckningar in the style of
 * tests/fixtures/minutes, 10–12 agenda items each) imported one by one through `importDocument` into a fresh,
 * migrated SQLite file, each document in its own transaction. Prints JSON.
 *
 *   node_modules/.bin/tsx bench/import.bench.ts [--documents 500] [--keep DIR]
 *
 * `--keep DIR` leaves the database (DIR/bench.db) behind for `bench/search-http.mjs` to serve with `next start`.
 *
 * Target: ≥ 100 agenda items/s on SQLite.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchPayload } from './lib/benchPayload'
import { generateDocument } from './archive/corpus'

const argDocuments = process.argv.indexOf('--documents')
const DOCUMENTS = argDocuments > 0 ? Number(process.argv[argDocuments + 1]) : 500
const argKeep = process.argv.indexOf('--keep')
const KEEP_DIR = argKeep > 0 ? path.resolve(process.argv[argKeep + 1] ?? '') : null
const TARGET_ITEMS_PER_SECOND = 100

// ---- run ------------------------------------------------------------------------------------------------------

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

async function main() {
  if (KEEP_DIR && fs.existsSync(path.join(KEEP_DIR, 'bench.db')))
    throw new Error(`${KEEP_DIR}/bench.db finns redan: välj en tom mapp.`)
  const dir = KEEP_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sro-import-bench-'))
  fs.mkdirSync(dir, { recursive: true })
  const { payload } = await benchPayload(path.join(dir, 'bench.db'), {
    uploadsDir: path.join(dir, 'uploads'),
    migrate: true,
  })
  const [{ createImportRegisters, importDocument }, { parseDocument }] = await Promise.all([
    import('../src/import/write'),
    import('../src/import/parse'),
  ])
  try {
    const corpus = Array.from({ length: DOCUMENTS }, (_, index) => generateDocument(index))
    // The corpus must read as intended, or the figure means nothing.
    for (const document of corpus.slice(0, 20)) {
      const parsed = parseDocument(document.text, { fileName: document.fileName })
      if (parsed.meetings[0]?.agendaItems.length !== document.items || parsed.warnings.length) {
        throw new Error(
          `Korpusen tolkas fel (${document.fileName}): ${parsed.meetings[0]?.agendaItems.length} punkter, ${JSON.stringify(parsed.warnings)}`,
        )
      }
    }

    // One batch, as the CLI runs it: the registers are read once.
    const registers = createImportRegisters()
    const durations: number[] = []
    const totals = { agendaItems: 0, decisions: 0, assignments: 0, people: 0, warnings: 0 }
    const started = performance.now()
    // CPU time as well: on a shared machine the wall figure moves with the load, the CPU figure much less.
    const cpuBefore = process.cpuUsage()
    for (const document of corpus) {
      const before = performance.now()
      const outcome = await importDocument({ payload, text: document.text, fileName: document.fileName, registers })
      durations.push(performance.now() - before)
      totals.agendaItems += outcome.created['agenda-items']
      totals.decisions += outcome.created.decisions
      totals.assignments += outcome.created.assignments
      totals.people += outcome.created.people
      totals.warnings += outcome.warnings.length
    }
    const seconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(cpuBefore)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6

    // Importing the whole corpus again must change nothing; its speed is the "already imported" case.
    const againStarted = performance.now()
    let changed = 0
    for (const document of corpus) {
      const outcome = await importDocument({ payload, text: document.text, fileName: document.fileName, registers })
      changed +=
        Object.values(outcome.created).reduce((a, b) => a + b, 0) +
        Object.values(outcome.updated).reduce((a, b) => a + b, 0)
    }
    const againSeconds = (performance.now() - againStarted) / 1000

    const sorted = [...durations].sort((a, b) => a - b)
    const itemsPerSecond = totals.agendaItems / seconds
    const report = {
      benchmark: 'import',
      database: 'sqlite',
      documents: corpus.length,
      ...totals,
      seconds: Number(seconds.toFixed(2)),
      documentsPerSecond: Number((corpus.length / seconds).toFixed(1)),
      agendaItemsPerSecond: Number(itemsPerSecond.toFixed(1)),
      cpuSeconds: Number(cpuSeconds.toFixed(2)),
      agendaItemsPerCpuSecond: Number((totals.agendaItems / cpuSeconds).toFixed(1)),
      msPerDocument: {
        p50: Number(percentile(sorted, 50).toFixed(1)),
        p95: Number(percentile(sorted, 95).toFixed(1)),
        max: Number(sorted.at(-1)!.toFixed(1)),
      },
      reimport: {
        seconds: Number(againSeconds.toFixed(2)),
        documentsPerSecond: Number((corpus.length / againSeconds).toFixed(1)),
        recordsChanged: changed,
      },
      target: `≥ ${TARGET_ITEMS_PER_SECOND} agenda items/s`,
      meetsTarget: itemsPerSecond >= TARGET_ITEMS_PER_SECOND && changed === 0,
    }
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    if (!report.meetsTarget) process.exitCode = 1
  } finally {
    await payload.destroy()
    if (!KEEP_DIR) fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
