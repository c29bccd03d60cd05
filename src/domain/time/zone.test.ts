import { describe, expect, it } from 'vitest'

import {
  addMinutes,
  formatSwedishDate,
  formatTimeRange,
  isTimeOfDay,
  stockholmDate,
  stockholmDayRange,
  stockholmInstant,
  stockholmTime,
} from '.'

describe('Stockholm time', () => {
  it('reads winter and summer instants in local time', () => {
    expect(stockholmTime('2025-11-13T08:30:00Z')).toBe('09:30')
    expect(stockholmTime('2025-08-21T07:30:00Z')).toBe('09:30')
    expect(stockholmDate('2025-11-13T23:30:00Z')).toBe('2025-11-14')
  })

  it('turns a wall-clock date and time into the right instant on both sides of DST', () => {
    expect(stockholmInstant({ date: '2025-11-13', time: '09:30' }).toISOString()).toBe('2025-11-13T08:30:00.000Z')
    expect(stockholmInstant({ date: '2025-08-21', time: '13.00' }).toISOString()).toBe('2025-08-21T11:00:00.000Z')
    expect(stockholmInstant({ date: '2026-03-29', time: '12:00' }).toISOString()).toBe('2026-03-29T10:00:00.000Z')
    expect(stockholmInstant({ date: '2026-10-25', time: '12:00' }).toISOString()).toBe('2026-10-25T11:00:00.000Z')
  })

  it('rejects malformed dates and times', () => {
    expect(() => stockholmInstant({ date: '13/11/2025', time: '09:30' })).toThrow(/Ogiltigt/)
    expect(() => stockholmInstant({ date: '2025-11-13', time: '25:00' })).toThrow(/Ogiltigt/)
    expect(() => stockholmDate('not a date')).toThrow(RangeError)
    expect(isTimeOfDay('9:30')).toBe(false)
    expect(isTimeOfDay('09.30')).toBe(true)
  })

  it('formats dates and ranges the way the documents do', () => {
    expect(formatSwedishDate('2025-11-13T08:30:00Z')).toBe('13 november 2025')
    expect(formatTimeRange('2025-11-13T08:30:00Z', '2025-11-13T14:00:00Z')).toBe('09.30–15.00')
    expect(formatTimeRange('2025-11-13T08:30:00Z')).toBe('09.30')
    expect(addMinutes('2025-11-13T08:30:00Z', 45).toISOString()).toBe('2025-11-13T09:15:00.000Z')
  })
})

describe('stockholmDayRange', () => {
  it('runs from midnight to midnight in Stockholm, also across the month and over a DST change', () => {
    expect(stockholmDayRange('2025-11-13')).toEqual({
      start: '2025-11-12T23:00:00.000Z',
      end: '2025-11-13T23:00:00.000Z',
    })
    expect(stockholmDayRange('2026-03-31')).toEqual({
      start: '2026-03-30T22:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
    })
    // 29 March 2026 is 23 hours long: summer time starts at 02:00.
    expect(stockholmDayRange('2026-03-29')).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    })
  })
})
