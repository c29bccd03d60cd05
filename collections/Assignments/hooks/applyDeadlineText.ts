import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relations'
import { parseDeadline } from '@/domain/deadline'
import { stockholmDate, stockholmDayRange } from '@/domain/time'

/**
 * A deadline typed in words ("senast i juni 2026") with "Ej angivet" as kind is read into a date, month or
 * meeting. A chosen kind is never overridden; text that cannot be read is kept and flagged.
 */
export const applyDeadlineText: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!data.due) return data
  const due = data.due
  if (due.kind && due.kind !== 'none') return { ...data, due: { ...due, flagged: false } }
  const text = typeof due.dueText === 'string' ? due.dueText.trim() : ''
  if (!text) return { ...data, due: { ...due, kind: 'none', flagged: false } }
  const meetingId = relationId(data.meeting)
  const meeting = meetingId
    ? await req.payload.findByID({
        collection: 'meetings',
        id: meetingId,
        depth: 0,
        overrideAccess: true,
        req,
        select: { startsAt: true },
      })
    : null
  const givenAt = meeting?.startsAt ? stockholmDate(meeting.startsAt) : stockholmDate(new Date())
  const deadline = parseDeadline(text, { meetingDate: givenAt })
  switch (deadline.kind) {
    case 'date':
      return { ...data, due: { ...due, kind: 'date', date: deadline.date, flagged: false } }
    case 'month':
      return { ...data, due: { ...due, kind: 'month', month: deadline.month, flagged: false } }
    case 'season':
      // Stored as the month the season ends in: "under hösten 2026" is due by December 2026.
      return { ...data, due: { ...due, kind: 'month', month: deadline.range.to.slice(0, 7), flagged: false } }
    case 'nextMeeting':
      return { ...data, due: { ...due, kind: 'next_meeting', flagged: false } }
    case 'meeting': {
      const day = stockholmDayRange(deadline.date)
      const { docs } = await req.payload.find({
        collection: 'meetings',
        where: { and: [{ startsAt: { greater_than_equal: day.start } }, { startsAt: { less_than: day.end } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
        select: { startsAt: true },
      })
      return {
        ...data,
        due: { ...due, kind: 'meeting', meeting: docs[0]?.id ?? null, meetingDate: deadline.date, flagged: false },
      }
    }
    default:
      return { ...data, due: { ...due, kind: 'none', flagged: true } }
  }
}
