import { describe, expect, it } from 'vitest'

import { logQueryString, parseLogFilters } from './decisionLogQuery'

describe('decision log filters in the address', () => {
  it('reads the Swedish words into filters', () => {
    const parsed = parseLogFilters({ status: 'forsenat', inom: '90', ar: '2025', typ: 'uppdrag', organisation: '8c1b5a8e-3a44-4b0b-9d3e-3f7f6a4b2c10' })
    expect(parsed.problems).toEqual([])
    expect(parsed.value).toEqual({ status: 'overdue', dueWithin: 90, overdue: undefined, organisationId: '8c1b5a8e-3a44-4b0b-9d3e-3f7f6a4b2c10', caseId: undefined, year: 2025, kind: 'assignment' })
    expect(logQueryString(parsed.query)).toBe('?status=forsenat&inom=90&organisation=8c1b5a8e-3a44-4b0b-9d3e-3f7f6a4b2c10&ar=2025&typ=uppdrag')
  })

  it('explains bad values in Swedish and keeps the rest', () => {
    const parsed = parseLogFilters({ status: 'borta', inom: '45', ar: '-1', arende: "1' OR 1=1", typ: 'beslut', hack: 'x', forsenat: '1' })
    expect(parsed.value).toMatchObject({ status: undefined, dueWithin: undefined, year: undefined, caseId: undefined, kind: 'decision', overdue: true })
    expect(parsed.problems).toEqual([
      'Okänd status; visar alla.',
      'Förfallotiden kan vara 30 eller 90 dagar; filtret används inte.',
      'Okänt ärende; filtret används inte.',
      'Året "-1" finns inte; visar alla år.',
      'Okända filter ignoreras: hack.',
    ])
    expect(logQueryString(parsed.query)).toBe('?forsenat=1&typ=beslut')
  })

  it('takes the first of repeated values and ignores empty ones', () => {
    expect(parseLogFilters({ ar: ['2024', '2025'], status: '' }).value.year).toBe(2024)
  })

  it('should read the page of the public log apart from the filters, so downloads keep every row', () => {
    const parsed = parseLogFilters({ sida: '3', typ: 'uppdrag' })
    expect(parsed.page).toBe(3)
    expect(parsed.problems).toEqual([])
    expect(logQueryString(parsed.query)).toBe('?typ=uppdrag')
    expect(parseLogFilters({ sida: '-2' })).toMatchObject({
      page: 1,
      problems: ['Sidnumret måste vara ett positivt heltal; visar sida 1.'],
    })
    expect(parseLogFilters({}).page).toBe(1)
  })
})
