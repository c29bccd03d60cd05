import type { FieldHook } from 'payload'

import { isReportBackPublic } from '@/access/meetingStages'
import { relationId } from '@/lib/relations'
import { deriveAssignmentStatus } from '@/domain/assignmentStatus'
import { assignmentDueOf } from '@/domain/reportBack'

type AssignmentData = {
  status?: 'open' | 'in_progress' | 'reported_back' | 'closed' | null
  due?: { kind?: string | null; date?: string | null; month?: string | null; meetingDate?: string | null } | null
  lastProgress?: { count?: number | null } | null
  reportedBackIn?: unknown
}

/**
 * Virtual field: ej påbörjat, pågår, försenat, återrapporterat or avslutat, derived from the data and today.
 * The public sees "återrapporterat" only once the minutes of the meeting where it was reported back are published.
 */
export const readDisplayStatus: FieldHook = async ({ data, req, overrideAccess }) => {
  const assignment = (data ?? {}) as AssignmentData
  const itemId = relationId(assignment.reportedBackIn)
  // Server code that bypasses access (imports, hooks, jobs) sees the full status, as staff do.
  const hidden = !req.user && !overrideAccess && itemId !== null && !(await isReportBackPublic({ req, itemId }))
  const status = hidden && assignment.status === 'reported_back' ? 'open' : (assignment.status ?? 'open')
  return deriveAssignmentStatus({
    status,
    due: assignmentDueOf(assignment.due),
    hasProgress: (assignment.lastProgress?.count ?? 0) > 0,
    isReportedBack: Boolean(itemId) && !hidden,
    today: new Date(),
  })
}
