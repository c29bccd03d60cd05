/** SRO meets in Sweden; every date and time shown or entered is Stockholm local time. */
export const MEETING_TIME_ZONE = 'Europe/Stockholm'

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

function partsOf(instant: Date | string): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(date.getTime())) throw new RangeError(`Ogiltig tidpunkt: ${String(instant)}`)
  return Object.fromEntries(dateParts.formatToParts(date).map((part) => [part.type, part.value]))
}

/** The Stockholm calendar date of an instant, as YYYY-MM-DD. */
export function stockholmDate(instant: Date | string): string {
  const parts = partsOf(instant)
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** The Stockholm wall-clock time of an instant, as HH:MM. */
export function stockholmTime(instant: Date | string): string {
  const parts = partsOf(instant)
  return `${parts.hour}:${parts.minute}`
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_PATTERN = /^([01]\d|2[0-3])[:.]([0-5]\d)$/

export function isTimeOfDay(value: string): boolean {
  return TIME_PATTERN.test(value)
}

/** The instant at which the Stockholm wall clock shows `date` `time` (DST-aware). */
export function stockholmInstant({ date, time }: { date: string; time: string }): Date {
  const dateMatch = DATE_PATTERN.exec(date)
  const timeMatch = TIME_PATTERN.exec(time)
  if (!dateMatch || !timeMatch) throw new RangeError(`Ogiltigt datum eller klockslag: ${date} ${time}`)
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])]
  const [hour, minute] = [Number(timeMatch[1]), Number(timeMatch[2])]
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute)
  // Guess with the offset at the wall-clock instant, then correct once for a DST change in between.
  let instant = wallClockAsUtc - offsetMinutes(new Date(wallClockAsUtc)) * 60_000
  instant = wallClockAsUtc - offsetMinutes(new Date(instant)) * 60_000
  return new Date(instant)
}

/** The instants a Stockholm calendar day runs between, [start, end), for "meetings on this day" queries. */
export function stockholmDayRange(date: string): { start: string; end: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
  return { start: stockholmInstant({ date, time: '00:00' }).toISOString(), end: stockholmInstant({ date: next, time: '00:00' }).toISOString() }
}

/** Minutes Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const parts = partsOf(instant)
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

const SWEDISH_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']

export function swedishMonthName(month: number): string {
  const name = SWEDISH_MONTHS[month - 1]
  if (!name) throw new RangeError(`Ogiltig månad: ${month}`)
  return name
}

/** "13 november 2025" in Stockholm time. */
export function formatSwedishDate(instant: Date | string): string {
  const parts = partsOf(instant)
  return `${Number(parts.day)} ${swedishMonthName(Number(parts.month))} ${parts.year}`
}

/** "09.30–12.00", the way SRO's documents print a time range. */
export function formatTimeRange(start: Date | string, end?: Date | string | null): string {
  const from = stockholmTime(start).replace(':', '.')
  return end ? `${from}–${stockholmTime(end).replace(':', '.')}` : from
}

export function addMinutes(instant: Date | string, minutes: number): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  return new Date(date.getTime() + minutes * 60_000)
}
