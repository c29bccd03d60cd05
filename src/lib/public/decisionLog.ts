/**
 * Rows of the decision log, read with access enforced: as an anonymous visitor for the public site (published
 * minutes only), or as the signed-in user in the admin. Filtering and sorting are the pure rules in
 * src/domain/decisionLog.ts.
 */
import type { Payload } from 'payload'

import { ASSIGNMENT_STATUS_LABELS, type AssignmentDisplayStatus, dueDateOf } from '@/domain/assignmentStatus'
import { type LogFilters, type LogRow, describeDue, matchesFilters, sortByAttention } from '@/domain/decisionLog'
import { toCsv } from '../feeds/csv'
import { assignmentDueOf } from '@/domain/reportBack'
import { stockholmDate } from '@/domain/time'
import type { AgendaItem, Meeting, Organisation, User } from '@/payload-types'
import { itemAnchor } from '@/domain/agendaLabel'
import { type ItemName, nameItems } from './itemLabels'
import { relationId } from '../relations'
import { type ReadAccess, byIds, idsOf } from '../byIds'

export type LogEntry = LogRow & {
  title: string
  text: string
  meeting: { id: string; slug: string | null; title: string | null } | null
  item: { id: string; number: string; title: string; anchor: string } | null
  assignee: string
  dueLabel: string
  dueText: string | null
  dueDay: string | null
  isFlagged: boolean
  statusLabel: string
  lastProgress: { date: string | null; text: string | null } | null
  reportedBackIn: { id: string; title: string; meetingSlug: string | null } | null
}

/** What the log reads of each collection: only the fields it shows (a full read runs every field's rules). */
const ASSIGNMENT_FIELDS = {
  title: true,
  description: true,
  decision: true,
  meeting: true,
  agendaItem: true,
  assigneeOrganisations: true,
  assigneeText: true,
  due: true,
  status: true,
  displayStatus: true,
  lastProgress: true,
  reportedBackIn: true,
  createdAt: true,
} as const
const DECISION_FIELDS = { text: true, number: true, meeting: true, agendaItem: true, createdAt: true } as const

type LogMeeting = { id: string; slug: string | null; title: string | null; date: string | null }
type LogItem = Pick<AgendaItem, 'id' | 'number' | 'title' | 'case' | 'meeting' | 'parent'>
type Access = ReadAccess

function meetingOf(meeting: Pick<Meeting, 'id' | 'slug' | 'title' | 'startsAt'> | undefined): LogMeeting | null {
  return meeting
    ? {
        id: meeting.id,
        slug: meeting.slug ?? null,
        title: meeting.title ?? null,
        date: meeting.startsAt ? stockholmDate(meeting.startsAt) : null,
      }
    : null
}

function itemOf(item: LogItem | undefined, names: Map<string, ItemName>) {
  if (!item) return null
  const name = names.get(item.id)
  return {
    id: item.id,
    number: name?.label ?? item.number,
    title: item.title,
    anchor: name?.anchor ?? itemAnchor(item.number),
    caseId: relationId(item.case),
  }
}

export async function loadDecisionLog({
  payload,
  user,
  today = stockholmDate(new Date()),
}: {
  payload: Payload
  user: User | null
  today?: string
}): Promise<LogEntry[]> {
  // Anonymous: access as a visitor (published minutes only), never drafts. Staff: their own access.
  const access: Access = { overrideAccess: false, draft: false, user: user ?? undefined }
  // Depth 0 and one query per related collection: the cost grows with the rows, not with a query per row.
  const [assignments, decisions] = await Promise.all([
    payload.find({
      collection: 'assignments',
      pagination: false,
      depth: 0,
      select: ASSIGNMENT_FIELDS,
      sort: '-createdAt',
      ...access,
    }),
    payload.find({
      collection: 'decisions',
      pagination: false,
      depth: 0,
      select: DECISION_FIELDS,
      sort: '-createdAt',
      ...access,
    }),
  ])
  const records = [...assignments.docs, ...decisions.docs]
  const [items, organisations] = await Promise.all([
    byIds<LogItem>(
      payload,
      'agenda-items',
      idsOf([...records.map((record) => record.agendaItem), ...assignments.docs.map((row) => row.reportedBackIn)]),
      { number: true, title: true, case: true, meeting: true, parent: true },
      access,
    ),
    byIds<Pick<Organisation, 'id' | 'name' | 'shortName'>>(
      payload,
      'organisations',
      idsOf(assignments.docs.flatMap((assignment) => assignment.assigneeOrganisations ?? [])),
      { name: true, shortName: true },
      access,
    ),
  ])
  const [meetings, names] = await Promise.all([
    byIds<Pick<Meeting, 'id' | 'slug' | 'title' | 'startsAt'>>(
      payload,
      'meetings',
      idsOf([...records.map((record) => record.meeting), ...[...items.values()].map((item) => item.meeting)]),
      { title: true, slug: true, startsAt: true },
      access,
    ),
    nameItems(payload, [...items.values()]),
  ])
  const decisionText = new Map(decisions.docs.map((decision) => [decision.id, decision.text]))
  const withAssignments = new Set(assignments.docs.map((assignment) => relationId(assignment.decision)))

  const assignmentRows = assignments.docs.map((assignment): LogEntry => {
    const meeting = meetingOf(meetings.get(relationId(assignment.meeting) ?? ''))
    const item = itemOf(items.get(relationId(assignment.agendaItem) ?? ''), names)
    const due = assignmentDueOf(assignment.due)
    const assignees = idsOf(assignment.assigneeOrganisations ?? [])
      .map((id) => organisations.get(id))
      .filter((value): value is Pick<Organisation, 'id' | 'name' | 'shortName'> => Boolean(value))
    const reported = items.get(relationId(assignment.reportedBackIn) ?? '')
    const status = (assignment.displayStatus ?? 'not_started') as AssignmentDisplayStatus
    return {
      kind: 'assignment',
      id: assignment.id,
      meetingDate: meeting?.date ?? null,
      status,
      due,
      organisationIds: assignees.map((organisation) => organisation.id),
      caseId: item?.caseId ?? null,
      title: assignment.title,
      text: assignment.description ?? decisionText.get(relationId(assignment.decision) ?? '') ?? '',
      meeting,
      item,
      assignee: [
        assignees.map((organisation) => organisation.shortName || organisation.name).join(', '),
        assignment.assigneeText,
      ]
        .filter(Boolean)
        .join(' – '),
      dueLabel: describeDue(due, assignment.due?.kind),
      dueText: assignment.due?.dueText ?? null,
      dueDay: dueDateOf(due),
      isFlagged: Boolean(assignment.due?.flagged),
      statusLabel: ASSIGNMENT_STATUS_LABELS[status],
      lastProgress: assignment.lastProgress?.count
        ? { date: assignment.lastProgress.date?.slice(0, 10) ?? null, text: assignment.lastProgress.text ?? null }
        : null,
      reportedBackIn: reported
        ? {
            id: reported.id,
            title: reported.title,
            meetingSlug: meetings.get(relationId(reported.meeting) ?? '')?.slug ?? null,
          }
        : null,
    }
  })

  const decisionRows = decisions.docs
    .filter((decision) => !withAssignments.has(decision.id))
    .map((decision): LogEntry => {
      const meeting = meetingOf(meetings.get(relationId(decision.meeting) ?? ''))
      const item = itemOf(items.get(relationId(decision.agendaItem) ?? ''), names)
      return {
        kind: 'decision',
        id: decision.id,
        meetingDate: meeting?.date ?? null,
        status: null,
        due: { kind: 'none' },
        organisationIds: [],
        caseId: item?.caseId ?? null,
        title: item ? `${item.number}. ${item.title}` : 'Beslut',
        text: decision.text,
        meeting,
        item,
        assignee: '',
        dueLabel: '',
        dueText: null,
        dueDay: null,
        isFlagged: false,
        statusLabel: 'Beslut',
        lastProgress: null,
        reportedBackIn: null,
      }
    })

  return sortByAttention([...assignmentRows, ...decisionRows], today)
}

export function filterLog(
  entries: readonly LogEntry[],
  filters: LogFilters,
  today = stockholmDate(new Date()),
): LogEntry[] {
  return entries.filter((entry) => matchesFilters(entry, filters, today))
}

export const LOG_CSV_HEADER = [
  'Typ',
  'Mötesdatum',
  'Möte',
  'Punkt',
  'Rubrik',
  'Text',
  'Ansvarig',
  'Återrapportering',
  'Som det står',
  'Status',
  'Senaste lägesrapport',
  'Återrapporterat under',
]

export function logCsv(entries: readonly LogEntry[]): string {
  return toCsv(
    LOG_CSV_HEADER,
    entries.map((entry) => [
      entry.kind === 'assignment' ? 'Uppdrag' : 'Beslut',
      entry.meetingDate,
      entry.meeting?.title,
      entry.item ? `${entry.item.number}. ${entry.item.title}` : '',
      entry.title,
      entry.text,
      entry.assignee,
      entry.dueLabel,
      entry.dueText,
      entry.statusLabel,
      entry.lastProgress ? `${entry.lastProgress.date ?? ''} ${entry.lastProgress.text ?? ''}`.trim() : '',
      entry.reportedBackIn?.title,
    ]),
  )
}

/** The public JSON: the same rows, with the fields a reader needs and nothing internal. */
export function logJson(entries: readonly LogEntry[], siteUrl: string) {
  return entries.map((entry) => ({
    type: entry.kind === 'assignment' ? 'uppdrag' : 'beslut',
    id: entry.id,
    title: entry.title,
    text: entry.text,
    meetingDate: entry.meetingDate,
    meetingUrl: entry.meeting?.slug
      ? `${siteUrl}/moten/${entry.meeting.slug}${entry.item ? `#${entry.item.anchor}` : ''}`
      : null,
    agendaItem: entry.item ? { number: entry.item.number, title: entry.item.title } : null,
    assignee: entry.assignee || null,
    due: entry.kind === 'assignment' ? { label: entry.dueLabel, text: entry.dueText, day: entry.dueDay } : null,
    status: entry.status,
    statusLabel: entry.statusLabel,
    lastProgress: entry.lastProgress,
    url: entry.kind === 'assignment' ? `${siteUrl}/beslutslogg/${entry.id}` : null,
  }))
}

/** Choices for the filter form: organisations and cases the reader may see, years that occur in the log. */
export async function logFilterOptions({
  payload,
  user,
  entries,
}: {
  payload: Payload
  user: User | null
  entries: readonly LogEntry[]
}) {
  const access = { overrideAccess: false, draft: false, user: user ?? undefined } as const
  const [organisations, cases] = await Promise.all([
    payload.find({
      collection: 'organisations',
      sort: 'name',
      pagination: false,
      depth: 0,
      select: { name: true },
      ...access,
    }),
    payload.find({
      collection: 'cases',
      sort: 'title',
      pagination: false,
      depth: 0,
      select: { title: true },
      ...access,
    }),
  ])
  const years = [
    ...new Set(entries.map((entry) => entry.meetingDate?.slice(0, 4)).filter((year): year is string => Boolean(year))),
  ]
    .sort()
    .reverse()
  return {
    organisations: organisations.docs.map((doc) => ({ value: doc.id, label: doc.name })),
    cases: cases.docs.map((doc) => ({ value: doc.id, label: doc.title })),
    years,
  }
}
