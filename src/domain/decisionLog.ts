/**
 * The decision log (beslutslogg): what needs attention first, and which filters a row matches.
 * Pure functions over plain rows, shared by the admin view, the public page, CSV/JSON and the reminder job.
 */
import {
  type AssignmentDisplayStatus,
  type AssignmentDue,
  ASSIGNMENT_STATUS_LABELS,
  dueDateOf,
} from './assignmentStatus'

export type LogRow = {
  kind: 'assignment' | 'decision'
  id: string
  /** The meeting that took the decision or gave the assignment (YYYY-MM-DD). */
  meetingDate: string | null
  status: AssignmentDisplayStatus | null
  due: AssignmentDue
  organisationIds: readonly string[]
  caseId: string | null
}

/** Whole days from `today` to `day` (both YYYY-MM-DD); negative when it has passed. */
export function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** Overdue first (oldest deadline first), then open work by nearest deadline, then the rest, newest meeting first. */
export function attentionRank(row: LogRow, today: string): [number, number, string] {
  const dueDay = dueDateOf(row.due)
  const newestFirst = row.meetingDate ? String(99_999_999 - Number(row.meetingDate.replaceAll('-', ''))) : '99999999'
  if (row.kind === 'decision') return [5, 0, newestFirst]
  switch (row.status) {
    case 'overdue':
      return [0, dueDay ? daysUntil(dueDay, today) : 0, newestFirst]
    case 'not_started':
    case 'in_progress':
      return dueDay ? [1, daysUntil(dueDay, today), newestFirst] : [2, 0, newestFirst]
    case 'reported_back':
      return [3, 0, newestFirst]
    default:
      return [4, 0, newestFirst]
  }
}

export function sortByAttention<T extends LogRow>(rows: readonly T[], today: string): T[] {
  const compare = (a: [number, number, string], b: [number, number, string]) =>
    a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2])
  return [...rows].sort((a, b) => compare(attentionRank(a, today), attentionRank(b, today)))
}

export const LOG_STATUS_VALUES = ['not_started', 'in_progress', 'overdue', 'reported_back', 'closed'] as const
export const LOG_STATUS_LABELS = ASSIGNMENT_STATUS_LABELS

export type LogFilters = {
  status?: AssignmentDisplayStatus
  /** Due within this many days from today (and not yet done). */
  dueWithin?: 30 | 90
  overdue?: boolean
  organisationId?: string
  caseId?: string
  year?: number
  /** Only assignments, or only decisions. */
  kind?: 'assignment' | 'decision'
}

const DONE: readonly (AssignmentDisplayStatus | null)[] = ['reported_back', 'closed']

export function matchesFilters(row: LogRow, filters: LogFilters, today: string): boolean {
  if (filters.kind && row.kind !== filters.kind) return false
  if (filters.status && row.status !== filters.status) return false
  if (filters.overdue && row.status !== 'overdue') return false
  if (filters.dueWithin) {
    const dueDay = dueDateOf(row.due)
    if (row.kind !== 'assignment' || !dueDay || DONE.includes(row.status)) return false
    const days = daysUntil(dueDay, today)
    if (days < 0 || days > filters.dueWithin) return false
  }
  if (filters.organisationId && !row.organisationIds.includes(filters.organisationId)) return false
  if (filters.caseId && row.caseId !== filters.caseId) return false
  if (filters.year && row.meetingDate?.slice(0, 4) !== String(filters.year)) return false
  return true
}

/** Counts for the dashboard widget: overdue now, and due within `days` days. */
export function attentionCounts(
  rows: readonly LogRow[],
  today: string,
  days = 30,
): { overdue: number; dueSoon: number } {
  return {
    overdue: rows.filter((row) => row.kind === 'assignment' && row.status === 'overdue').length,
    dueSoon: rows.filter((row) => matchesFilters(row, { dueWithin: days as 30 | 90, kind: 'assignment' }, today))
      .length,
  }
}

/** "senast 2026-06-30", "vid mötet 2025-11-13", "nästa möte": the expected report-back in words. */
export function describeDue(due: AssignmentDue & { dueText?: string | null }, storedKind?: string | null): string {
  if (storedKind === 'next_meeting')
    return due.kind === 'meeting' && due.meetingDate ? `nästa möte (${due.meetingDate})` : 'nästa möte'
  switch (due.kind) {
    case 'date':
      return `senast ${due.date}`
    case 'month':
      return `senast ${dueDateOf(due)} (${due.month})`
    case 'meeting':
      return due.meetingDate ? `vid mötet ${due.meetingDate}` : 'vid ett möte'
    default:
      return 'ej angivet'
  }
}

export type ReminderAssignment = { id: string; title: string; dueDay: string; responsibleEmail: string | null }

/**
 * Who gets which reminders: the staff member following the assignment, or every meeting secretary when no one
 * is named. One e-mail per recipient.
 */
export function groupReminders(
  assignments: readonly ReminderAssignment[],
  secretaryEmails: readonly string[],
): Map<string, ReminderAssignment[]> {
  const byRecipient = new Map<string, ReminderAssignment[]>()
  for (const assignment of assignments) {
    const recipients = assignment.responsibleEmail ? [assignment.responsibleEmail] : secretaryEmails
    for (const email of recipients) byRecipient.set(email, [...(byRecipient.get(email) ?? []), assignment])
  }
  return byRecipient
}
