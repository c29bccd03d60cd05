/**
 * A year's meeting calendar in one step: regular meetings ("sro") and presidium meetings ("presidium") from lists of
 * dates, each created once (found again by kind and day), as published dates in the host's meeting collection.
 * Idempotent: sending the same list again creates nothing. The kinds, times and other fields come from the options
 * (`meetings.calendar`).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { canEditPlan } from './access'
import { hasDrafts, hasTimezone, hostCollection } from './host'
import type { ArshjulOptions } from './options'
import { fill, wordsFor } from './translations'

type CalendarOptions = NonNullable<ArshjulOptions['meetings']['calendar']>

/** A real calendar day: `Date.parse` would accept 2026-02-30 and quietly make it 2 March. */
const isRealDay = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum skrivs ÅÅÅÅ-MM-DD.')
  .refine(isRealDay, { error: (issue) => `Datumet ${String(issue.input)} finns inte.` })
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tid skrivs TT:MM.')

/** The request body; the times default to those the options give each kind. */
export function calendarRequestSchema(calendar: Pick<CalendarOptions, 'sro' | 'presidium'>) {
  return z
    .object({
      sro: z.array(isoDate).default([]),
      presidium: z.array(isoDate).default([]),
      start: clock.default(calendar.sro.start),
      end: clock.default(calendar.sro.end),
      presidiumStart: clock.default(calendar.presidium.start),
      presidiumEnd: clock.default(calendar.presidium.end),
      location: z.string().max(200).optional(),
    })
    .strict()
    .refine((value) => value.sro.length + value.presidium.length > 0, 'Ange minst ett datum.')
    .refine(
      (value) => value.start < value.end && value.presidiumStart < value.presidiumEnd,
      'Sluttiden ska vara efter starttiden.',
    )
}

export type CalendarRequest = z.output<ReturnType<typeof calendarRequestSchema>>
export type PlannedMeeting = { list: 'sro' | 'presidium'; date: string; start: string; end: string }

/** The meetings a calendar request asks for, in date order, without duplicates. */
export function plannedMeetings(request: CalendarRequest): PlannedMeeting[] {
  const meetings = new Map<string, PlannedMeeting>()
  for (const date of request.sro)
    meetings.set(`sro:${date}`, { list: 'sro', date, start: request.start, end: request.end })
  for (const date of request.presidium)
    meetings.set(`presidium:${date}`, {
      list: 'presidium',
      date,
      start: request.presidiumStart,
      end: request.presidiumEnd,
    })
  return [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date) || b.list.localeCompare(a.list))
}

/** Minutes `timeZone` is ahead of UTC at an instant, read from Intl (never a written offset: DST moves it). */
function offsetMinutes({ instant, timeZone }: { instant: number; timeZone: string }): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  )
  const wallClockAsUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!)
  return Math.round((wallClockAsUtc - Math.floor(instant / 60_000) * 60_000) / 60_000)
}

/** A wall-clock date and time in `timeZone` as an instant: the date counts (late evenings stay on their day) and so does DST. */
export function zonedInstant({ date, time, timeZone }: { date: string; time: string; timeZone: string }): string {
  const wallClockAsUtc = new Date(`${date}T${time}:00Z`).getTime()
  // Guess with the offset at the wall-clock instant, then correct once for a DST change in between.
  let instant = wallClockAsUtc - offsetMinutes({ instant: wallClockAsUtc, timeZone }) * 60_000
  instant = wallClockAsUtc - offsetMinutes({ instant, timeZone }) * 60_000
  return new Date(instant).toISOString()
}

/** The instants a calendar day in `timeZone` runs between, [start, end): 23 or 25 hours on DST days. */
export function zonedDayRange({ date, timeZone }: { date: string; timeZone: string }): { start: string; end: string } {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return {
    start: zonedInstant({ date, time: '00:00', timeZone }),
    end: zonedInstant({ date: next.toISOString().slice(0, 10), time: '00:00', timeZone }),
  }
}

export async function createCalendar(req: PayloadRequest, options: ArshjulOptions, request: CalendarRequest) {
  const { meetings, timeZone } = options
  const calendar = meetings.calendar
  const result: { created: string[]; existing: string[] } = { created: [], existing: [] }
  if (!calendar) return result
  const collection = hostCollection(req.payload, meetings.slug)
  const { startsAt, endsAt, kind, location } = meetings.fields
  const drafts = hasDrafts(req.payload, collection)
  for (const meeting of plannedMeetings(request)) {
    const kindOption = calendar[meeting.list]
    const day = zonedDayRange({ date: meeting.date, timeZone })
    const sameDay = [{ [startsAt]: { greater_than_equal: day.start } }, { [startsAt]: { less_than: day.end } }]
    const { totalDocs } = await req.payload.count({
      collection,
      where: { and: kind ? [{ [kind]: { equals: kindOption.value } }, ...sameDay] : sameDay },
      req,
      overrideAccess: true,
      trash: true,
    })
    const label = `${kindOption.label} ${meeting.date}`
    if (totalDocs > 0) {
      result.existing.push(label)
      continue
    }
    const data: Record<string, unknown> = {
      ...calendar.data,
      [startsAt]: zonedInstant({ date: meeting.date, time: meeting.start, timeZone }),
    }
    if (hasTimezone(req.payload, collection, startsAt)) data[`${startsAt}_tz`] = timeZone
    if (endsAt) {
      data[endsAt] = zonedInstant({ date: meeting.date, time: meeting.end, timeZone })
      if (hasTimezone(req.payload, collection, endsAt)) data[`${endsAt}_tz`] = timeZone
    }
    if (kind) data[kind] = kindOption.value
    if (location && request.location !== undefined) data[location] = request.location
    // Published as a date in the calendar; the notice is a later, separate step.
    if (drafts) data._status = 'published'
    await req.payload.create({ collection, req, overrideAccess: false, data })
    result.created.push(label)
  }
  return result
}

export const calendarEndpoint = ({
  options,
  calendar,
}: {
  options: ArshjulOptions
  calendar: CalendarOptions
}): Endpoint => {
  const schema = calendarRequestSchema(calendar)
  return {
    path: '/meeting-calendar',
    method: 'post',
    handler: async (req) => {
      const words = wordsFor(req.i18n?.language)
      if (!req.user) return Response.json({ error: words.errors.signIn }, { status: 401 })
      if (!canEditPlan(options, req)) return Response.json({ error: words.errors.calendarForbidden }, { status: 403 })
      const body: unknown = await req.json?.().catch(() => null)
      const parsed = schema.safeParse(body)
      if (!parsed.success) {
        const problems = parsed.error.issues
          .map((issue) => `${issue.path.join('.') ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
          .join('; ')
        return Response.json({ error: fill(words.errors.badCalendar, { problems }) }, { status: 400 })
      }
      return Response.json(await createCalendar(req, options, parsed.data), { status: 200 })
    },
  }
}
