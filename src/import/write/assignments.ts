/**
 * The assignments of a meeting's minutes, each tied to its decision (the one named, the one whose text holds it, or
 * the item's only decision) and found again by decision + order within it. Trashed assignments are left alone.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import { relationId } from '@/lib/relations'
import { stockholmDayRange } from '@/domain/time'
import type { Assignment } from '@/payload-types'
import type { ParsedAssignment, ParsedMeeting } from '../schema'
import type { ItemIds, MeetingTarget } from './agendaItems'
import type { DecisionIds } from './decisions'
import { assignmentTitle } from './texts'
import type { WriteContext } from './writeContext'

export async function writeAssignments({
  ctx,
  parsed,
  meeting,
  items,
  decisions,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
  meeting: Pick<MeetingTarget, 'id' | 'isNew'>
  items: ItemIds
  decisions: DecisionIds
}): Promise<void> {
  if (parsed.assignments.length === 0) return
  const { docs: stored } = meeting.isNew
    ? { docs: [] }
    : await ctx.payload.find({
        collection: 'assignments',
        where: { meeting: { equals: meeting.id } },
        trash: true,
        sort: 'createdAt',
        joins: false,
        ...ctx.findOptions,
      })
  const storedByDecision = new Map<string | null, typeof stored>()
  for (const doc of stored)
    storedByDecision.set(relationId(doc.decision), [...(storedByDecision.get(relationId(doc.decision)) ?? []), doc])
  const seen = new Map<string, number>()

  for (const assignment of parsed.assignments) {
    const item = parsed.agendaItems.find((candidate) => !candidate.parent && candidate.number === assignment.itemNumber)
    const itemId = item ? items.get(item) : undefined
    const numbers = item?.decisions ?? []
    const number =
      assignment.decisionNumber ??
      numbers.find((decision) => decision.text.includes(assignment.text))?.number ??
      (numbers.length === 1 ? numbers[0]!.number : null)
    const decisionId = itemId && number ? decisions.get(itemId)?.[number] : undefined
    if (!decisionId) {
      ctx.warn(
        assignment.line,
        `Uppdraget under punkt ${assignment.itemNumber} kunde inte knytas till ett beslut och har inte sparats.`,
      )
      continue
    }
    const position = seen.get(decisionId) ?? 0
    seen.set(decisionId, position + 1)
    const existing = storedByDecision.get(decisionId)?.[position]
    const desired: Omit<RequiredDataFromCollectionSlug<'assignments'>, 'status'> = {
      title: assignmentTitle(assignment),
      description: assignment.text,
      decision: decisionId,
      assigneeText: assignment.assignees || undefined,
      due: await dueOf({ ctx, assignment }),
    }
    if (existing) {
      if (!existing.deletedAt) await ctx.update({ collection: 'assignments', stored: existing, desired })
    } else await ctx.create({ collection: 'assignments', data: { ...desired, status: 'open' } })
  }
}

/** The deadline as the assignment stores it; a meeting deadline is linked to that day's meeting when it is in the archive. */
async function dueOf({
  ctx,
  assignment,
}: {
  ctx: WriteContext
  assignment: ParsedAssignment
}): Promise<Assignment['due']> {
  const due = assignment.due
  const dueText = assignment.dueText ?? undefined
  switch (due.kind) {
    case 'date':
      return { kind: 'date', date: due.date, dueText }
    case 'month':
      return { kind: 'month', month: due.month, dueText }
    case 'meeting': {
      // "till nästa möte" without a day: the loop sets the day once the next meeting is planned.
      if (!due.date) return { kind: 'next_meeting', dueText }
      const day = stockholmDayRange(due.date)
      const { docs: meetings } = await ctx.payload.find({
        collection: 'meetings',
        where: { and: [{ startsAt: { greater_than_equal: day.start } }, { startsAt: { less_than: day.end } }] },
        sort: 'createdAt',
        joins: false,
        ...ctx.findOptions,
      })
      const target = meetings.find((doc) => doc.kind === 'ordinarie') ?? meetings[0]
      // Without the meeting in the archive the date is still kept, so the status can be derived.
      return { kind: 'meeting', meeting: target?.id, meetingDate: due.date, dueText }
    }
    default:
      return { kind: 'none', dueText }
  }
}
