/**
 * `npm run import -- [--dry-run] [--json] [--year ÅÅÅÅ] <filer…>`: kallelser och mötesanteckningar (.md, .txt, .docx, .pdf)
 * into the archive, each file in its own transaction.
 *
 *   --dry-run   parse only; nothing is written and Payload is not even started
 *   --json      machine-readable output on stdout (with --dry-run and one file: exactly the parse result)
 *   --year      the year for documents whose date has none ("Datum: 14 mars")
 *
 * Exit code 1 when any file failed; the other files are still imported.
 * Run through `payload run` (scripts/payload.mjs), which evaluates this module once: hence the top-level await.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { parseDocument } from '../src/import'
import type { ParseResult } from '../src/import/schema'
import { describeCounts } from '../src/import/counts'
import { IMPORT_EXTENSIONS, readImportSource } from '../src/import/source'
import type { ImportOutcome, SourceFile } from '../src/import/write'

type Options = { dryRun: boolean; json: boolean; year?: number; files: string[] }

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { dryRun: false, json: false, files: [] }
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!
    if (arg === '--') continue
    if (arg === '--dry-run' || arg === '-n') options.dryRun = true
    else if (arg === '--json') options.json = true
    else if (arg === '--year' || arg.startsWith('--year=')) {
      const value = arg.includes('=') ? arg.slice('--year='.length) : argv[(index += 1)]
      if (!value || !/^\d{4}$/.test(value))
        throw new Error(`--year ska följas av ett årtal med fyra siffror, t.ex. --year 2025 (fick "${value ?? ''}").`)
      options.year = Number(value)
    } else if (arg === '--help' || arg === '-h') {
      throw new Error('Användning: npm run import -- [--dry-run] [--json] [--year ÅÅÅÅ] <filer…>')
    } else if (arg.startsWith('-'))
      throw new Error(`Okänd flagga: ${arg}. Användning: npm run import -- [--dry-run] [--json] [--year ÅÅÅÅ] <filer…>`)
    else options.files.push(arg)
  }
  if (options.files.length === 0) {
    // `payload run` drops flags that are not after a "--"; `npm run import` adds one.
    throw new Error(
      'Ange minst en fil. Användning: npm run import -- [--dry-run] [--json] [--year ÅÅÅÅ] <filer…> (direkt: node scripts/payload.mjs run scripts/import.ts -- …)',
    )
  }
  return options
}

/** The text of a file and, for a .docx or .pdf, the file itself (stored as the meeting's source document). */
async function readDocument(file: string): Promise<{ text: string; sourceFile?: SourceFile }> {
  const extension = path.extname(file).toLowerCase()
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new Error(
      `Filtypen ${extension || '(ingen filändelse)'} stöds inte: ${file}. Importen läser ${IMPORT_EXTENSIONS.join(', ')}.`,
    )
  }
  let data: Buffer
  try {
    data = await fs.readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new Error(`Filen finns inte: ${file}`)
    if (code === 'EISDIR') throw new Error(`${file} är en mapp, inte en fil.`)
    if (code === 'EACCES') throw new Error(`Filen ${file} får inte läsas (behörighet saknas).`)
    throw new Error(`Filen ${file} kunde inte läsas: ${(error as Error).message}`)
  }
  return readImportSource({ name: file, data })
}

function summary(file: string, outcome: ImportOutcome): string {
  const meeting = outcome.result.meetings[0]
  const stage = meeting?.stage === 'notice' ? 'kallelse' : 'mötesanteckning'
  const lines = [
    `${file}: ${stage} för mötet ${meeting?.date ?? '?'}${outcome.dryRun ? ' (provkörning, inget sparat)' : ''}`,
    `  Skapade: ${describeCounts(outcome.created)}`,
    `  Uppdaterade: ${describeCounts(outcome.updated)}`,
  ]
  if (outcome.warnings.length) {
    lines.push(`  Varningar (${outcome.warnings.length}):`)
    for (const warning of outcome.warnings)
      lines.push(`    ${warning.line ? `rad ${warning.line}: ` : ''}${warning.message}`)
  } else lines.push('  Inga varningar.')
  return lines.join('\n')
}

async function dryRun(options: Options): Promise<number> {
  const results: Record<string, ParseResult | { error: string }> = {}
  let failed = 0
  for (const file of options.files) {
    try {
      const { text } = await readDocument(file)
      const result = parseDocument(text, { year: options.year, fileName: path.basename(file) })
      results[file] = result
      if (!options.json) {
        const meeting = result.meetings[0]
        console.log(
          meeting
            ? `${file}: ${meeting.stage === 'notice' ? 'kallelse' : 'mötesanteckning'} för mötet ${meeting.date}, ${meeting.agendaItems.length} dagordningspunkter, ${meeting.agendaItems.reduce((sum, item) => sum + item.decisions.length, 0)} ${meeting.stage === 'notice' ? 'förslag till beslut' : 'beslut'}, ${meeting.assignments.length} uppdrag (provkörning, inget sparat)`
            : `${file}: hittade inget möte (provkörning)`,
        )
        for (const warning of result.warnings) console.log(`    rad ${warning.line}: ${warning.message}`)
      }
      if (result.meetings.length === 0) failed += 1
    } catch (error) {
      failed += 1
      results[file] = { error: (error as Error).message }
      console.error((error as Error).message)
    }
  }
  if (options.json) {
    const only = options.files.length === 1 ? results[options.files[0]!] : undefined
    // One file: exactly the parse result. Several: one entry per file.
    process.stdout.write(`${JSON.stringify(only && !('error' in only) ? only : results, null, 2)}\n`)
  }
  return failed > 0 ? 1 : 0
}

async function importFiles(options: Options): Promise<number> {
  // Loaded only here: a dry run must not start Payload.
  const [{ getPayload }, { default: configPromise }, { createImportRegisters, importDocument }] = await Promise.all([
    import('payload'),
    import('../payload.config'),
    import('../src/import/write'),
  ])
  const config = await configPromise
  const payload = await getPayload({
    config: {
      ...config,
      // An import does not change the schema: no regeneration of src/payload-types.ts on start.
      typescript: { ...config.typescript, autoGenerate: false },
      // With --json, stdout carries only the report: Payload's log (warnings and errors) goes to stderr.
      ...(options.json
        ? { logger: { options: { level: 'warn' }, destination: process.stderr } as unknown as typeof config.logger }
        : {}),
    },
  })
  // The registers are read once for all files (and again after a failed file).
  const registers = createImportRegisters()
  const report: Record<string, unknown> = {}
  let failed = 0
  try {
    for (const file of options.files) {
      try {
        const { text, sourceFile } = await readDocument(file)
        const outcome = await importDocument({
          payload,
          text,
          fileName: path.basename(file),
          sourceFile,
          year: options.year,
          registers,
        })
        report[file] = {
          meetingId: outcome.meetingId,
          created: outcome.created,
          updated: outcome.updated,
          warnings: outcome.warnings,
        }
        if (!options.json) console.log(summary(file, outcome))
      } catch (error) {
        failed += 1
        report[file] = { error: (error as Error).message }
        // Both the reading and the import errors name the file.
        console.error((error as Error).message)
      }
    }
  } finally {
    await payload.destroy()
  }
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  if (!options.json)
    console.log(
      failed
        ? `\n${failed} av ${options.files.length} filer kunde inte importeras.`
        : `\nAlla ${options.files.length} filer importerades.`,
    )
  return failed > 0 ? 1 : 0
}

// Top-level await: `payload run` exits as soon as the module has been evaluated, with code 0 unless we exit first.
let exitCode = 0
try {
  const options = parseArgs(process.argv.slice(2))
  exitCode = options.dryRun ? await dryRun(options) : await importFiles(options)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
}
process.exit(exitCode)
