/**
 * A deadline phrase as the sekreterare types it, read into what it points at: "till mötet i juni 2027" is the
 * meeting planned in June 2027 when there is one, else the month. The preview beside the field and the save use
 * this one function, so what is shown is what is stored.
 */
import { parseDeadline } from '@/domain/deadline'
import { swedishMonthName } from '@/domain/time'

import type { PlannedMeeting } from './types'

export type DueResolution =
  | { kind: 'meeting'; meetingId: string | null; date: string }
  | { kind: 'month'; month: string }
  | { kind: 'date'; date: string }
  | { kind: 'next_meeting'; meetingId: string | null; date: string | null }
  | { kind: 'none'; flagged: boolean }

const MEETING_WORD = /\b(?:möte|mötet|sammanträde|sammanträdet|SRO)\b/iu

export function resolveDue({
  text,
  meetingDate,
  plannedMeetings,
}: {
  text: string
  meetingDate: string
  plannedMeetings: readonly PlannedMeeting[]
}): DueResolution {
  const trimmed = text.trim()
  if (!trimmed) return { kind: 'none', flagged: false }
  const deadline = parseDeadline(trimmed, { meetingDate })
  const later = [...plannedMeetings].filter((m) => m.date > meetingDate).sort((a, b) => a.date.localeCompare(b.date))
  switch (deadline.kind) {
    case 'date':
      return { kind: 'date', date: deadline.date }
    case 'meeting':
      return {
        kind: 'meeting',
        meetingId: plannedMeetings.find((m) => m.date === deadline.date)?.id ?? null,
        date: deadline.date,
      }
    case 'month': {
      const meeting = MEETING_WORD.test(trimmed) ? later.find((m) => m.date.startsWith(deadline.month)) : undefined
      return meeting
        ? { kind: 'meeting', meetingId: meeting.id, date: meeting.date }
        : { kind: 'month', month: deadline.month }
    }
    case 'season':
      // As the assignment hook stores it: due by the month the season ends in.
      return { kind: 'month', month: deadline.range.to.slice(0, 7) }
    case 'nextMeeting':
      return { kind: 'next_meeting', meetingId: later[0]?.id ?? null, date: later[0]?.date ?? null }
    default:
      return { kind: 'none', flagged: deadline.flagged }
  }
}

/** The preview shown beside the field, in Swedish. */
export function describeDue(due: DueResolution): string {
  switch (due.kind) {
    case 'meeting':
      return due.meetingId ? `Mötet ${due.date}` : `Möte ${due.date} (inte planerat än)`
    case 'month': {
      const [year, month] = due.month.split('-')
      return `Senast ${swedishMonthName(Number(month))} ${year}`
    }
    case 'date':
      return `Senast ${due.date}`
    case 'next_meeting':
      return due.date ? `Nästa möte: ${due.date}` : 'Nästa möte (inte planerat än)'
    default:
      return due.flagged ? 'Kunde inte tolkas – ange t.ex. "till mötet i juni 2027"' : 'Ingen tidsgräns'
  }
}
