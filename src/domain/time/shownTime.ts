/**
 * Which clock time the public record prints for an agenda item. Only times a document or staff set are printed as
 * times; a slot computed from the meeting start and the durations is a plan: marked "planerad tid" in a kallelse, and
 * never printed in minutes, which must not claim times the meeting's documents did not give.
 */
import { type PlannedSlot, formatTimeRange } from './format'

export type ShownTime = { text: string; isPlanned: boolean }

export function shownItemTime({
  slot,
  isPinned,
  hasPrintedItemTimes,
  isMinutes,
}: {
  slot: PlannedSlot | null | undefined
  /** The item has its own start or end (written in the document or set by staff). */
  isPinned: boolean
  /** The meeting's documents print clock times for the items (the plan reproduces them). */
  hasPrintedItemTimes: boolean
  isMinutes: boolean
}): ShownTime | null {
  if (!slot) return null
  // "(efter mötets sluttid)" is a planning warning for staff: the public record prints the time only.
  const range = formatTimeRange(slot.startsAt, slot.endsAt)
  if (isPinned || hasPrintedItemTimes) return { text: `kl. ${range}`, isPlanned: false }
  if (isMinutes) return null
  return { text: `planerad tid kl. ${range}`, isPlanned: true }
}
