/** Reads one meeting as the minutes screen shows it: agenda order, decisions, assignments, attendance checklist. */
import type { PayloadRequest } from 'payload'

import { agendaOrder, stockholmDate } from '@/domain/time'
import { relationId } from '@/lib/relations'
import type { Assignment, Decision } from '@/payload-types'
import { attendanceChecklist } from './attendance'
import { readItemText } from './richText'
import { sheetStamp } from './stamp'
import type { MinutesSheet, PlannedMeeting, SheetDecision } from './types'

/** Every row the screen shows, read as the user (staff read everything), in the request's transaction if any. */
export async function readRows(req: PayloadRequest, meetingId: string) {
  const common = { req, user: req.user, overrideAccess: false, depth: 0, pagination: false } as const
  const byMeeting = { meeting: { equals: meetingId } }
  const [meeting, items, decisions, assignments] = await Promise.all([
    req.payload.findByID({ ...common, collection: 'meetings', id: meetingId, draft: true, disableErrors: true }),
    req.payload.find({ ...common, collection: 'agenda-items', where: byMeeting, draft: true }),
    req.payload.find({ ...common, collection: 'decisions', where: byMeeting, sort: 'number' }),
    req.payload.find({ ...common, collection: 'assignments', where: byMeeting, sort: 'createdAt' }),
  ])
  return { meeting, items: items.docs, decisions: decisions.docs, assignments: assignments.docs }
}

/** Meetings after this one that a deadline can point at (not cancelled). */
export async function plannedMeetingsAfter(req: PayloadRequest, startsAt: string): Promise<PlannedMeeting[]> {
  const { docs } = await req.payload.find({
    collection: 'meetings',
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    limit: 200,
    sort: 'startsAt',
    where: { and: [{ startsAt: { greater_than: startsAt } }, { state: { not_equals: 'cancelled' } }] },
    select: { startsAt: true },
  })
  return docs.map((m) => ({ id: m.id, date: stockholmDate(m.startsAt) }))
}

function decisionsOf(decisions: Decision[], assignments: Assignment[]): Map<string, SheetDecision[]> {
  const byItem = new Map<string, SheetDecision[]>()
  for (const decision of decisions) {
    const itemId = relationId(decision.agendaItem)
    if (!itemId) continue
    const entry: SheetDecision = {
      id: decision.id,
      number: decision.number,
      kind: decision.kind,
      text: decision.text,
      assignments: assignments
        .filter((assignment) => relationId(assignment.decision) === decision.id)
        .map((assignment) => ({
          id: assignment.id,
          title: assignment.title,
          assigneeText: assignment.assigneeText ?? '',
          dueText: assignment.due?.dueText ?? '',
        })),
    }
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), entry])
  }
  return byItem
}

export async function loadMinutesSheet(req: PayloadRequest, meetingId: string): Promise<MinutesSheet | null> {
  const rows = await readRows(req, meetingId)
  const { meeting } = rows
  if (!meeting) return null
  const [people, plannedMeetings] = await Promise.all([
    req.payload.find({
      collection: 'people',
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true },
    }),
    plannedMeetingsAfter(req, meeting.startsAt),
  ])
  const names = new Map(people.docs.map((person) => [person.id, person.name]))
  const ordered = agendaOrder(rows.items.map((item) => ({ ...item, parentId: relationId(item.parent) })))
  const decisions = decisionsOf(rows.decisions, rows.assignments)
  const called = meeting.called ?? []

  return {
    meeting: {
      id: meeting.id,
      title: meeting.title ?? '',
      date: stockholmDate(meeting.startsAt),
      startsAt: meeting.startsAt,
      isNoticePublished: Boolean(meeting.publication?.isNoticePublished),
      isMinutesPublished: Boolean(meeting.publication?.isMinutesPublished),
    },
    attendance: attendanceChecklist({
      called,
      stored: meeting.attendance ?? [],
      nameOf: (id) => names.get(id) ?? 'Okänd person',
    }),
    items: ordered.map((item) => ({
      id: item.id,
      number: item.number,
      title: item.title,
      isSubItem: Boolean(item.parentId),
      positionTaken: readItemText(item.positionTaken),
      notes: readItemText(item.notes),
      decisions: decisions.get(item.id) ?? [],
    })),
    substitutes: called.flatMap((entry) => {
      const id = relationId(entry.person)
      return entry.isSubstitute && id ? [{ id, name: entry.name }] : []
    }),
    people: people.docs.map((person) => ({ id: person.id, name: person.name })),
    plannedMeetings,
    stamp: sheetStamp([meeting, ...rows.items, ...rows.decisions, ...rows.assignments]),
  }
}
