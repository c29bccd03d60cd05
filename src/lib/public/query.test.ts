import { describe, expect, it } from 'vitest'

import { archiveHref, parseMeetingFilters } from './query'

describe('parseMeetingFilters', () => {
  it('reads valid filters', () => {
    expect(parseMeetingFilters({ ar: '2025', typ: 'ordinarie', sida: '2' })).toEqual({ value: { year: 2025, kind: 'ordinarie', caseId: undefined, organisationId: undefined, page: 2 }, problems: [] })
  })

  it('turns bad values into messages and safe defaults', () => {
    const { value, problems } = parseMeetingFilters({ ar: 'abc', typ: 'hemligt', sida: '-1', arende: 'x', okand: '1', ...{ [`k${'x'.repeat(10)}`]: '1' } })
    expect(value).toEqual({ year: undefined, kind: undefined, caseId: undefined, organisationId: undefined, page: 1 })
    expect(problems).toHaveLength(5)
    expect(problems.join(' ')).toMatch(/Sidnumret måste vara ett positivt heltal/)
  })

  it('takes the first of repeated parameters and survives very long values', () => {
    expect(parseMeetingFilters({ ar: ['2024', '2025'] }).value.year).toBe(2024)
    expect(parseMeetingFilters({ ar: '9'.repeat(10_000) }).problems[0]!.length).toBeLessThan(80)
  })
})

describe('archiveHref', () => {
  it('drops empty filters', () => {
    expect(archiveHref({ ar: 2025, typ: undefined, sida: 2 })).toBe('/moten?ar=2025&sida=2')
    expect(archiveHref({})).toBe('/moten')
  })
})
