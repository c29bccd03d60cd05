/**
 * A year's meeting calendar in one step: SRO meetings and presidium meetings from lists of dates, each created once
 * (found again by kind and day), as planned meetings. Idempotent: sending the same list again creates nothing.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { canEditPlan } from './access'
import type { ArshjulOptions } from './options'

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

export const CalendarRequestSchema = z
  .object({
    sro: z.array(isoDate).default([]),
    presidium: z.array(isoDate).default([]),
    start: clock.default('13:00'),
    end: clock.default('15:00'),
    presidiumStart: clock.default('09:00'),
    presidiumEnd: clock.default('10:00'),
    location: z.string().max(200).optional(),
  })
  .strict()
  .refine((value) => value.sro.length + value.presidium.length > 0, 'Ange minst ett datum.')
  .refine((value) => value.start < value.end && value.presidiumStart < value.presidiumEnd, 'Sluttiden ska vara efter starttiden.')

export type CalendarRequest = z.output<typeof CalendarRequestSchema>
export type PlannedMeeting = { kind: 'ordinarie' | 'presidieavstamning'; date: string; start: string; end: string }

/** The meetings a calendar request asks for, in date order, without duplicates. */
export function plannedMeetings(request: CalendarRequest): PlannedMeeting[] {
  const meetings = new Map<string, PlannedMeeting>()
  for (const date of request.sro) meetings.set(`ordinarie:${date}`, { kind: 'ordinarie', date, start: request.start, end: request.end })
  for (const date of request.presidium) meetings.set(`presidieavstamning:${date}`, { kind: 'presidieavstamning', date, start: request.presidiumStart, end: request.presidiumEnd })
  return [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))
}

/** A Stockholm wall-clock time as an instant (Europe/Stockholm is UTC+1 in winter, UTC+2 in summer). */
export function stockholmInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`)
  const shown = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(guess)
  const [hours, minutes] = shown.split(':').map(Number) as [number, number]
  const [wantHours, wantMinutes] = time.split(':').map(Number) as [number, number]
  const offsetMinutes = hours * 60 + minutes - (wantHours * 60 + wantMinutes)
  return new Date(guess.getTime() - offsetMinutes * 60_000).toISOString()
}

export async function createCalendar(req: PayloadRequest, options: ArshjulOptions, request: CalendarRequest) {
  const collection = options.collections.meetings as never
  const result: { created: string[]; existing: string[] } = { created: [], existing: [] }
  for (const meeting of plannedMeetings(request)) {
    const dayStart = stockholmInstant(meeting.date, '00:00')
    const dayEnd = new Date(new Date(dayStart).getTime() + 24 * 3_600_000).toISOString()
    const { totalDocs } = await req.payload.count({
      collection,
      where: { and: [{ kind: { equals: meeting.kind } }, { startsAt: { greater_than_equal: dayStart } }, { startsAt: { less_than: dayEnd } }] },
      req,
      overrideAccess: true,
      trash: true,
    } as never)
    const label = `${meeting.kind === 'ordinarie' ? 'SRO' : 'Presidieavstämning'} ${meeting.date}`
    if (totalDocs > 0) {
      result.existing.push(label)
      continue
    }
    await req.payload.create({
      collection,
      req,
      overrideAccess: false,
      data: {
        body: 'SRO',
        kind: meeting.kind,
        state: 'planned',
        startsAt: stockholmInstant(meeting.date, meeting.start),
        startsAt_tz: 'Europe/Stockholm',
        endsAt: stockholmInstant(meeting.date, meeting.end),
        endsAt_tz: 'Europe/Stockholm',
        location: request.location,
        // Published as a date in the calendar; the kallelse is a later, separate step.
        _status: 'published',
      } as never,
    })
    result.created.push(label)
  }
  return result
}

export const calendarEndpoint = (options: ArshjulOptions): Endpoint => ({
  path: '/meeting-calendar',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Du måste vara inloggad.' }, { status: 401 })
    if (!canEditPlan(options, req)) return Response.json({ error: 'Din roll får inte lägga upp möten.' }, { status: 403 })
    const body = await req.json?.().catch(() => null)
    const parsed = CalendarRequestSchema.safeParse(body)
    if (!parsed.success) {
      return Response.json({ error: `Felaktig mötesplan: ${parsed.error.issues.map((issue) => `${issue.path.join('.') ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ')}` }, { status: 400 })
    }
    return Response.json(await createCalendar(req, options, parsed.data), { status: 200 })
  },
})
