import type { FieldHook } from 'payload'

import { deriveAssignmentStatus } from '../../../src/domain/assignmentStatus'
import { assignmentDueOf } from '../../../src/domain/reportBack'

type AssignmentData = {
  status?: 'open' | 'in_progress' | 'reported_back' | 'closed' | null
  due?: { kind?: string | null; date?: string | null; month?: string | null; meetingDate?: string | null } | null
  lastProgress?: { count?: number | null } | null
  reportedBackIn?: unknown
}

/** Virtual field: ej påbörjat, pågår, försenat, återrapporterat or avslutat, derived from the data and today. */
export const readDisplayStatus: FieldHook = ({ data }) => {
  const assignment = (data ?? {}) as AssignmentData
  return deriveAssignmentStatus({
    status: assignment.status ?? 'open',
    due: assignmentDueOf(assignment.due),
    hasProgress: (assignment.lastProgress?.count ?? 0) > 0,
    isReportedBack: Boolean(assignment.reportedBackIn),
    today: new Date(),
  })
}
