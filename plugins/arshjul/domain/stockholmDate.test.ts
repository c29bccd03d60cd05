import { describe, expect, it } from 'vitest'

import { stockholmDate, stockholmYear } from './stockholmDate'

describe('stockholmDate', () => {
  it('gives the Stockholm day, which differs from UTC late in the evening', () => {
    expect(stockholmDate('2026-12-31T23:30:00.000Z')).toBe('2027-01-01')
    expect(stockholmDate('2026-06-30T21:59:00.000Z')).toBe('2026-06-30')
  })

  it('gives the year a meeting on New Year’s Eve night belongs to', () => {
    expect(stockholmYear('2026-12-31T23:30:00.000Z')).toBe(2027)
    expect(stockholmYear(null)).toBeNull()
  })
})
