/** Wall-clock times of day as SRO writes them: stored "HH:MM", printed "HH.MM". Pure, no time zone. */

/** A stored clock time, "09:30" (24-hour, two digits each). */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

/** A clock as typed or printed: "09:30" or "09.30". */
const LOOSE_CLOCK_PATTERN = /^([01]\d|2[0-3])[:.]([0-5]\d)$/

export const MINUTES_PER_DAY = 24 * 60

const pad2 = (value: number) => String(value).padStart(2, '0')

/** True for a stored clock time, "HH:MM". */
export function isClock(value: string): boolean {
  return CLOCK_PATTERN.test(value)
}

/** True for "HH:MM" or "HH.MM". */
export function isTimeOfDay(value: string): boolean {
  return LOOSE_CLOCK_PATTERN.test(value)
}

/** Minutes after midnight of "HH:MM" or "HH.MM"; throws on anything else. */
export function clockToMinutes(clock: string): number {
  const match = LOOSE_CLOCK_PATTERN.exec(clock)
  if (!match) throw new RangeError(`Ogiltigt klockslag: ${clock}`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** "HH:MM" of minutes after midnight (0 to 1439); throws outside the day. */
export function minutesToClock(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY)
    throw new RangeError(`Ogiltigt klockslag: ${minutes} minuter`)
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

/** The clock `minutes` later on the same day, or null when that leaves the day. */
export function addClockMinutes(clock: string, minutes: number): string | null {
  const total = clockToMinutes(clock) + minutes
  return Number.isInteger(total) && total >= 0 && total < MINUTES_PER_DAY ? minutesToClock(total) : null
}

/** Minutes from `start` to `end` on the same day, or null when `end` is earlier. */
export function clockMinutesBetween(start: string, end: string): number | null {
  const diff = clockToMinutes(end) - clockToMinutes(start)
  return diff >= 0 ? diff : null
}

/** "09.30", the way SRO's documents print a clock time. */
export function printedClock(clock: string): string {
  return minutesToClock(clockToMinutes(clock)).replace(':', '.')
}
