/**
 * "Mötesdatum för SRO år 2024 … 18 januari, 25 april …" and "Mötestider 2026: SRO-möte …, kl. 13-15.30": the SRO
 * meetings a document plans become planned meetings (published as dates, no kallelse), with the times the document
 * gives and none invented: a date without a time is left to staff, with a warning. Idempotent: a day that already has
 * an SRO meeting is left as it is. Presidium dates are not SRO meetings; they stay in the item's text.
 */
import { MEETING_TIME_ZONE, stockholmDayRange, stockholmInstant } from '@/domain/time'
import type { ParsedMeeting } from '../schema'
import type { WriteContext } from './writeContext'

/** The SRO meetings a document plans after its own date. */
export function plannedSroMeetings(parsed: Pick<ParsedMeeting, 'date' | 'upcomingMeetings'>) {
  return parsed.upcomingMeetings.filter((meeting) => meeting.kind === 'ordinarie' && meeting.date > parsed.date)
}

export async function writePlannedMeetings({ ctx, parsed }: { ctx: WriteContext; parsed: ParsedMeeting }) {
  for (const planned of plannedSroMeetings(parsed)) {
    if (!planned.start) {
      ctx.warn(
        planned.line,
        `Mötet ${planned.date} har ingen tid i dokumentet och har inte lagts in som planerat möte.`,
      )
      continue
    }
    const day = stockholmDayRange(planned.date)
    const { totalDocs } = await ctx.payload.count({
      collection: 'meetings',
      where: {
        and: [
          { body: { equals: 'SRO' } },
          { startsAt: { greater_than_equal: day.start } },
          { startsAt: { less_than: day.end } },
        ],
      },
      trash: true,
      overrideAccess: true,
      req: ctx.req,
    })
    if (totalDocs > 0) continue
    const at = (time: string) => stockholmInstant({ date: planned.date, time }).toISOString()
    await ctx.payload.create({
      collection: 'meetings',
      // A plan, not a meeting someone builds: no standing items.
      context: { skipStandingItems: true },
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: at(planned.start),
        startsAt_tz: MEETING_TIME_ZONE,
        ...(planned.end ? { endsAt: at(planned.end), endsAt_tz: MEETING_TIME_ZONE } : {}),
        publication: { isNoticePublished: false, isMinutesPublished: false },
        _status: 'published',
      },
      depth: 0,
      overrideAccess: true,
      req: ctx.req,
    })
  }
}
