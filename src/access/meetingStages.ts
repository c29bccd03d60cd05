import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { relationId } from '../lib/relations'
import { batchedPerRequest } from '../lib/requestCache'

export type MeetingStages = { isPublished: boolean; isNoticePublic: boolean; isMinutesPublic: boolean }

const HIDDEN: MeetingStages = { isPublished: false, isNoticePublic: false, isMinutesPublic: false }

const fieldAt = (path: string, field: string) => (path ? `${path}.${field}` : field)

/**
 * Public rows of a collection that points at a meeting through `path` (e.g. `meeting`; `''` for meetings themselves):
 * the meeting is published, not in the trash, and the stage is published.
 */
const meetingStagePublicWhere = (path: string, stage: 'isNoticePublished' | 'isMinutesPublished'): Where => ({
  and: [
    { [fieldAt(path, '_status')]: { equals: 'published' } },
    { [fieldAt(path, 'deletedAt')]: { exists: false } },
    { [fieldAt(path, `publication.${stage}`)]: { equals: true } },
  ],
})

export const meetingNoticePublicWhere = (path: string): Where => meetingStagePublicWhere(path, 'isNoticePublished')
export const meetingMinutesPublicWhere = (path: string): Where => meetingStagePublicWhere(path, 'isMinutesPublished')

/**
 * Decisions, assignments and progress notes are part of the minutes: public once the meeting's minutes are published,
 * and only under a published, public agenda item that is not in the trash — nor is any record named in `parents`
 * (the decision an assignment came from, the assignment a note is about).
 */
export const minutesRecordRead =
  (...parents: string[]): Access =>
  ({ req }) =>
    req.user
      ? true
      : {
          and: [
            meetingMinutesPublicWhere('meeting'),
            { 'agendaItem._status': { equals: 'published' } },
            { 'agendaItem.isPublic': { equals: true } },
            { 'agendaItem.deletedAt': { exists: false } },
            ...parents.map((parent): Where => ({ [`${parent}.deletedAt`]: { exists: false } })),
          ],
        }

/**
 * What the public may see of one meeting, read from its published row once per request.
 * Field rules of agenda items call this, so a page of 50 items costs one query per meeting, not per field.
 */
export async function meetingStagesFor({
  req,
  meetingId,
}: {
  req: PayloadRequest
  meetingId: string | null | undefined
}): Promise<MeetingStages> {
  if (!meetingId) return HIDDEN
  // Batched: the rules of every row of a list ask at once, and get their meetings in one query.
  return batchedPerRequest(
    req,
    'meetingStages',
    meetingId,
    async (ids) => {
      const { docs } = await req.payload.find({
        collection: 'meetings',
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { _status: true, publication: true },
      })
      return new Map(
        docs.map((meeting): [string, MeetingStages] => [
          String(meeting.id),
          meeting._status !== 'published'
            ? HIDDEN
            : {
                isPublished: true,
                isNoticePublic: Boolean(meeting.publication?.isNoticePublished),
                isMinutesPublic: Boolean(meeting.publication?.isMinutesPublished),
              },
        ]),
      )
    },
    HIDDEN,
  )
}

type MeetingDoc = { publication?: { isNoticePublished?: boolean | null; isMinutesPublished?: boolean | null } | null }

/** A meeting's own kallelse fields: staff always; the public once the notice stage is published. */
export const meetingNoticeFieldRead: FieldAccess = ({ req, doc }) =>
  Boolean(req.user) || Boolean((doc as MeetingDoc | undefined)?.publication?.isNoticePublished)

/** A meeting's own minutes fields: staff always; the public once the minutes stage is published. */
export const meetingMinutesFieldRead: FieldAccess = ({ req, doc }) =>
  Boolean(req.user) || Boolean((doc as MeetingDoc | undefined)?.publication?.isMinutesPublished)

/** Field rule: staff always; the public once the minutes stage of the document's meeting is published. */
export const minutesFieldRead: FieldAccess = async ({ req, doc }) => {
  if (req.user) return true
  const stages = await meetingStagesFor({ req, meetingId: relationId((doc as { meeting?: unknown })?.meeting) })
  return stages.isMinutesPublic
}

/**
 * Whether the public may learn that an assignment was reported back under `itemId`: once the minutes of that item's
 * meeting are published. Until then a position written on the item is the secretary's draft of the minutes.
 */
export async function isReportBackPublic({
  req,
  itemId,
}: {
  req: PayloadRequest
  itemId: string | null
}): Promise<boolean> {
  if (!itemId) return false
  // Batched like the stages: a list of assignments asks for all its report-back items at once.
  const meetingId = await batchedPerRequest<string | null>(
    req,
    'itemMeetings',
    itemId,
    async (ids) => {
      const { docs } = await req.payload.find({
        collection: 'agenda-items',
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { meeting: true },
      })
      return new Map(docs.map((item) => [String(item.id), relationId(item.meeting)]))
    },
    null,
  )
  return (await meetingStagesFor({ req, meetingId })).isMinutesPublic
}

/** Field rule for what says "reported back": staff always; the public once that report-back is public. */
export const reportBackFieldRead: FieldAccess = async ({ req, doc }) => {
  if (req.user) return true
  const assignment = doc as { status?: string; reportedBackIn?: unknown } | undefined
  const itemId = relationId(assignment?.reportedBackIn)
  // Marked by hand without an item: staff's own statement, public as it stands.
  if (!itemId) return true
  return isReportBackPublic({ req, itemId })
}
