import { describe, expect, it } from 'vitest'

import { zonedDate, zonedYear } from './zonedDate'

const timeZone = 'Europe/Stockholm'

describe('zonedDate', () => {
  it('gives the Stockholm day, which differs from UTC late in the evening', () => {
    expect(zonedDate({ value: '2026-12-31T23:30:00.000Z', timeZone })).toBe('2027-01-01')
    expect(zonedDate({ value: '2026-06-30T21:59:00.000Z', timeZone })).toBe('2026-06-30')
  })

  it('gives the year a meeting on New Year’s Eve night belongs to', () => {
    expect(zonedYear({ value: '2026-12-31T23:30:00.000Z', timeZone })).toBe(2027)
    expect(zonedYear({ value: null, timeZone })).toBeNull()
  })

  it('should read the day in the time zone the options name', () => {
    expect(zonedDate({ value: '2026-12-31T23:30:00.000Z', timeZone: 'UTC' })).toBe('2026-12-31')
  })
})
