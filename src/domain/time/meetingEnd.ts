/** The end a new meeting's form proposes, so beredning types the start only (issue 17). */
import { addMinutes } from './duration'

/** SRO's meetings run two hours: "klockan 13.00-15.00" in the documents. */
export const STANDARD_MEETING_MINUTES = 120

/**
 * The end to put in the form when the start changes: the start plus the standard length, while the end is empty or
 * still the one proposed before (an end someone typed is theirs). null: leave the end as it is.
 */
export function proposedMeetingEnd({
  startsAt,
  endsAt,
  proposed,
}: {
  startsAt?: string | null
  endsAt?: string | null
  proposed?: string | null
}): string | null {
  if (!startsAt || Number.isNaN(new Date(startsAt).getTime())) return null
  if (endsAt && endsAt !== proposed) return null
  const end = addMinutes(startsAt, STANDARD_MEETING_MINUTES).toISOString()
  return end === endsAt ? null : end
}
