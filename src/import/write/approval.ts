/**
 * Minutes that approve the previous meeting's minutes record it on that meeting (approval.approvedAtMeeting), so its
 * badge reads "godkänd vid mötet <datum>". Set once: an approval staff entered is never replaced. The public badge
 * shows it only while the approving meeting's minutes are published (a kallelse proposing it is not an approval).
 */
import type { Where } from 'payload'

import { stockholmDayRange } from '@/domain/time'
import { approvedMinutesOf } from '../agenda/approvedMinutes'
import type { ParsedMeeting } from '../schema'
import type { WriteContext } from './writeContext'

export async function recordApprovedMinutes({
  ctx,
  parsed,
  meetingId,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
  meetingId: string
}): Promise<void> {
  if (parsed.stage !== 'minutes') return
  const approved = approvedMinutesOf(parsed.agendaItems)
  if (!approved) return
  const thisDay = stockholmDayRange(parsed.date)
  const where: Where = approved.date
    ? {
        and: [
          { startsAt: { greater_than_equal: stockholmDayRange(approved.date).start } },
          { startsAt: { less_than: stockholmDayRange(approved.date).end } },
        ],
      }
    : { startsAt: { less_than: thisDay.start } }
  const { docs } = await ctx.payload.find({
    collection: 'meetings',
    where: { and: [where, { id: { not_equals: meetingId } }, { state: { not_equals: 'cancelled' } }] },
    sort: '-startsAt',
    limit: 1,
    select: { approval: true, startsAt: true },
    ...ctx.findOptions,
    pagination: true,
  })
  const target = docs[0]
  if (!target) {
    ctx.warn(
      approved.line,
      approved.date
        ? `Mötesanteckningen från ${approved.date} som godkänns finns inte i arkivet; godkännandet har inte registrerats.`
        : 'Det föregående mötet finns inte i arkivet; godkännandet av dess mötesanteckning har inte registrerats.',
    )
    return
  }
  if (target.approval?.approvedAtMeeting || target.approval?.approvedOn) return
  await ctx.update({
    collection: 'meetings',
    stored: target,
    desired: { approval: { approvedAtMeeting: meetingId } },
  })
}
