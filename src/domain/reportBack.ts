/**
 * The closed loop: which meeting an assignment should report back to.
 * A deadline on a day (or at a meeting) → the first meeting on or after that day. A month or season → the last
 * meeting within it, so the report comes before the deadline, or else the first one after. "Till nästa möte" →
 * the first meeting after the one that gave the assignment.
 */
import type { AssignmentDue } from './assignmentStatus'

export type StoredDueKind = 'date' | 'month' | 'meeting' | 'next_meeting' | 'none'

/** When the report-back should be planned, from what is stored on an assignment. */
export type ReportBackWindow =
  | { kind: 'onOrAfter'; from: string }
  | { kind: 'within'; from: string; to: string }
  | { kind: 'after'; after: string }
  | null

/** A meeting that could take the report-back: only planned ones can (not held, not cancelled). */
export type CandidateMeeting = { id: string; date: string; isPlanned: boolean }

export function reportBackWindow({
  due,
  givenAt,
}: {
  due: { kind?: StoredDueKind | null; date?: string | null; month?: string | null; meetingDate?: string | null }
  /** Date of the meeting that gave the assignment (YYYY-MM-DD). */
  givenAt: string | null
}): ReportBackWindow {
  switch (due.kind) {
    case 'date':
      return due.date ? { kind: 'onOrAfter', from: due.date.slice(0, 10) } : null
    case 'meeting':
      return due.meetingDate ? { kind: 'onOrAfter', from: due.meetingDate.slice(0, 10) } : null
    case 'month': {
      const match = /^(\d{4})-(\d{2})$/.exec(due.month ?? '')
      if (!match) return null
      const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate()
      return { kind: 'within', from: `${due.month}-01`, to: `${due.month}-${String(lastDay).padStart(2, '0')}` }
    }
    case 'next_meeting':
      return givenAt ? { kind: 'after', after: givenAt } : null
    default:
      return null
  }
}

/**
 * The meeting to propose the report-back on. Only planned meetings from `today` on take new items: a cancelled,
 * held or past meeting never gets one (so importing old minutes proposes nothing). Null when none is planned yet.
 */
export function chooseReportBackMeeting(
  window: ReportBackWindow,
  meetings: readonly CandidateMeeting[],
  today: string,
): CandidateMeeting | null {
  if (!window) return null
  const open = meetings
    .filter((meeting) => meeting.isPlanned && meeting.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
  switch (window.kind) {
    case 'onOrAfter':
      return open.find((meeting) => meeting.date >= window.from) ?? null
    case 'within':
      return (
        open.filter((meeting) => meeting.date >= window.from && meeting.date <= window.to).at(-1) ??
        open.find((meeting) => meeting.date > window.to) ??
        null
      )
    case 'after':
      return open.find((meeting) => meeting.date > window.after) ?? null
  }
}

/**
 * Whether a meeting can carry a report-back: planned, not trashed, today or later (Stockholm dates). Only a change to
 * such a meeting (as saved, or as it was) can move proposals.
 */
export function canCarryReportBack(
  meeting: { state?: string | null; date: string | null; deletedAt?: string | null } | null | undefined,
  today: string,
): boolean {
  return Boolean(meeting?.date && meeting.state === 'planned' && !meeting.deletedAt && meeting.date >= today)
}

/** The status module's view of a stored deadline; "nästa möte" counts as the meeting once one is chosen. */
export function assignmentDueOf(
  due:
    | { kind?: string | null; date?: string | null; month?: string | null; meetingDate?: string | null }
    | null
    | undefined,
): AssignmentDue {
  switch (due?.kind) {
    case 'date':
      return due.date ? { kind: 'date', date: due.date.slice(0, 10) } : { kind: 'none' }
    case 'month':
      return due.month ? { kind: 'month', month: due.month } : { kind: 'none' }
    case 'meeting':
    case 'next_meeting':
      return { kind: 'meeting', meetingDate: due.meetingDate ? due.meetingDate.slice(0, 10) : null }
    default:
      return { kind: 'none' }
  }
}
