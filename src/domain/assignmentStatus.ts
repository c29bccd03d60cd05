import { stockholmDate } from './time'

/** When an assignment is due: a day, a month ("senast i juni 2026"), a meeting, or not stated. */
export type AssignmentDue =
  | { kind: 'date'; date: string }
  | { kind: 'month'; month: string }
  | { kind: 'meeting'; meetingDate: string | null }
  | { kind: 'none' }

/** What staff record. */
export type AssignmentWorkflowStatus = 'open' | 'in_progress' | 'reported_back' | 'closed'
/** What everyone sees. */
export type AssignmentDisplayStatus = 'not_started' | 'in_progress' | 'overdue' | 'reported_back' | 'closed'

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentDisplayStatus, string> = {
  not_started: 'Ej påbörjat',
  in_progress: 'Pågår',
  overdue: 'Försenat',
  reported_back: 'Återrapporterat',
  closed: 'Avslutat',
}

/** The last day (YYYY-MM-DD) by which the assignment should be done; a month means its last day. */
export function dueDateOf(due: AssignmentDue): string | null {
  switch (due.kind) {
    case 'date':
      return due.date.slice(0, 10)
    case 'month': {
      const match = /^(\d{4})-(\d{2})$/.exec(due.month)
      if (!match) return null
      const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate()
      return `${match[1]}-${match[2]}-${String(lastDay).padStart(2, '0')}`
    }
    case 'meeting':
      return due.meetingDate ? due.meetingDate.slice(0, 10) : null
    default:
      return null
  }
}

/**
 * Closed and reported back win over everything; otherwise an assignment past its due day (Stockholm)
 * is overdue, one with progress is ongoing, and the rest have not started.
 */
export function deriveAssignmentStatus({
  status,
  due,
  hasProgress,
  isReportedBack,
  today,
}: {
  status: AssignmentWorkflowStatus
  due: AssignmentDue
  hasProgress: boolean
  isReportedBack: boolean
  today: Date
}): AssignmentDisplayStatus {
  if (status === 'closed') return 'closed'
  if (status === 'reported_back' || isReportedBack) return 'reported_back'
  const dueDate = dueDateOf(due)
  if (dueDate && stockholmDate(today) > dueDate) return 'overdue'
  if (status === 'in_progress' || hasProgress) return 'in_progress'
  return 'not_started'
}
