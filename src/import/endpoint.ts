/**
 * `POST /api/import`: the admin's "Importera" view sends one document here, first to preview (a dry run that
 * parses and counts inside a rolled-back transaction), then to import it for real. Stateless: the confirm step
 * sends the same file again, so nothing half-done waits on the server between the two.
 *
 * Multipart body: `file` (the document) and `_payload` (JSON: `{ "confirm": boolean, "year"?: number,
 * "aliases"?: { [spelling]: personId } }`, the new spellings the user confirmed in the preview).
 * Only staff who may write minutes (see WRITE_RIGHTS.minutes) may import: an import writes decisions.
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { canWriteArea } from '../access/roles'
import { revalidatePublic } from '../lib/revalidate'
import { ImportSourceError, readImportSource } from './source'
import { importDocument, type ImportOutcome } from './write'

const OptionsSchema = z
  .object({
    confirm: z.boolean().default(false),
    /** Confirmed new spellings: the name as written → the id of the person it means. */
    aliases: z.record(z.string().min(1).max(200), z.string().min(1).max(64)).optional(),
    year: z.coerce
      .number()
      .int()
      .min(1990, 'Årtalet ska vara 1990 eller senare.')
      .max(2100, 'Årtalet ska vara 2100 eller tidigare.')
      .optional(),
  })
  .strict()

const fail = (status: number, error: string) => Response.json({ error }, { status })

/** What the preview shows: the parse result per meeting, trimmed to what a person checks before confirming. */
export function describeOutcome(outcome: ImportOutcome) {
  return {
    dryRun: outcome.dryRun,
    meetingId: outcome.meetingId ?? null,
    created: outcome.created,
    updated: outcome.updated,
    warnings: outcome.warnings,
    nameSuggestions: outcome.nameSuggestions,
    meetings: outcome.result.meetings.map((meeting) => ({
      date: meeting.date,
      start: meeting.start,
      end: meeting.end,
      stage: meeting.stage,
      kind: meeting.kind,
      title: meeting.title,
      location: meeting.location,
      absent: meeting.absent,
      agendaItems: meeting.agendaItems.map((item) => ({
        number: item.number,
        parent: item.parent,
        title: item.title,
        handling: item.handling,
        durationMinutes: item.durationMinutes,
        presenters: item.presenters,
        decisions: item.decisions.map((decision) => decision.text),
        documents: item.documents.map((document) => document.title),
      })),
      assignments: meeting.assignments.map((assignment) => ({ text: assignment.text, dueText: assignment.dueText })),
    })),
  }
}

export type ImportResponse = ReturnType<typeof describeOutcome>

async function handleImport(req: PayloadRequest): Promise<Response> {
  if (!req.user) return fail(401, 'Du måste vara inloggad för att importera.')
  if (!canWriteArea({ user: req.user, area: 'minutes' }))
    return fail(
      403,
      'Din roll får inte importera dokument. Importen kräver rätt att föra mötesanteckningar (administratör eller mötessekreterare).',
    )
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    return fail(400, `Filen kunde inte tas emot: ${(error as Error).message}`)
  }
  const file = req.file
  if (!file?.data?.length) return fail(400, 'Välj en fil att importera (.md, .txt, .docx eller .pdf).')
  const options = OptionsSchema.safeParse(req.data ?? {})
  if (!options.success)
    return fail(400, `Felaktiga importinställningar: ${options.error.issues.map((issue) => issue.message).join(' ')}`)

  let source: Awaited<ReturnType<typeof readImportSource>>
  try {
    source = await readImportSource({ name: file.name, data: file.data })
  } catch (error) {
    if (error instanceof ImportSourceError) return fail(error.status, error.message)
    throw error
  }
  try {
    const outcome = await importDocument({
      payload: req.payload,
      text: source.text,
      fileName: file.name,
      sourceFile: source.sourceFile,
      year: options.data.year,
      dryRun: !options.data.confirm,
      confirmedAliases: options.data.aliases,
      importedBy: String(req.user.id),
    })
    // The importer writes with revalidation off (one document is many records); the archive is rebuilt once here.
    if (!outcome.dryRun) await revalidatePublic({ req })
    return Response.json(describeOutcome(outcome))
  } catch (error) {
    // importDocument's messages are Swedish and say that nothing was saved.
    return fail(422, (error as Error).message)
  }
}

export const importEndpoint: Endpoint = { path: '/import', method: 'post', handler: handleImport }
