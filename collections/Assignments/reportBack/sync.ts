import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/relations'
import {
  type CandidateMeeting,
  canCarryReportBack,
  chooseReportBackMeeting,
  reportBackWindow,
} from '@/domain/reportBack'
import { stockholmDate, stockholmInstant } from '@/domain/time'
import type { Assignment } from '@/payload-types'
import { proposeReportBack } from './propose'

/**
 * Brings one assignment's proposed report-back in line with the meetings planned now. Idempotent: running it
 * twice changes nothing; after a meeting moves or is cancelled it moves the proposal to the right meeting.
 */
export async function syncReportBack({
  req,
  assignmentId,
  candidates,
}: {
  req: PayloadRequest
  assignmentId: string
  /** The meetings a report-back can go to, when the caller has them already (syncing many assignments). */
  candidates?: CandidateMeeting[]
}): Promise<void> {
  const assignment = await req.payload.findByID({
    collection: 'assignments',
    id: assignmentId,
    depth: 0,
    overrideAccess: true,
    req,
    trash: true,
  })
  // Nothing left to report back: a proposal nobody has taken up is withdrawn; what staff put on an agenda stays.
  const done = Boolean(
    assignment.deletedAt ||
    assignment.status === 'reported_back' ||
    assignment.status === 'closed' ||
    assignment.reportedBackIn,
  )
  const target = done ? null : await reportBackMeeting(req, assignment, candidates ?? (await candidateMeetings(req)))

  const itemId = await proposeReportBack({ assignment, meeting: target, req })
  const meetingDate =
    assignment.due?.kind === 'next_meeting' && !done ? (target?.date ?? null) : assignment.due?.meetingDate
  if (itemId === relationId(assignment.reportBackItem) && meetingDate === assignment.due?.meetingDate) return
  await req.payload.update({
    collection: 'assignments',
    id: assignment.id,
    data: { reportBackItem: itemId, due: { ...assignment.due, meetingDate } },
    overrideAccess: true,
    req,
    trash: true,
    context: { ...req.context, skipReportBack: true },
  })
}

/**
 * Planned meetings from today on: the only ones a report-back can be proposed to. A handful, however large the
 * archive, so importing years of minutes stays fast.
 */
export async function candidateMeetings(req: PayloadRequest): Promise<CandidateMeeting[]> {
  const startOfToday = stockholmInstant({ date: stockholmDate(new Date()), time: '00:00' }).toISOString()
  const { docs } = await req.payload.find({
    collection: 'meetings',
    where: { and: [{ state: { equals: 'planned' } }, { startsAt: { greater_than_equal: startOfToday } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { startsAt: true },
  })
  return docs.map((meeting) => ({ id: meeting.id, date: stockholmDate(meeting.startsAt), isPlanned: true }))
}

/** `canCarryReportBack` for a stored meeting document. */
export function isCandidateMeeting(
  meeting: { state?: string | null; startsAt?: string | null; deletedAt?: string | null } | null | undefined,
): boolean {
  if (!meeting?.startsAt) return false
  return canCarryReportBack(
    { state: meeting.state, date: stockholmDate(meeting.startsAt), deletedAt: meeting.deletedAt },
    stockholmDate(new Date()),
  )
}

/** The meeting the report-back belongs on now: the first planned one in the due window, never the giving one. */
async function reportBackMeeting(
  req: PayloadRequest,
  assignment: Assignment,
  candidates: CandidateMeeting[],
): Promise<{ id: string; date: string } | null> {
  const givenId = relationId(assignment.meeting)
  const given = givenId
    ? await req.payload
        .findByID({
          collection: 'meetings',
          id: givenId,
          depth: 0,
          overrideAccess: true,
          req,
          trash: true,
          select: { startsAt: true },
        })
        .catch(() => null)
    : null
  const window = reportBackWindow({
    due: assignment.due ?? {},
    givenAt: given?.startsAt ? stockholmDate(given.startsAt) : null,
  })
  return chooseReportBackMeeting(
    window,
    candidates.filter((meeting) => meeting.id !== givenId),
    stockholmDate(new Date()),
  )
}

/** Every assignment still waiting for its report-back (the list is short: tens, not thousands). */
export async function syncAllReportBacks({ req }: { req: PayloadRequest }): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'assignments',
    where: { and: [{ status: { in: ['open', 'in_progress'] } }, { reportedBackIn: { exists: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  const candidates = await candidateMeetings(req)
  for (const doc of docs) await syncReportBack({ req, assignmentId: doc.id, candidates })
}

/**
 * An agenda item got a position or a decision: the assignments it reports back on become återrapporterat,
 * and point at the item (the item points back through its join field).
 */
export async function markReportedBack({ req, itemId }: { req: PayloadRequest; itemId: string }): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'assignments',
    where: { and: [{ reportBackItem: { equals: itemId } }, { status: { in: ['open', 'in_progress'] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  for (const doc of docs) {
    await req.payload.update({
      collection: 'assignments',
      id: doc.id,
      data: { status: 'reported_back', reportedBackIn: itemId },
      overrideAccess: true,
      req,
      context: { ...req.context, skipReportBack: true },
    })
  }
}
