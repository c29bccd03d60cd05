import { describe, expect, it } from 'vitest'

import { calendarRequestSchema, plannedMeetings, zonedDayRange, zonedInstant } from './calendar'

const CalendarRequestSchema = calendarRequestSchema({
  sro: { value: 'regular', label: 'Möte', start: '13:00', end: '15:00' },
  presidium: { value: 'prep', label: 'Förberedelse', start: '09:00', end: '10:00' },
})

describe('meeting calendar', () => {
  it('lists the meetings in date order without duplicates', () => {
    const request = CalendarRequestSchema.parse({
      sro: ['2026-06-04', '2026-03-19', '2026-03-19'],
      presidium: ['2026-03-05'],
    })
    expect(plannedMeetings(request)).toEqual([
      { list: 'presidium', date: '2026-03-05', start: '09:00', end: '10:00' },
      { list: 'sro', date: '2026-03-19', start: '13:00', end: '15:00' },
      { list: 'sro', date: '2026-06-04', start: '13:00', end: '15:00' },
    ])
  })

  it('refuses bad dates and empty lists, in Swedish', () => {
    expect(CalendarRequestSchema.safeParse({ sro: ['19 mars'] }).error?.issues[0]?.message).toBe(
      'Datum skrivs ÅÅÅÅ-MM-DD.',
    )
    expect(CalendarRequestSchema.safeParse({}).error?.issues[0]?.message).toBe('Ange minst ett datum.')
    expect(CalendarRequestSchema.safeParse({ sro: ['2026-02-30'] }).error?.issues[0]?.message).toBe(
      'Datumet 2026-02-30 finns inte.',
    )
    expect(CalendarRequestSchema.safeParse({ sro: ['2028-02-29'] }).success).toBe(true)
    expect(
      CalendarRequestSchema.safeParse({ sro: ['2026-03-19'], start: '15:00', end: '13:00' }).error?.issues[0]?.message,
    ).toBe('Sluttiden ska vara efter starttiden.')
  })

  it('should take each kind’s times from the options', () => {
    const schema = calendarRequestSchema({
      sro: { value: 'regular', label: 'Möte', start: '18:00', end: '20:00' },
      presidium: { value: 'prep', label: 'Förberedelse', start: '08:00', end: '08:30' },
    })
    expect(plannedMeetings(schema.parse({ sro: ['2026-03-19'], presidium: ['2026-03-19'] }))).toEqual([
      { list: 'sro', date: '2026-03-19', start: '18:00', end: '20:00' },
      { list: 'presidium', date: '2026-03-19', start: '08:00', end: '08:30' },
    ])
  })

  it('turns Stockholm wall-clock time into an instant, winter and summer', () => {
    expect(zonedInstant({ date: '2026-03-19', time: '13:00', timeZone: 'Europe/Stockholm' })).toBe(
      '2026-03-19T12:00:00.000Z',
    )
    expect(zonedInstant({ date: '2026-06-04', time: '13:00', timeZone: 'Europe/Stockholm' })).toBe(
      '2026-06-04T11:00:00.000Z',
    )
  })

  it('keeps a late-evening time on its own day', () => {
    expect(zonedInstant({ date: '2026-06-10', time: '23:30', timeZone: 'Europe/Stockholm' })).toBe(
      '2026-06-10T21:30:00.000Z',
    )
    expect(zonedInstant({ date: '2026-01-10', time: '23:30', timeZone: 'Europe/Stockholm' })).toBe(
      '2026-01-10T22:30:00.000Z',
    )
  })

  it('reads the offset on the night DST ends', () => {
    // 01:30 on 25 October 2026 is still summer time (UTC+2).
    expect(zonedInstant({ date: '2026-10-25', time: '01:30', timeZone: 'Europe/Stockholm' })).toBe(
      '2026-10-24T23:30:00.000Z',
    )
  })

  it('gives a day of 23 and of 25 hours on the DST days', () => {
    const hours = ({ start, end }: { start: string; end: string }) => (Date.parse(end) - Date.parse(start)) / 3_600_000
    expect(hours(zonedDayRange({ date: '2026-03-29', timeZone: 'Europe/Stockholm' }))).toBe(23)
    expect(hours(zonedDayRange({ date: '2026-10-25', timeZone: 'Europe/Stockholm' }))).toBe(25)
    expect(zonedDayRange({ date: '2026-10-25', timeZone: 'Europe/Stockholm' }).end).toBe('2026-10-25T23:00:00.000Z')
  })
})
