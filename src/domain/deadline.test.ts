import { describe, expect, it } from 'vitest'

import { deadlineDay, deadlineStart, parseDeadline } from './deadline'

const from = (meetingDate: string) => ({ meetingDate })

describe('parseDeadline: the phrases of the issue', () => {
  it('reads a report-back at a dated SRO meeting (2025-08-21 → 2025-11-13)', () => {
    expect(parseDeadline('Uppdraget ska återrapporteras till SRO 2025-11-13.', from('2025-08-21'))).toEqual({
      kind: 'meeting',
      date: '2025-11-13',
      text: 'till SRO 2025-11-13',
      flagged: false,
    })
  })

  it('reads a month as due by its last day (god och nära vård, senast i juni 2026)', () => {
    const deadline = parseDeadline(
      'att senast i juni 2026 – efter dialog med den länsgemensamma arbetsgruppen – återkomma',
      from('2025-11-13'),
    )
    expect(deadline).toEqual({
      kind: 'month',
      month: '2026-06',
      range: { from: '2026-06-01', to: '2026-06-30' },
      text: 'senast i juni 2026',
      flagged: false,
    })
    expect(deadlineDay(deadline)).toBe('2026-06-30')
    expect(deadlineStart(deadline)).toBe('2026-06-01')
  })

  it('reads the next meeting with and without its date (2023-11-23 minutes)', () => {
    expect(
      parseDeadline('med förslag till ställningstagande till nästa möte den 18 januari 2024.', from('2023-11-23')),
    ).toMatchObject({
      kind: 'meeting',
      date: '2024-01-18',
      text: 'till nästa möte den 18 januari 2024',
    })
    expect(parseDeadline('komma med förslag till ställningstagande till nästa möte.', from('2023-11-23'))).toEqual({
      kind: 'nextMeeting',
      text: 'till nästa möte',
      flagged: false,
    })
  })

  it('reads a season as a range (under hösten 2026)', () => {
    const deadline = parseDeadline('ska redovisas under hösten 2026', from('2025-11-13'))
    expect(deadline).toEqual({
      kind: 'season',
      range: { from: '2026-08-01', to: '2026-12-31' },
      text: 'under hösten 2026',
      flagged: false,
    })
    expect(deadlineDay(deadline)).toBe('2026-12-31')
  })
})

describe('parseDeadline: more wordings', () => {
  it.each([
    ['senast 2026-03-01', '2025-11-13', { kind: 'date', date: '2026-03-01' }],
    // A day without a year is the next such day after the meeting.
    ['återkomma senast den 15 januari', '2025-11-13', { kind: 'date', date: '2026-01-15' }],
    ['redovisa på SRO-mötet den 4 juni 2026', '2026-03-19', { kind: 'meeting', date: '2026-06-04' }],
    ['återkomma till SRO:s möte 19 mars', '2025-11-13', { kind: 'meeting', date: '2026-03-19' }],
    ['inför kommande sammanträde', '2025-11-13', { kind: 'nextMeeting' }],
    ['till mars 2026', '2025-11-13', { kind: 'month', month: '2026-03' }],
    ['före den 1 december 2025', '2025-11-13', { kind: 'date', date: '2025-12-01' }],
    ['under våren 2027', '2026-11-13', { kind: 'season', range: { from: '2027-01-01', to: '2027-06-30' } }],
    [
      'senast under första halvåret 2026',
      '2025-11-13',
      { kind: 'season', range: { from: '2026-01-01', to: '2026-06-30' } },
    ],
    [
      'i slutet av andra halvåret 2026',
      '2025-11-13',
      { kind: 'season', range: { from: '2026-07-01', to: '2026-12-31' } },
    ],
    ['under 2026', '2025-11-13', { kind: 'season', range: { from: '2026-01-01', to: '2026-12-31' } }],
    ['SENAST I JUNI 2026', '2025-11-13', { kind: 'month', month: '2026-06' }],
  ])('%s', (text, meetingDate, expected) => {
    expect(parseDeadline(text, from(meetingDate))).toMatchObject({ ...expected, flagged: false })
  })

  it('prefers a day over a month and a named meeting over "nästa möte"', () => {
    expect(parseDeadline('senast den 3 juni 2026, alltså i juni 2026', from('2025-11-13'))).toMatchObject({
      kind: 'date',
      date: '2026-06-03',
    })
    expect(parseDeadline('till nästa möte den 18 januari 2024', from('2023-11-23')).kind).toBe('meeting')
  })

  it('keeps text it cannot read, flagged', () => {
    expect(parseDeadline('  så snart som möjligt ', from('2025-11-13'))).toEqual({
      kind: 'unparsed',
      text: 'så snart som möjligt',
      flagged: true,
    })
    expect(parseDeadline('efter sommaren', from('2025-11-13'))).toMatchObject({ kind: 'unparsed', flagged: true })
    // An impossible date is not a deadline.
    expect(parseDeadline('senast 2026-02-30', from('2025-11-13'))).toMatchObject({ kind: 'unparsed', flagged: true })
    expect(deadlineDay(parseDeadline('så snart som möjligt', from('2025-11-13')))).toBeNull()
  })

  it('does not flag an empty text', () => {
    expect(parseDeadline('', from('2025-11-13'))).toEqual({ kind: 'unparsed', text: '', flagged: false })
  })

  it('is not fooled by numbers that are not years', () => {
    expect(parseDeadline('under hösten 20261', from('2025-11-13')).kind).toBe('unparsed')
    expect(parseDeadline('under 2026-talet', from('2025-11-13')).kind).toBe('unparsed')
  })
})
