import type { FieldHook } from 'payload'

import { type AssignmentDue, deriveAssignmentStatus } from '../../../src/domain/assignmentStatus'

type AssignmentData = {
  status?: 'open' | 'in_progress' | 'reported_back' | 'closed' | null
  due?: { kind?: string | null; date?: string | null; month?: string | null; meetingDate?: string | null } | null
  progressNotes?: unknown[] | null
  reportedBackIn?: unknown
}

export function dueOf(due: AssignmentData['due']): AssignmentDue {
  switch (due?.kind) {
    case 'date':
      return due.date ? { kind: 'date', date: due.date.slice(0, 10) } : { kind: 'none' }
    case 'month':
      return due.month ? { kind: 'month', month: due.month } : { kind: 'none' }
    case 'meeting':
      return { kind: 'meeting', meetingDate: due.meetingDate ? due.meetingDate.slice(0, 10) : null }
    default:
      return { kind: 'none' }
  }
}

/** Virtual field: ej påbörjat, pågår, försenat, återrapporterat or avslutat, derived from the data and today. */
export const readDisplayStatus: FieldHook = ({ data }) => {
  const assignment = (data ?? {}) as AssignmentData
  return deriveAssignmentStatus({
    status: assignment.status ?? 'open',
    due: dueOf(assignment.due),
    hasProgress: (assignment.progressNotes?.length ?? 0) > 0,
    isReportedBack: Boolean(assignment.reportedBackIn),
    today: new Date(),
  })
}
