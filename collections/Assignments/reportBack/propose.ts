import type { PayloadRequest } from 'payload'

import { relationId } from '../../../src/access/meetingStages'
import type { Assignment } from '../../../src/payload-types'

export type ReportBackProposal = { assignment: Assignment; meetingId: string | null; req: PayloadRequest }

/**
 * Puts the proposed report-back on a meeting: a draft agenda item "Återrapportering: …", or moves the one
 * already proposed. Returns the item's id, or null when there is no meeting to propose it on.
 *
 * This is the one place that decides *how* a report-back is proposed. When the årshjul plugin is present it can
 * propose a planned item in the årshjul here instead; everything else (choosing the meeting, moving it, marking
 * the assignment återrapporterat) stays the same.
 */
export async function proposeReportBack({ assignment, meetingId, req }: ReportBackProposal): Promise<string | null> {
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
  if (current && !current.deletedAt && (current._status === 'published' || current.positionTaken)) return current.id

  if (!meetingId) {
    if (current && !current.deletedAt) {
      await req.payload.update({ collection: 'agenda-items', id: current.id, data: { deletedAt: new Date().toISOString() }, trash: true, overrideAccess: true, req, draft: true })
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
    title: `Återrapportering: ${assignment.title}`,
    handling: ['information' as const],
    description: [assignment.description, assignment.due?.dueText ? `Ska återrapporteras ${assignment.due.dueText}.` : null].filter(Boolean).join('\n\n') || null,
    isPublic: true,
    _status: 'draft' as const,
  }
  if (current) {
    await req.payload.update({ collection: 'agenda-items', id: current.id, data: { ...data, deletedAt: null }, draft: true, trash: true, overrideAccess: true, req })
    return current.id
  }
  const created = await req.payload.create({ collection: 'agenda-items', data, draft: true, overrideAccess: true, req, context: { ...req.context } })
  return created.id
}
