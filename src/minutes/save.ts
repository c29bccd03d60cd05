/**
 * "Spara" on the minutes screen: attendance, each item's position and notes, decisions and their assignments, and
 * optionally the publication of the minutes, written in one transaction. Refused whole when the sheet changed
 * since it was loaded (unless the user chose to save over it) or when any part fails its rules.
 */
import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { stockholmDate } from '@/domain/time'
import { relationId } from '@/lib/relations'
import type { Assignment, Decision } from '@/payload-types'
import { storedAttendance } from './attendance'
import { resolveDue } from './due'
import { plannedMeetingsAfter, readRows } from './load'
import { readItemText, writeItemText } from './richText'
import type { SaveInput } from './schema'
import { sheetStamp } from './stamp'
import type { FieldErrors, PlannedMeeting, SaveConflict } from './types'

export const SAVED_MARK_PREFIX = 'sro-minutes-saved:'

export class SaveRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: FieldErrors = {},
    readonly conflict?: SaveConflict,
  ) {
    super(message)
  }
}

type Ctx = { req: PayloadRequest; meetingId: string; meetingDate: string; plannedMeetings: PlannedMeeting[] }

/** Runs a write; a Payload validation error becomes Swedish messages on the form fields under `path`. */
async function at<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const details = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
    if (!details?.length) throw error
    const fieldErrors: FieldErrors = {}
    for (const detail of details) fieldErrors[`${path}.${detail.path ?? ''}`] = detail.message ?? 'Ogiltigt värde.'
    throw new SaveRefused('Mötesanteckningen sparades inte: kontrollera de markerade fälten.', 400, fieldErrors)
  }
}

function dueData(ctx: Ctx, dueText: string) {
  const due = resolveDue({ text: dueText, meetingDate: ctx.meetingDate, plannedMeetings: ctx.plannedMeetings })
  const text = dueText.trim() || null
  switch (due.kind) {
    case 'meeting':
      // An unplanned meeting day is left to the assignment's own hook, which keeps the date it names.
      return due.meetingId
        ? { kind: 'meeting' as const, meeting: due.meetingId, dueText: text }
        : { kind: 'none' as const, dueText: text }
    case 'month':
      return { kind: 'month' as const, month: due.month, dueText: text }
    case 'date':
      return { kind: 'date' as const, date: due.date, dueText: text }
    case 'next_meeting':
      return { kind: 'next_meeting' as const, dueText: text }
    default:
      return { kind: 'none' as const, dueText: text }
  }
}

/** Who saved last, for the conflict warning: a save from this screen, else an open edit view's lock. */
async function lastEditor({
  req,
  meetingId,
  ids,
  since,
}: {
  req: PayloadRequest
  meetingId: string
  ids: string[]
  since: string
}) {
  const nameOf = (user: unknown) =>
    user && typeof user === 'object'
      ? ((user as { name?: string; email?: string }).name ?? (user as { email?: string }).email ?? null)
      : null
  const [marks, locks] = await Promise.all([
    req.payload.find({
      collection: 'payload-preferences',
      where: { key: { equals: `${SAVED_MARK_PREFIX}${meetingId}` } },
      sort: '-updatedAt',
      limit: 1,
      depth: 1,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { in: ids } },
      sort: '-updatedAt',
      limit: 1,
      depth: 1,
      overrideAccess: true,
      req,
    }),
  ])
  const others = [...marks.docs, ...locks.docs]
    .map((doc) => ({ user: (doc.user as { value?: unknown })?.value, at: doc.updatedAt }))
    .filter((entry) => relationId(entry.user) !== String(req.user?.id) && entry.at >= since)
    .sort((a, b) => b.at.localeCompare(a.at))
  return others[0] ? nameOf(others[0].user) : null
}

export async function saveMinutes({
  req,
  meetingId,
  input,
}: {
  req: PayloadRequest
  meetingId: string
  input: SaveInput
}): Promise<void> {
  const common = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const rows = await readRows(req, meetingId)
  const { meeting } = rows
  if (!meeting) throw new SaveRefused('Mötet finns inte (det kan ha raderats).', 404)
  const items = { docs: rows.items }
  const decisions = { docs: rows.decisions }
  const assignments = { docs: rows.assignments }

  const stamp = sheetStamp([meeting, ...items.docs, ...decisions.docs, ...assignments.docs])
  if (stamp !== input.stamp && !input.force) {
    const ids = [meetingId, ...items.docs.map((item) => item.id)]
    const since = input.stamp.split('|')[1] ?? ''
    const name = await lastEditor({ req, meetingId, ids, since })
    const at = stamp.split('|')[1] ?? ''
    throw new SaveRefused(
      `${name ?? 'Någon annan'} har ändrat mötet sedan du öppnade sidan. Ingenting har sparats.`,
      409,
      {},
      { name, at },
    )
  }

  const ctx: Ctx = {
    req,
    meetingId,
    meetingDate: stockholmDate(meeting.startsAt),
    plannedMeetings: await plannedMeetingsAfter(req, meeting.startsAt),
  }
  const itemsById = new Map(items.docs.map((item) => [item.id, item]))
  const decisionsById = new Map(decisions.docs.map((decision) => [decision.id, decision]))
  const assignmentsById = new Map(assignments.docs.map((assignment) => [assignment.id, assignment]))

  for (const [itemIndex, item] of input.items.entries()) {
    const stored = itemsById.get(item.id)
    const path = `items.${itemIndex}`
    if (!stored)
      throw new SaveRefused('Punkten hör inte till mötet (den kan ha flyttats eller raderats).', 409, {
        [path]: 'Punkten finns inte längre på mötet.',
      })
    // Only changed texts are written: formatting made in the item's own edit view is kept.
    const data: Record<string, unknown> = {}
    if (item.positionTaken !== readItemText(stored.positionTaken))
      data.positionTaken = writeItemText(item.positionTaken)
    if (item.notes !== readItemText(stored.notes)) data.notes = writeItemText(item.notes)
    if (Object.keys(data).length)
      await at(path, () => req.payload.update({ ...common, collection: 'agenda-items', id: item.id, data }))

    for (const [decisionIndex, decision] of item.decisions.entries()) {
      const decisionPath = `${path}.decisions.${decisionIndex}`
      const decisionId = await writeDecision({
        ctx,
        itemId: item.id,
        decision,
        stored: decisionsById,
        path: decisionPath,
      })
      for (const [assignmentIndex, assignment] of decision.assignments.entries())
        await writeAssignment({
          ctx,
          decisionId,
          assignment,
          stored: assignmentsById,
          path: `${decisionPath}.assignments.${assignmentIndex}`,
        })
    }
  }

  const publication = { ...meeting.publication, ...(input.publish ? { isMinutesPublished: true } : {}) }
  await at('meeting', () =>
    req.payload.update({
      ...common,
      collection: 'meetings',
      id: meetingId,
      data: {
        attendance: storedAttendance(input.attendance),
        publication,
        // Publishing goes live at once; a plain save leaves the meeting's version status as it is.
        ...(input.publish ? { _status: 'published' as const } : {}),
      },
    }),
  )
  await markSaved(req, meetingId)
}

async function writeDecision({
  ctx,
  itemId,
  decision,
  stored,
  path,
}: {
  ctx: Ctx
  itemId: string
  decision: SaveInput['items'][number]['decisions'][number]
  stored: Map<string, Decision>
  path: string
}): Promise<string> {
  const { req } = ctx
  const common = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const data = { number: decision.number, kind: decision.kind as Decision['kind'], text: decision.text.trim() }
  if (!decision.id) {
    const created = await at(path, () =>
      req.payload.create({ ...common, collection: 'decisions', data: { ...data, agendaItem: itemId } }),
    )
    return created.id
  }
  const existing = stored.get(decision.id)
  if (!existing || relationId(existing.agendaItem) !== itemId)
    throw new SaveRefused('Beslutet hör inte till punkten.', 409, {
      [path]: 'Beslutet finns inte längre under punkten.',
    })
  if (existing.number !== data.number || existing.kind !== data.kind || existing.text !== data.text)
    await at(path, () => req.payload.update({ ...common, collection: 'decisions', id: existing.id, data }))
  return existing.id
}

async function writeAssignment({
  ctx,
  decisionId,
  assignment,
  stored,
  path,
}: {
  ctx: Ctx
  decisionId: string
  assignment: SaveInput['items'][number]['decisions'][number]['assignments'][number]
  stored: Map<string, Assignment>
  path: string
}): Promise<void> {
  const { req } = ctx
  const common = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const base = { title: assignment.title.trim(), assigneeText: assignment.assigneeText.trim() || null }
  if (!assignment.id) {
    await at(path, () =>
      req.payload.create({
        ...common,
        collection: 'assignments',
        // The assignment's hooks fill meeting, item and the due meeting's date.
        data: {
          ...base,
          decision: decisionId,
          due: dueData(ctx, assignment.dueText),
        } as RequiredDataFromCollectionSlug<'assignments'>,
      }),
    )
    return
  }
  const existing = stored.get(assignment.id)
  if (!existing || relationId(existing.decision) !== decisionId)
    throw new SaveRefused('Uppdraget hör inte till beslutet.', 409, {
      [path]: 'Uppdraget finns inte längre under beslutet.',
    })
  const isDueChanged = (existing.due?.dueText ?? '') !== assignment.dueText.trim()
  const isChanged =
    existing.title !== base.title || (existing.assigneeText ?? null) !== base.assigneeText || isDueChanged
  if (!isChanged) return
  await at(path, () =>
    req.payload.update({
      ...common,
      collection: 'assignments',
      id: existing.id,
      data: { ...base, ...(isDueChanged ? { due: { ...existing.due, ...dueData(ctx, assignment.dueText) } } : {}) },
    }),
  )
}

/** Remembers who saved this meeting's minutes last (Payload's own preferences: no schema of our own needed). */
async function markSaved(req: PayloadRequest, meetingId: string) {
  const key = `${SAVED_MARK_PREFIX}${meetingId}`
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user!.id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const value = { at: new Date().toISOString() }
  if (docs[0])
    await req.payload.update({
      collection: 'payload-preferences',
      id: docs[0].id,
      data: { value },
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: 'payload-preferences',
      data: { key, value, user: { relationTo: 'users', value: req.user!.id } },
      overrideAccess: true,
      req,
    })
}
