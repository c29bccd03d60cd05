import type { CollectionBeforeChangeHook } from 'payload'

import { dueDateOf } from '@/domain/assignmentStatus'
import { assignmentDueOf } from '@/domain/reportBack'

/**
 * The overdue reminder goes out once per deadline: when the deadline is moved, the next time it passes is news again.
 * Runs after the hooks that read the deadline text and the due meeting's date.
 */
export const renewOverdueReminder: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc?.overdueNotifiedAt || data.due === undefined) return data
  const before = dueDateOf(assignmentDueOf(originalDoc.due))
  const after = dueDateOf(assignmentDueOf(data.due))
  return before === after ? data : { ...data, overdueNotifiedAt: null }
}
