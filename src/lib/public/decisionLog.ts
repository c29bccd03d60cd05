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
import type { AgendaItem, Assignment, Decision, Meeting, Organisation, User } from '@/payload-types'
import { itemAnchor } from '@/domain/agendaLabel'
import { type ItemName, nameItems } from './itemLabels'
import { type Relation, populated, relationId } from '../relations'

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

const POPULATE = {
  meetings: { title: true, slug: true, startsAt: true },
  'agenda-items': { number: true, title: true, case: true, meeting: true, parent: true },
  organisations: { name: true, shortName: true },
  decisions: { text: true, number: true },
} as const

function meetingOf(value: Relation<Meeting>) {
  const meeting = populated(value)
  return meeting
    ? {
        id: meeting.id,
        slug: meeting.slug ?? null,
        title: meeting.title ?? null,
        date: meeting.startsAt ? stockholmDate(meeting.startsAt) : null,
      }
    : null
}

function itemOf(value: Relation<AgendaItem>, names: Map<string, ItemName>) {
  const item = populated(value)
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
  const access = { overrideAccess: false, draft: false, user: user ?? undefined } as const
  const [assignments, decisions] = await Promise.all([
    payload.find({
      collection: 'assignments',
      pagination: false,
      depth: 1,
      populate: POPULATE,
      sort: '-createdAt',
      ...access,
    }),
    payload.find({
      collection: 'decisions',
      pagination: false,
      depth: 1,
      populate: POPULATE,
      sort: '-createdAt',
      ...access,
    }),
  ])
  const names = await nameItems(
    payload,
    [...assignments.docs, ...decisions.docs].map((record) => populated(record.agendaItem as Relation<AgendaItem>)),
  )
  const withAssignments = new Set(assignments.docs.map((assignment) => relationId(assignment.decision)))

  const assignmentRows = assignments.docs.map((assignment: Assignment): LogEntry => {
    const meeting = meetingOf(assignment.meeting)
    const item = itemOf(assignment.agendaItem, names)
    const due = assignmentDueOf(assignment.due)
    const organisations = (assignment.assigneeOrganisations ?? [])
      .map((value) => populated(value as Relation<Organisation>))
      .filter((value): value is Organisation => Boolean(value))
    const reported = populated(assignment.reportedBackIn)
    const status = (assignment.displayStatus ?? 'not_started') as AssignmentDisplayStatus
    return {
      kind: 'assignment',
      id: assignment.id,
      meetingDate: meeting?.date ?? null,
      status,
      due,
      organisationIds: organisations.map((organisation) => organisation.id),
      caseId: item?.caseId ?? null,
      title: assignment.title,
      text: assignment.description ?? populated(assignment.decision)?.text ?? '',
      meeting,
      item,
      assignee: [
        organisations.map((organisation) => organisation.shortName || organisation.name).join(', '),
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
            meetingSlug: meetingOf(reported.meeting as Relation<Meeting>)?.slug ?? null,
          }
        : null,
    }
  })

  const decisionRows = decisions.docs
    .filter((decision) => !withAssignments.has(decision.id))
    .map((decision: Decision): LogEntry => {
      const meeting = meetingOf(decision.meeting)
      const item = itemOf(decision.agendaItem, names)
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
