const formats = new Map<string, Intl.DateTimeFormat>()

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formats.set(timeZone, format)
  }
  return format
}

/** The day (YYYY-MM-DD) an instant falls on in the time zone the meetings are held in. */
export function zonedDate({ value, timeZone }: { value: string | Date; timeZone: string }): string {
  return dayFormat(timeZone).format(typeof value === 'string' ? new Date(value) : value)
}

/** The year of an instant in that time zone, or null without one. */
export function zonedYear({ value, timeZone }: { value: string | null | undefined; timeZone: string }): number | null {
  return value ? Number(zonedDate({ value, timeZone }).slice(0, 4)) : null
}
