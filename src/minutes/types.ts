/** The minutes screen's data: what the server loads for one meeting and what "Spara" sends back. */

import type { ATTENDANCE_STATUSES } from '@collections/Meetings/options'

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]['value']

/** A person who can be chosen as a substitute. */
export type SheetPerson = { id: string; name: string }

/** One called person on the checklist. `personId` is null when the called name is not linked to the register. */
export type SheetAttendee = {
  personId: string | null
  name: string
  detail: string
  status: AttendanceStatus
  substituteId: string | null
  /** Clock time from which the change applies ("13.30"), kept in the row's note as "från 13.30". */
  from: string
  /** A note that is not a "från" time, kept as it was. */
  note: string
}

export type SheetAssignment = { id: string | null; title: string; assigneeText: string; dueText: string }

export type SheetDecision = {
  id: string | null
  number: number
  kind: string
  text: string
  assignments: SheetAssignment[]
}

export type SheetItem = {
  id: string
  number: string
  title: string
  isSubItem: boolean
  positionTaken: string
  notes: string
  decisions: SheetDecision[]
}

/** A meeting on the calendar that a deadline can point at. */
export type PlannedMeeting = { id: string; date: string }

export type MinutesSheet = {
  meeting: {
    id: string
    title: string
    date: string
    startsAt: string
    isNoticePublished: boolean
    isMinutesPublished: boolean
  }
  attendance: SheetAttendee[]
  items: SheetItem[]
  substitutes: SheetPerson[]
  people: SheetPerson[]
  plannedMeetings: PlannedMeeting[]
  /** What the sheet was loaded from; a save from an older stamp is a conflict. */
  stamp: string
}

/** What went wrong, in Swedish, by the form field it belongs to (`items.2.decisions.0.text`) or the whole form. */
export type FieldErrors = Record<string, string>

export type SaveConflict = { name: string | null; at: string }

export type SaveResponse =
  | { ok: true; stamp: string; savedAt: string; sheet: MinutesSheet }
  | { ok: false; error: string; fieldErrors?: FieldErrors; conflict?: SaveConflict }
