import { parse } from 'qs-esm'
import { describe, expect, it } from 'vitest'

import { STAFF_LIMITS, VISITOR_LIMITS, checkRestQuery, parseWhere } from './restQuery'

const types: Record<string, string> = { startsAt: 'date', durationMinutes: 'number', location: 'text' }
const fieldTypeAt = (path: string) => types[path]

function check(search: string, limits = VISITOR_LIMITS) {
  const query = parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  return checkRestQuery({ rawQuery: search, query, limits, fieldTypeAt })
}

describe('checkRestQuery', () => {
  it('should let an ordinary query run', () => {
    expect(
      check('?where[startsAt][greater_than]=2025-01-01&where[location][like]=Vänersborg&depth=1&limit=10&page=2'),
    ).toBeNull()
  })

  it('should refuse a date value that is not a date', () => {
    expect(check('?where[startsAt][greater_than]=not-a-date')?.message).toContain('giltigt datum')
    expect(check('?where[startsAt][in]=2025-01-01,never')?.message).toContain('giltigt datum')
  })

  it('should refuse a number value that is not a number', () => {
    expect(check('?where[durationMinutes][less_than]=tio')?.message).toContain('giltigt tal')
  })

  it('should leave values of unknown paths and other operators to Payload', () => {
    expect(check('?where[meeting.startsAt][greater_than]=x&where[startsAt][exists]=true')).toBeNull()
  })

  it('should refuse page, limit and depth that are not whole numbers within bounds', () => {
    expect(check('?page=99999999999999999999')?.message).toContain('page')
    expect(check('?page=0')?.message).toContain('page')
    expect(check('?limit=-1')?.message).toContain('limit')
    expect(check('?depth=4')?.message).toContain('depth')
    expect(check('?depth=10', STAFF_LIMITS)).toBeNull()
    expect(check('?limit=0', STAFF_LIMITS)).toBeNull()
  })

  it('should refuse where that is neither conditions nor JSON', () => {
    expect(check('?where=notjson')?.message).toContain('giltig JSON')
    expect(check('?where=[1]')?.message).toContain('objekt')
    expect(check(`?where=${encodeURIComponent(JSON.stringify({ location: { equals: 'x' } }))}`)).toBeNull()
  })

  it('should count conditions and relationship hops across and/or', () => {
    const ors = (count: number, path: string) =>
      Array.from({ length: count }, (_, i) => `where[or][${i}][${path}][equals]=${i}`).join('&')
    expect(check(`?${ors(20, 'location')}`)).toBeNull()
    expect(check(`?${ors(21, 'location')}`)?.message).toContain('högst 20 villkor')
    expect(check(`?${ors(11, 'meeting.location')}`)?.message).toContain('relationer')
  })

  it('should refuse nesting deeper than the bound', () => {
    expect(check('?where[or][0][and][0][or][0][and][0][location][equals]=x')).toBeNull()
    expect(check('?where[or][0][and][0][or][0][and][0][or][0][location][equals]=x')?.message).toContain('nästlad')
  })

  it('should refuse a condition without an operator', () => {
    expect(check('?where[location]=x')?.message).toContain('operator')
  })

  it('should refuse a query string over the length bound', () => {
    expect(check(`?where[location][equals]=${'x'.repeat(VISITOR_LIMITS.maxQueryLength)}`)?.message).toContain(
      'för lång',
    )
    expect(check(`?where[location][equals]=${'x'.repeat(VISITOR_LIMITS.maxQueryLength)}`, STAFF_LIMITS)).toBeNull()
  })
})

describe('parseWhere', () => {
  it('should pass parsed conditions through and parse a JSON string', () => {
    expect(parseWhere({ a: { equals: 1 } })).toEqual({ where: { a: { equals: 1 } } })
    expect(parseWhere('{"a":{"equals":1}}')).toEqual({ where: { a: { equals: 1 } } })
    expect(parseWhere('')).toEqual({ where: undefined })
  })
})
