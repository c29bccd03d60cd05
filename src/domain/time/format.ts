/** Dates and times as SRO's documents and pages print them ("13 november 2025", "09.30–12.00"), in Stockholm time. */
import { printedClock } from './clock'
import { type Instant, stockholmParts, stockholmTime } from './zone'

/** Month names as SRO's documents write them, January first. */
export const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
]

export function swedishMonthName(month: number): string {
  const name = SWEDISH_MONTHS[month - 1]
  if (!name) throw new RangeError(`Ogiltig månad: ${month}`)
  return name
}

/** "13 november 2025" in Stockholm time. */
export function formatSwedishDate(instant: Instant): string {
  const parts = stockholmParts(instant)
  return `${Number(parts.day)} ${swedishMonthName(Number(parts.month))} ${parts.year}`
}

/** "09.30–12.00", the way SRO's documents print a time range; "09.30" without an end. */
export function formatTimeRange(start: Instant, end?: Instant | null): string {
  const from = printedClock(stockholmTime(start))
  return end ? `${from}–${printedClock(stockholmTime(end))}` : from
}

/** An agenda item's place in the time plan, as the `timeSlot` field gives it. */
export type PlannedSlot = { startsAt: string; endsAt: string; isOverrun: boolean }

/** "13.05–13.25", with a note when the slot ends after the meeting's planned end. */
export function formatTimeSlot(slot: PlannedSlot): string {
  return `${formatTimeRange(slot.startsAt, slot.endsAt)}${slot.isOverrun ? ' (efter mötets sluttid)' : ''}`
}
