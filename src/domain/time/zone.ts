/** Stockholm time: SRO meets in Sweden, so every date and time shown or entered is Stockholm local time. */
import { clockToMinutes } from './clock'

export const MEETING_TIME_ZONE = 'Europe/Stockholm'

// The offset is always read from Intl's time zone data, never written by hand: DST moves it twice a year.
const dateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: MEETING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

export type Instant = Date | string

export function toDate(instant: Instant): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(date.getTime())) throw new RangeError(`Ogiltig tidpunkt: ${String(instant)}`)
  return date
}

/** The Stockholm wall-clock parts of an instant. */
export function stockholmParts(
  instant: Instant,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const parts = Object.fromEntries(dateParts.formatToParts(toDate(instant)).map((part) => [part.type, part.value]))
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  }
}

/** The Stockholm calendar date of an instant, as YYYY-MM-DD. */
export function stockholmDate(instant: Instant): string {
  const parts = stockholmParts(instant)
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** The Stockholm wall-clock time of an instant, as HH:MM. */
export function stockholmTime(instant: Instant): string {
  const parts = stockholmParts(instant)
  return `${parts.hour}:${parts.minute}`
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** The instant at which the Stockholm wall clock shows `date` `time` ("HH:MM" or "HH.MM"; DST-aware). */
export function stockholmInstant({ date, time }: { date: string; time: string }): Date {
  const dateMatch = DATE_PATTERN.exec(date)
  let minutes: number
  try {
    minutes = clockToMinutes(time)
  } catch {
    minutes = Number.NaN
  }
  if (!dateMatch || Number.isNaN(minutes)) throw new RangeError(`Ogiltigt datum eller klockslag: ${date} ${time}`)
  const wallClockAsUtc = Date.UTC(Number(dateMatch[1]), Number(dateMatch[2]) - 1, Number(dateMatch[3]), 0, minutes)
  // Guess with the offset at the wall-clock instant, then correct once for a DST change in between.
  let instant = wallClockAsUtc - offsetMinutes(new Date(wallClockAsUtc)) * 60_000
  instant = wallClockAsUtc - offsetMinutes(new Date(instant)) * 60_000
  return new Date(instant)
}

/** The calendar day after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}

/** The instants a Stockholm calendar day runs between, [start, end), for "meetings on this day" queries (23 or 25 hours on DST days). */
export function stockholmDayRange(date: string): { start: string; end: string } {
  return {
    start: stockholmInstant({ date, time: '00:00' }).toISOString(),
    end: stockholmInstant({ date: nextDate(date), time: '00:00' }).toISOString(),
  }
}

/** The instants a Stockholm calendar year runs between, [start, end). */
export function stockholmYearRange(year: number): { start: string; end: string } {
  return { start: stockholmDayRange(`${year}-01-01`).start, end: stockholmDayRange(`${year + 1}-01-01`).start }
}

/** Minutes Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const parts = stockholmParts(instant)
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}
