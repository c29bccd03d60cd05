import type { TaskConfig } from 'payload'

import { dueDateOf } from '../domain/assignmentStatus'
import { type ReminderAssignment, groupReminders } from '../domain/decisionLog'
import { assignmentDueOf } from '../domain/reportBack'
import { stockholmDate } from '../domain/time'

/** Cron with seconds, server time (UTC): 05:00 UTC is 06:00 or 07:00 in Stockholm, before the working day. */
export const REMINDER_CRON = '0 0 5 * * *'

/**
 * Each morning: assignments that have become overdue since the last run are sent to the staff member following
 * them (or to every meeting secretary), once. `overdueNotifiedAt` makes a missed morning catch up, never repeat.
 */
export const assignmentRemindersTask: TaskConfig<'assignmentReminders'> = {
  slug: 'assignmentReminders',
  label: 'Påminnelser om försenade uppdrag',
  schedule: [{ cron: REMINDER_CRON, queue: 'default' }],
  retries: 2,
  outputSchema: [
    { name: 'assignments', type: 'number', required: true },
    { name: 'emails', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const today = stockholmDate(new Date())
    const { docs } = await req.payload.find({
      collection: 'assignments',
      where: {
        and: [
          { status: { in: ['open', 'in_progress'] } },
          { reportedBackIn: { exists: false } },
          { overdueNotifiedAt: { exists: false } },
        ],
      },
      pagination: false,
      depth: 1,
      overrideAccess: true,
      req,
      select: { title: true, due: true, responsible: true },
      populate: { users: { email: true } },
    })
    const overdue: ReminderAssignment[] = docs.flatMap((doc) => {
      const dueDay = dueDateOf(assignmentDueOf(doc.due))
      if (!dueDay || dueDay >= today) return []
      const responsible = doc.responsible && typeof doc.responsible === 'object' ? doc.responsible.email : null
      return [{ id: doc.id, title: doc.title, dueDay, responsibleEmail: responsible ?? null }]
    })
    if (overdue.length === 0) return { output: { assignments: 0, emails: 0 } }

    const { docs: secretaries } = await req.payload.find({
      collection: 'users',
      where: { roles: { contains: 'sekreterare' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { email: true },
    })
    const byRecipient = groupReminders(
      overdue,
      secretaries.map((user) => user.email),
    )
    const logUrl = `${req.payload.config.serverURL}/admin/beslutslogg?forsenat=1`
    for (const [to, assignments] of byRecipient) {
      const lines = assignments.map(
        (assignment) => `- ${assignment.title} (skulle återrapporteras senast ${assignment.dueDay})`,
      )
      await req.payload.sendEmail({
        to,
        subject:
          assignments.length === 1
            ? 'Ett uppdrag i beslutsloggen är försenat'
            : `${assignments.length} uppdrag i beslutsloggen är försenade`,
        text: [
          'Följande uppdrag har passerat sin tid för återrapportering:',
          '',
          ...lines,
          '',
          `Beslutsloggen: ${logUrl}`,
        ].join('\n'),
      })
    }
    const notifiedAt = new Date().toISOString()
    for (const assignment of overdue) {
      await req.payload.update({
        collection: 'assignments',
        id: assignment.id,
        data: { overdueNotifiedAt: notifiedAt },
        overrideAccess: true,
        req,
        context: { ...req.context, skipReportBack: true, disableRevalidate: true },
      })
    }
    return { output: { assignments: overdue.length, emails: byRecipient.size } }
  },
}
