import { describe, expect, it } from 'vitest'

import { CalendarRequestSchema, plannedMeetings, stockholmInstant } from './calendar'

describe('meeting calendar', () => {
  it('lists the meetings in date order without duplicates', () => {
    const request = CalendarRequestSchema.parse({ sro: ['2026-06-04', '2026-03-19', '2026-03-19'], presidium: ['2026-03-05'] })
    expect(plannedMeetings(request)).toEqual([
      { kind: 'presidieavstamning', date: '2026-03-05', start: '09:00', end: '10:00' },
      { kind: 'ordinarie', date: '2026-03-19', start: '13:00', end: '15:00' },
      { kind: 'ordinarie', date: '2026-06-04', start: '13:00', end: '15:00' },
    ])
  })

  it('refuses bad dates and empty lists, in Swedish', () => {
    expect(CalendarRequestSchema.safeParse({ sro: ['19 mars'] }).error?.issues[0]?.message).toBe('Datum skrivs ÅÅÅÅ-MM-DD.')
    expect(CalendarRequestSchema.safeParse({}).error?.issues[0]?.message).toBe('Ange minst ett datum.')
    expect(CalendarRequestSchema.safeParse({ sro: ['2026-02-30'] }).error?.issues[0]?.message).toBe('Datumet 2026-02-30 finns inte.')
    expect(CalendarRequestSchema.safeParse({ sro: ['2028-02-29'] }).success).toBe(true)
    expect(CalendarRequestSchema.safeParse({ sro: ['2026-03-19'], start: '15:00', end: '13:00' }).error?.issues[0]?.message).toBe('Sluttiden ska vara efter starttiden.')
  })

  it('turns Stockholm wall-clock time into an instant, winter and summer', () => {
    expect(stockholmInstant('2026-03-19', '13:00')).toBe('2026-03-19T12:00:00.000Z')
    expect(stockholmInstant('2026-06-04', '13:00')).toBe('2026-06-04T11:00:00.000Z')
  })
})
