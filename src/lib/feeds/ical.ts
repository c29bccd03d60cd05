/** iCalendar (RFC 5545) text for meetings: escaped values, folded lines, CRLF endings, UTC times. */

export type CalendarEvent = {
  uid: string
  start: Date | string
  end?: Date | string | null
  summary: string
  location?: string | null
  description?: string | null
  url?: string | null
  isCancelled?: boolean
  updated?: Date | string | null
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped; every line break (CRLF, LF and a bare CR,
 * which a calendar reads as the end of the property) becomes `\n`; other control characters, which TEXT may not
 * hold, are dropped. The one escaping function for every calendar the site serves.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  )
}

/** A URI or identifier value is not escaped, so nothing that could end the line may stay in it. */
export function uriValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029\s]/g, '')
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = Buffer.byteLength(char)
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const utc = (value: Date | string) =>
  new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export function buildCalendar({
  name,
  events,
  now = new Date(),
}: {
  name: string
  events: CalendarEvent[]
  now?: Date
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SRO-arkivet//Möten//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/Stockholm',
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uriValue(event.uid)}`,
      `DTSTAMP:${utc(event.updated ?? now)}`,
      `DTSTART:${utc(event.start)}`,
    )
    lines.push(`DTEND:${utc(event.end ?? new Date(new Date(event.start).getTime() + 2 * 60 * 60 * 1000))}`)
    lines.push(`SUMMARY:${escapeText(event.isCancelled ? `INSTÄLLT: ${event.summary}` : event.summary)}`)
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
    if (event.url) lines.push(`URL:${uriValue(event.url)}`)
    lines.push(`STATUS:${event.isCancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
