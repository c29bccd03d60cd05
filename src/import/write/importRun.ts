/**
 * The record of an import: one staff-only import run linked to the meetings it touched, with its warnings and what it
 * changed, so that what could not be read stays on record.
 */
import { describeCounts } from '../counts'
import { COUNTED_COLLECTIONS, documentLabel } from './types'
import type { WriteContext } from './writeContext'

/** Notes the import; an import that changed nothing notes nothing, so re-importing stays a no-op. */
export async function recordImport(ctx: WriteContext): Promise<void> {
  const { outcome, args } = ctx
  const changed = COUNTED_COLLECTIONS.some(
    (collection) => outcome.created[collection] + outcome.updated[collection] > 0,
  )
  if (!changed) return
  const warnings = outcome.warnings
    .map((warning) => `${warning.line ? `rad ${warning.line}: ` : ''}${warning.message}`)
    .join('\n')
  await ctx.payload.create({
    collection: 'import-runs',
    data: {
      importedAt: new Date().toISOString(),
      fileName: documentLabel(args),
      stage: outcome.result.meetings[0]?.stage,
      meetings: outcome.meetingIds,
      changes: `Skapade: ${describeCounts(outcome.created)}. Uppdaterade: ${describeCounts(outcome.updated)}.`,
      warnings: warnings || 'Inga varningar.',
      // The text the warnings' line numbers count in; for a .md or .txt source it is the only copy kept.
      sourceText: args.text,
      importedBy: args.importedBy,
    },
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
  })
}
