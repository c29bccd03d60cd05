import type { PayloadRequest } from 'payload'

import { hasArshjul, proposePlanItem } from '../../../plugins/arshjul/exports'
import { relationId } from '@/lib/relations'
import type { Assignment } from '@/payload-types'
import { plainTextToRichText, richTextToPlainText } from '@/richtext'

export type ReportBackProposal = {
  assignment: Assignment
  meeting: { id: string; date: string } | null
  req: PayloadRequest
}

/** The key that finds an assignment's proposal in the årshjul again. */
export const reportBackKey = (assignmentId: string) => `assignment:${assignmentId}`
export const assignmentIdOfKey = (key: unknown): string | null =>
  typeof key === 'string' && key.startsWith('assignment:') ? key.slice('assignment:'.length) : null

const reportBackTitle = (assignment: Assignment) => `Återrapportering: ${assignment.title}`
const reportBackText = (assignment: Assignment) =>
  [assignment.description, assignment.due?.dueText ? `Ska återrapporteras ${assignment.due.dueText}.` : null]
    .filter(Boolean)
    .join('\n\n') || null

/**
 * Puts the proposed report-back on a meeting, or moves the one already proposed: as a planned item in the årshjul
 * when that plugin is present, otherwise as a draft agenda item "Återrapportering: …". Returns the agenda item's id
 * (for the årshjul: once staff have put the planned item on the agenda), or null.
 *
 * This is the one place that decides *how* a report-back is proposed; choosing the meeting, moving it and marking
 * the assignment återrapporterat stay the same either way.
 */
export async function proposeReportBack({ assignment, meeting, req }: ReportBackProposal): Promise<string | null> {
  if (hasArshjul(req.payload)) {
    const linked = relationId(assignment.reportBackItem)
    if (linked) {
      // An agenda item carries the report-back already (put there from the årshjul, or chosen by staff): it stays,
      // and a proposal nobody took up is withdrawn.
      await proposePlanItem(req, {
        key: reportBackKey(assignment.id),
        title: reportBackTitle(assignment),
        meeting: null,
      })
      return linked
    }
    const planned = await proposePlanItem(req, {
      key: reportBackKey(assignment.id),
      title: reportBackTitle(assignment),
      notes: reportBackText(assignment),
      meeting: meeting && { id: meeting.id, year: Number(meeting.date.slice(0, 4)) },
    })
    return planned.agendaItem
  }
  return proposeDraftAgendaItem({ assignment, meetingId: meeting?.id ?? null, req })
}

export async function proposeDraftAgendaItem({
  assignment,
  meetingId,
  req,
}: {
  assignment: Assignment
  meetingId: string | null
  req: PayloadRequest
}): Promise<string | null> {
  const currentId = relationId(assignment.reportBackItem)
  const current = currentId
    ? (
        await req.payload.find({
          collection: 'agenda-items',
          where: { id: { equals: currentId } },
          draft: true,
          trash: true,
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs[0]
    : undefined
  // Once staff have published the item or written a position on it, it is theirs: never moved or removed.
  if (
    current &&
    !current.deletedAt &&
    (current._status === 'published' || richTextToPlainText(current.positionTaken).trim())
  )
    return current.id

  if (!meetingId) {
    if (current && !current.deletedAt) {
      await req.payload.update({
        collection: 'agenda-items',
        id: current.id,
        data: { deletedAt: new Date().toISOString() },
        trash: true,
        overrideAccess: true,
        req,
        draft: true,
      })
    }
    return null
  }
  if (current && !current.deletedAt && relationId(current.meeting) === meetingId) return current.id

  const { docs: items } = await req.payload.find({
    collection: 'agenda-items',
    where: { and: [{ meeting: { equals: meetingId } }, { parent: { exists: false } }] },
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { order: true, number: true },
  })
  const others = items.filter((item) => item.id !== current?.id)
  const order = Math.max(0, ...others.map((item) => item.order ?? 0)) + 10
  const data = {
    meeting: meetingId,
    number: String(others.length + 1),
    order,
    title: reportBackTitle(assignment),
    handling: ['information' as const],
    description: plainTextToRichText(reportBackText(assignment)),
    isPublic: true,
    _status: 'draft' as const,
  }
  if (current) {
    await req.payload.update({
      collection: 'agenda-items',
      id: current.id,
      data: { ...data, deletedAt: null },
      draft: true,
      trash: true,
      overrideAccess: true,
      req,
    })
    return current.id
  }
  const created = await req.payload.create({
    collection: 'agenda-items',
    data,
    draft: true,
    overrideAccess: true,
    req,
    context: { ...req.context },
  })
  return created.id
}
