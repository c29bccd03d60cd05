/** What the public site reads about meetings; access is enforced as for an anonymous visitor. */
import type { Where } from 'payload'

import type { AgendaItem, Decision, Meeting } from '@/payload-types'
import { type RosterSection, calledRoster } from '@/domain/roster'
import { agendaOrder, shownItemTime, stockholmDate, stockholmDayRange, stockholmYearRange } from '@/domain/time'
import { populated, relationId } from '../relations'
import { nameItems } from './itemLabels'
import { AS_VISITOR, publicPayload } from './payload'
import { itemAnchor, itemLabel } from '@/domain/agendaLabel'

export const MEETINGS_PER_PAGE = 20

export type MeetingFilters = {
  year?: number
  kind?: Meeting['kind']
  caseId?: string
  organisationId?: string
  page: number
}

export type MeetingStage = 'notice' | 'minutes' | 'cancelled'

export function stageOf(meeting: Pick<Meeting, 'state' | 'publication'>): MeetingStage {
  if (meeting.state === 'cancelled') return 'cancelled'
  return meeting.publication?.isMinutesPublished ? 'minutes' : 'notice'
}

/** What a list needs of the meeting that approved the minutes (for the badge). */
const APPROVING_MEETING = { meetings: { startsAt: true, slug: true, publication: true } } as const
/** What a meeting's line in a list or on the start page shows (MeetingList, MeetingBadge). */
const MEETING_SUMMARY = {
  title: true,
  slug: true,
  startsAt: true,
  endsAt: true,
  kind: true,
  state: true,
  location: true,
  form: true,
  publication: true,
  approval: true,
} as const

/** Published meetings whose kallelse is out, newest first, with the archive's filters. */
export async function listMeetings(filters: MeetingFilters) {
  const payload = await publicPayload()
  const and: Where[] = [{ 'publication.isNoticePublished': { equals: true } }]
  if (filters.year) {
    const year = stockholmYearRange(filters.year)
    and.push({ startsAt: { greater_than_equal: year.start } }, { startsAt: { less_than: year.end } })
  }
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.caseId || filters.organisationId) {
    const itemWhere: Where[] = []
    if (filters.caseId) itemWhere.push({ case: { equals: filters.caseId } })
    if (filters.organisationId) itemWhere.push({ 'presenters.organisation': { equals: filters.organisationId } })
    const items = await payload.find({
      collection: 'agenda-items',
      where: { and: itemWhere },
      depth: 0,
      pagination: false,
      select: { meeting: true },
      ...AS_VISITOR,
    })
    const meetingIds = [
      ...new Set(items.docs.map((item) => relationId(item.meeting)).filter((id): id is string => Boolean(id))),
    ]
    and.push({ id: { in: meetingIds.length ? meetingIds : ['00000000-0000-0000-0000-000000000000'] } })
  }
  return payload.find({
    collection: 'meetings',
    where: { and },
    sort: '-startsAt',
    limit: MEETINGS_PER_PAGE,
    page: filters.page,
    // Depth 1 for the badge: "godkänd vid mötet <datum>" needs the approving meeting's date.
    depth: 1,
    populate: APPROVING_MEETING,
    select: MEETING_SUMMARY,
    ...AS_VISITOR,
  })
}

/** The years that have published meetings, newest first. */
export async function meetingYears(): Promise<number[]> {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { 'publication.isNoticePublished': { equals: true } },
    pagination: false,
    depth: 0,
    select: { startsAt: true },
    ...AS_VISITOR,
  })
  return [...new Set(docs.map((doc) => Number(stockholmDate(doc.startsAt).slice(0, 4))))].sort((a, b) => b - a)
}

export type PublicAgendaItem = AgendaItem & {
  parentId?: string | null
  decisionsList: Decision[]
  children: PublicAgendaItem[]
  anchor: string
  label: string
  /** The clock time as the record may print it ("kl. 13.40–13.50", "planerad tid kl. …"), or null: see shownItemTime. */
  timeText: string | null
}

/** One meeting as the public may see it: items in agenda order with sub-items, decisions, the meeting's own list of those called. */
export async function getMeeting(slug: string) {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...AS_VISITOR,
  })
  const meeting = docs[0]
  if (!meeting || !meeting.publication?.isNoticePublished) return null

  const [items, decisions] = await Promise.all([
    payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: meeting.id } },
      pagination: false,
      depth: 2,
      sort: 'order',
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'decisions',
      where: { meeting: { equals: meeting.id } },
      pagination: false,
      depth: 0,
      sort: 'number',
      ...AS_VISITOR,
    }),
  ])

  const stage = stageOf(meeting)
  const timeOf = (item: AgendaItem) =>
    shownItemTime({
      slot: item.timeSlot,
      isPinned: Boolean(item.startOverride || item.endOverride),
      hasPrintedItemTimes: Boolean(meeting.hasPrintedItemTimes),
      isMinutes: stage === 'minutes',
    })
  const all: PublicAgendaItem[] = agendaOrder(
    items.docs.map((item) => ({ ...item, parentId: relationId(item.parent) })),
  ).map((item) => {
    const shown = timeOf(item)
    return {
      ...item,
      // A slot the record may not print is not handed on (the PDF reads the same data).
      timeSlot: shown ? item.timeSlot : null,
      timeText: shown?.text ?? null,
      decisionsList: decisions.docs.filter((decision) => relationId(decision.agendaItem) === item.id),
      children: [],
      anchor: '',
      label: '',
    }
  })
  const byId = new Map(all.map((item) => [item.id, item]))
  for (const item of all) {
    const parent = item.parentId ? byId.get(item.parentId) : undefined
    if (parent) parent.children.push(item)
  }
  for (const item of all) {
    const parent = item.parentId ? byId.get(item.parentId) : undefined
    item.label = itemLabel(item.number, parent?.number)
    item.anchor = itemAnchor(item.number, parent?.number)
  }
  const topLevel = all.filter((item) => !(item.parentId && byId.has(item.parentId)))

  return { meeting, items: topLevel, itemCount: all.length, roster: rosterOfMeeting(meeting), stage }
}

export type PublicMeeting = NonNullable<Awaited<ReturnType<typeof getMeeting>>>

/** "Kallade": the meeting's own list as its kallelse printed it (empty when the kallelse is not public). */
export function rosterOfMeeting(meeting: Pick<Meeting, 'called'>): RosterSection[] {
  return calledRoster(
    (meeting.called ?? []).map((row) => ({
      id: row.id,
      name: row.name || populated(row.person)?.name || '',
      party: row.party,
      side: row.side,
      group: row.group,
      role: row.role,
      roleTitle: row.roleTitle,
      organisationName: row.organisationName || populated(row.organisation)?.name,
      isSubstitute: row.isSubstitute,
    })),
  )
}

/** The next meeting with a published kallelse (today or later) and the latest published minutes. */
export async function startPageMeetings(now = new Date()) {
  const payload = await publicPayload()
  const select = MEETING_SUMMARY
  const [next, latestMinutes] = await Promise.all([
    payload.find({
      collection: 'meetings',
      where: {
        and: [
          { 'publication.isNoticePublished': { equals: true } },
          { startsAt: { greater_than_equal: stockholmDayRange(stockholmDate(now)).start } },
        ],
      },
      sort: 'startsAt',
      limit: 1,
      depth: 1,
      populate: APPROVING_MEETING,
      select,
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'meetings',
      where: { 'publication.isMinutesPublished': { equals: true } },
      sort: '-startsAt',
      limit: 3,
      depth: 1,
      populate: APPROVING_MEETING,
      select,
      ...AS_VISITOR,
    }),
  ])
  const latest = latestMinutes.docs[0]
  const decisions = latest
    ? await payload.find({
        collection: 'decisions',
        where: { meeting: { equals: latest.id } },
        sort: 'number',
        pagination: false,
        depth: 1,
        ...AS_VISITOR,
      })
    : null
  const itemNames = await nameItems(
    payload,
    (decisions?.docs ?? []).map((decision) => populated(decision.agendaItem)),
  )
  return {
    next: next.docs[0] ?? null,
    latestMinutes: latestMinutes.docs,
    recentDecisions: decisions?.docs ?? [],
    itemNames,
  }
}
