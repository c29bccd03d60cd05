/**
 * A meeting's status as staff should read it today. A meeting whose start has passed is never shown as "Planerat":
 * until someone marks it held or cancelled it reads "Passerat – ej markerat som genomfört". Derived, not stored, so
 * an old kallelse imported after the fact needs no guess about whether the meeting took place.
 */
export type MeetingState = 'planned' | 'held' | 'cancelled'
export type DisplayedMeetingState = MeetingState | 'passed'

export const DISPLAYED_MEETING_STATE_LABELS: Record<DisplayedMeetingState, string> = {
  planned: 'Planerat',
  held: 'Genomfört',
  cancelled: 'Inställt',
  passed: 'Passerat – ej markerat som genomfört',
}

export function displayedMeetingState({
  state,
  startsAt,
  now,
}: {
  state?: MeetingState | null
  startsAt?: string | null
  now: Date
}): DisplayedMeetingState {
  const stored = state ?? 'planned'
  if (stored === 'planned' && startsAt && new Date(startsAt) < now) return 'passed'
  return stored
}
