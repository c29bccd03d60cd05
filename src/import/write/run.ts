/**
 * One document, one transaction: parse, write every meeting, note the import, commit — or roll back everything and
 * remove uploaded files. `importDocument` (./index) is the public entry; tests call `runImport` for `ImportTestOptions`.
 */
import { createLocalReq } from 'payload'

import { applyCorrections } from '../corrections'
import { parseDocument } from '../parse'
import { writeMeeting } from './meeting'
import { recordImport } from './importRun'
import { removeStoredFiles } from './sourceDocument'
import {
  createImportRegisters,
  documentLabel,
  emptyCounts,
  type ImportDocumentArgs,
  type ImportOutcome,
  type ImportTestOptions,
  type ImportWarning,
} from './types'
import { WriteContext } from './writeContext'

export async function runImport({
  args,
  testOptions,
}: {
  args: ImportDocumentArgs
  testOptions?: ImportTestOptions
}): Promise<ImportOutcome> {
  const label = documentLabel(args)
  // Staff's corrections from the preview apply before anything is written (a bad one throws CorrectionError).
  const result = applyCorrections(
    parseDocument(args.text, { year: args.year, fileName: args.fileName ?? args.sourceFile?.name }),
    args.corrections,
  )
  const warnings: ImportWarning[] = result.warnings.map(({ line, message }) => ({ line, message }))
  const dryRun = Boolean(args.dryRun)
  const outcome: ImportOutcome = {
    result,
    meetingIds: [],
    created: emptyCounts(),
    updated: emptyCounts(),
    warnings,
    nameSuggestions: [],
    dryRun,
  }

  if (result.meetings.length === 0) {
    const reason =
      result.warnings.map((warning) => `rad ${warning.line}: ${warning.message}`).join(' ') ||
      'hittade inget möte i texten.'
    throw new Error(`Importen av ${label} avbröts: ${reason}`)
  }
  if (!args.payload) {
    if (dryRun) return outcome
    throw new Error(`Importen av ${label} avbröts: ingen databasanslutning (payload) angavs.`)
  }

  const { payload } = args
  const transactionID = await payload.db.beginTransaction()
  if (!transactionID && dryRun)
    throw new Error(
      `Provkörningen av ${label} avbröts: databasen saknar transaktioner, så en provkörning skulle spara.`,
    )
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  if (transactionID) req.transactionID = transactionID
  else
    warnings.push({
      line: null,
      message: 'Databasen saknar transaktioner: ett fel under importen kan lämna en del av dokumentet sparad.',
    })

  const registers = args.registers ?? createImportRegisters()
  const forgetRegisters = () => Object.assign(registers, createImportRegisters())
  const ctx = new WriteContext({ payload, req, args, outcome, registers, testOptions })
  try {
    for (const parsed of result.meetings) {
      const id = await writeMeeting({ ctx, parsed })
      if (id) outcome.meetingIds.push(id)
    }
    outcome.meetingId = outcome.meetingIds[0]
    // Parse and write warnings in document order; those without a line last.
    outcome.warnings.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER))
    if (!dryRun) await recordImport(ctx)
    if (transactionID) {
      if (dryRun) await payload.db.rollbackTransaction(transactionID)
      else await payload.db.commitTransaction(transactionID)
    }
    // People "added" by a dry run do not exist.
    if (dryRun) forgetRegisters()
    return outcome
  } catch (error) {
    // A failing Payload operation may already have rolled back (and dropped) the transaction.
    if (transactionID && req.transactionID) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    await removeStoredFiles(ctx)
    forgetRegisters()
    const reason = error instanceof Error ? describeError(error) : String(error)
    throw new Error(`Importen av ${label} misslyckades och ingenting sparades: ${reason}`, { cause: error })
  }
}

/** The message with Payload's field errors ("title: …"), which say what in the document could not be saved. */
function describeError(error: Error): string {
  const details = (error as Error & { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
  const fields = details?.map((detail) => `${detail.path ?? ''}: ${detail.message ?? ''}`).join('; ')
  return fields ? `${error.message} (${fields})` : error.message
}
