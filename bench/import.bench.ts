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

import type { Migration } from 'payload'
import { SWEDISH_MONTHS } from '../src/domain/time'

const argDocuments = process.argv.indexOf('--documents')
const DOCUMENTS = argDocuments > 0 ? Number(process.argv[argDocuments + 1]) : 500
const argKeep = process.argv.indexOf('--keep')
const KEEP_DIR = argKeep > 0 ? path.resolve(process.argv[argKeep + 1] ?? '') : null
const TARGET_ITEMS_PER_SECOND = 100

// ---- corpus ---------------------------------------------------------------------------------------------------

const FIRST = [
  'Anna',
  'Erik',
  'Karin',
  'Lars',
  'Maria',
  'Per',
  'Helena',
  'Johan',
  'Sara',
  'Mats',
  'Eva',
  'Anders',
  'Lena',
  'Jonas',
  'Ulla',
  'Björn',
]
const LAST = [
  'Andersson',
  'Berg',
  'Carlsson',
  'Dahl',
  'Ek',
  'Forsberg',
  'Gustafsson',
  'Holm',
  'Isaksson',
  'Jönsson',
  'Karlsson',
  'Lind',
  'Månsson',
  'Nyström',
]
const PARTIES = ['S', 'M', 'C', 'V', 'KD', 'L', 'MP']
const KOMMUNALFORBUND = ['Göteborgsregionen', 'Skaraborg', 'Boråsregionen', 'Fyrbodal']
const TOPICS = [
  'Nytt hälso- och sjukvårdsavtal',
  'Läns gemensam riktlinje patientsäkerhet',
  'Hjälpmedelsförsörjning i Västra Götaland',
  'Uppföljning av god och nära vård',
  'Psykisk hälsa, handlingsplan',
  'Vårdinformationssystem',
  'Gemensamma digitaliseringsfrågor',
  'Kompetensförsörjning i primärvården',
  'Samverkan kring barn och unga',
  'Årshjul och mötesplanering',
  'Läkemedelsförsörjning',
  'Ekonomiskt ansvar vid utskrivning',
]

/** A deterministic pseudo-random sequence, so that every run imports the same corpus. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const person = (index: number) =>
  `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`

export function generateDocument(index: number): { fileName: string; text: string; items: number } {
  const next = random(index + 1)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  // One meeting a week from January 2012, Thursdays at 13.00 or 13.30.
  const date = new Date(Date.UTC(2012, 0, 5 + index * 7))
  const iso = date.toISOString().slice(0, 10)
  const isNotice = index % 5 === 4
  const start = next() < 0.5 ? 13 * 60 : 13 * 60 + 30
  const politicians = Array.from({ length: 10 }, (_, i) => person((index + i * 3) % 120))
  const officials = Array.from({ length: 8 }, (_, i) => person(120 + ((index + i * 5) % 60)))
  const lines: string[] = [
    isNotice ? 'Kallelse SRO' : 'Mötesanteckning SRO',
    '',
    'Politiskt samrådsorgan mellan VästKom och Västra Götalandsregionen',
    '',
    `Datum: ${date.getUTCDate()} ${SWEDISH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    '',
    `Tid: ${clock(start)} – ${clock(start + 150)}`,
    '',
    'Mötesform: Regionens Hus, Göteborg, lokal Lejonet',
    '',
    'Kallade: Se lista',
    '',
    'För Västra Götalands fyra kommunalförbund (VGK)',
    '',
    'Kommunpolitiker',
    '',
    ...politicians
      .slice(0, 6)
      .map(
        (name, i) =>
          `${name} (${PARTIES[i % PARTIES.length]}), ${KOMMUNALFORBUND[i % 4]}${i === 1 ? ', **vice ordförande**' : ''}`,
      ),
    '',
    'Tjänstepersoner',
    '',
    ...officials
      .slice(0, 4)
      .map((name, i) => `${name}, ${i === 0 ? 'direktör Västkom' : `förbundsdirektör ${KOMMUNALFORBUND[i % 4]}`}`),
    '',
    'För Västra Götalandsregionen (VGR)',
    '',
    'Regionpolitiker',
    '',
    ...politicians
      .slice(6)
      .map(
        (name, i) =>
          `${name} (${PARTIES[(i + 2) % PARTIES.length]}), ${i === 0 ? 'ordförande Regionstyrelsen, **ordförande**' : 'ledamot Regionstyrelsen'}`,
      ),
    '',
    'Tjänstepersoner',
    '',
    ...officials.slice(4).map((name) => `${name}, beredning VGR`),
    '',
    'Dagordning',
    '',
    '1. Mötets öppnande',
    ' - a) Närvaro/ frånvaro:',
    '',
  ]
  if (!isNotice) lines.push(`Frånvaro: ${politicians[2]}, ${officials[5]} och ${politicians[8]}`, '')
  lines.push(
    'b) Övriga frågor',
    '',
    isNotice ? '' : 'Inga övriga frågor.',
    '',
    '2. Godkännande av dagens agenda',
    '',
    isNotice ? '' : 'Dagens agenda godkänns.',
    '',
  )
  lines.push('3. Föregående mötesanteckning', '', isNotice ? '' : 'Föregående mötesanteckningar godkänns.', '')

  // 4 to 6 timed items and a pause after the second, after 1, a, b, 2, 3: 10–12 agenda items in all.
  const timed = 4 + (index % 3)
  let cursor = start + 5
  let number = 4
  for (let i = 0; i < timed; i += 1) {
    if (i === 2) {
      lines.push(' - Paus 10 minuter', '')
      cursor += 10
    }
    const minutes = pick([10, 15, 20])
    const withAssignment = !isNotice && i === 1 && index % 3 === 0
    lines.push(
      `${number}. ${pick(TOPICS)}`,
      '',
      pick(['Information', 'Information och dialog', 'Ställningstagande']),
      '',
    )
    lines.push(`(${minutes} minuter, kl. ${clock(cursor)} – ${clock(cursor + minutes)})`, '')
    lines.push(`Föredragande: ${pick(officials)}, VGR och ${pick(officials)}, Västkom`, '')
    if (isNotice)
      lines.push('Förslag till ställningstagande: Det politiska samrådsorganet SRO noterar informationen.', '')
    else if (withAssignment) {
      lines.push('Ställningstagande: Det politiska samrådsorganet, SRO:', '')
      lines.push('1. noterar informationen.', '')
      lines.push(
        `2. ger Västkoms direktör i uppdrag att senast i juni ${date.getUTCFullYear() + 1} återkomma till SRO med en plan för genomförande.`,
        '',
      )
    } else lines.push('Ställningstagande: Det politiska samrådsorganet, SRO, noterar informationen.', '')
    if (!isNotice) {
      lines.push(
        'Arbetet redovisades med bakgrund, nuläge och förslag till fortsatt arbete. Frågan återkommer under året.',
        '',
      )
      lines.push(
        'Dialog:',
        '',
        '- Viktigt att kommunerna och regionen har samsyn.',
        '- Uppföljningen behöver bli tydligare.',
        '',
      )
    }
    cursor += minutes
    number += 1
  }
  return {
    fileName: `${iso}-${isNotice ? 'kallelse' : 'motesanteckning'}.md`,
    text: lines.join('\n'),
    items: 5 + 1 + timed,
  }
}

// ---- run ------------------------------------------------------------------------------------------------------

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

async function main() {
  if (KEEP_DIR && fs.existsSync(path.join(KEEP_DIR, 'bench.db')))
    throw new Error(`${KEEP_DIR}/bench.db finns redan: välj en tom mapp.`)
  const dir = KEEP_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sro-import-bench-'))
  fs.mkdirSync(dir, { recursive: true })
  process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
  process.env.UPLOADS_DIR = path.join(dir, 'uploads')
  process.env.PAYLOAD_DISABLE_AUTORUN = 'true'
  const [
    { default: configPromise },
    { getPayload },
    { migrations },
    { createImportRegisters, importDocument },
    { parseDocument },
  ] = await Promise.all([
    import('../payload.config'),
    import('payload'),
    import('../src/migrations'),
    import('../src/import/write'),
    import('../src/import/parse'),
  ])
  const config = await configPromise
  const payload = await getPayload({
    config: {
      ...config,
      typescript: { ...config.typescript, autoGenerate: false },
      logger: { options: { level: 'warn' }, destination: process.stderr } as unknown as typeof config.logger,
    },
  })
  try {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
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
