/**
 * `POST /api/import`: the admin's "Importera" view sends one document here, first to preview (a dry run that
 * parses and counts inside a rolled-back transaction), then to import it for real. Stateless: the confirm step
 * sends the same file again, so nothing half-done waits on the server between the two.
 *
 * Multipart body: `file` (the document) and `_payload` (JSON: `{ "confirm": boolean, "year"?: number,
 * "aliases"?: { [spelling]: personId }, "corrections"?: Corrections }`: the new spellings the user confirmed in the
 * preview, and the items, decisions and list of those called as the user corrected them (./corrections).
 * Only staff who may write minutes (see WRITE_RIGHTS.minutes) may import: an import writes decisions.
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { canWriteArea } from '../access/roles'
import { revalidatePublic } from '../lib/revalidate'
import { CorrectionError, CorrectionsSchema, itemParagraphs, MAX_CORRECTION_BYTES, swedishIssue } from './corrections'
import { createNameIndex, resolveInIndex } from './resolve'
import { ImportSourceError, readImportSource } from './source'
import { importDocument, type ImportOutcome } from './write'

const OptionsSchema = z
  .object({
    confirm: z.boolean().default(false),
    /** Confirmed new spellings: the name as written → the id of the person it means. */
    aliases: z.record(z.string().min(1).max(200), z.string().min(1).max(64)).optional(),
    corrections: CorrectionsSchema.optional(),
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
      called: meeting.called,
      agendaItems: meeting.agendaItems.map((item, index) => ({
        /** The item's place in the parse, which a correction refers to. */
        index,
        /** The start of each paragraph of the item's text, for splitting the item at one. */
        paragraphs: itemParagraphs(item).map((paragraph) => paragraph.slice(0, 120)),
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

/** A name the document uses and how the register matches it: for staff to pick the right person before importing. */
export type PersonMatchRow = { name: string; match: 'new' | 'ambiguous'; candidates: { id: string; name: string }[] }

export type ImportResponse = ReturnType<typeof describeOutcome> & {
  /** Names the import would add as new people, or cannot tell apart. */
  people?: PersonMatchRow[]
  /** The people register (id and name), to choose from. */
  register?: { id: string; name: string }[]
}

/** Names in the document that the register does not know (or knows twice), with the register to choose from. */
async function personMatches(
  req: PayloadRequest,
  outcome: ImportOutcome,
): Promise<Pick<ImportResponse, 'people' | 'register'>> {
  const { docs } = await req.payload.find({
    collection: 'people',
    where: {},
    select: { name: true, aliases: true },
    depth: 0,
    pagination: false,
    sort: 'name',
    req,
    overrideAccess: false,
  })
  const register = docs.map((doc) => ({ id: String(doc.id), name: doc.name ?? '' }))
  const index = createNameIndex(
    docs.map((doc) => ({
      id: String(doc.id),
      name: doc.name ?? '',
      aliases: (doc.aliases ?? []).map((row) => row.alias).filter(Boolean),
    })),
  )
  const names = new Set<string>()
  for (const meeting of outcome.result.meetings) {
    for (const entry of meeting.called) names.add(entry.name)
    for (const entry of meeting.attendance) [entry.name, entry.substitute ?? ''].forEach((name) => names.add(name))
    for (const item of meeting.agendaItems) item.presenters.forEach((name) => names.add(name))
  }
  const people: PersonMatchRow[] = []
  for (const name of [...names].filter(Boolean)) {
    const found = resolveInIndex(index, name)
    if ('id' in found) continue
    const suggestion = outcome.nameSuggestions.find((entry) => entry.name === name)
    people.push({
      name,
      match: 'ambiguous' in found ? 'ambiguous' : 'new',
      candidates:
        'ambiguous' in found
          ? register.filter((person) => found.ambiguous.includes(person.id))
          : (suggestion?.candidates ?? []),
    })
  }
  return { people, register }
}

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
  const corrections = (req.data as { corrections?: unknown } | undefined)?.corrections
  if (corrections !== undefined && JSON.stringify(corrections).length > MAX_CORRECTION_BYTES)
    return fail(413, 'Rättelserna är för stora (högst 256 kB). Ingenting har sparats.')
  const options = OptionsSchema.safeParse(req.data ?? {}, { error: swedishIssue })
  if (!options.success) {
    const issues = options.error.issues.map((issue) => issue.message).join(' ')
    return options.error.issues.some((issue) => issue.path[0] === 'corrections')
      ? fail(400, `Rättelserna kunde inte användas: ${issues} Ingenting har sparats.`)
      : fail(400, `Felaktiga importinställningar: ${issues}`)
  }

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
      corrections: options.data.corrections,
      importedBy: String(req.user.id),
    })
    // The importer writes with revalidation off (one document is many records); the archive is rebuilt once here.
    if (!outcome.dryRun) await revalidatePublic({ req })
    const response: ImportResponse = describeOutcome(outcome)
    return Response.json(outcome.dryRun ? { ...response, ...(await personMatches(req, outcome)) } : response)
  } catch (error) {
    if (error instanceof CorrectionError)
      return fail(400, `Rättelserna kunde inte användas: ${error.message} Ingenting har sparats.`)
    // importDocument's messages are Swedish and say that nothing was saved.
    return fail(422, (error as Error).message)
  }
}

export const importEndpoint: Endpoint = { path: '/import', method: 'post', handler: handleImport }
