import { describe, expect, it } from 'vitest'

import { addClockMinutes, clockMinutesBetween, clockToMinutes, isClock, minutesToClock, printedClock } from '.'

describe('clock times', () => {
  it('should accept only "HH:MM" as a stored clock time', () => {
    expect(['00:00', '09:30', '23:59'].every(isClock)).toBe(true)
    expect(['9:30', '09.30', '24:00', '12:60', ' 09:30'].some(isClock)).toBe(false)
  })

  it('should convert between clocks and minutes after midnight', () => {
    expect(clockToMinutes('13:05')).toBe(785)
    expect(clockToMinutes('13.05')).toBe(785)
    expect(minutesToClock(785)).toBe('13:05')
    expect(() => minutesToClock(24 * 60)).toThrow(RangeError)
    expect(() => clockToMinutes('25:00')).toThrow(/Ogiltigt klockslag/)
  })

  it('should add minutes within the day only', () => {
    expect(addClockMinutes('13:50', 15)).toBe('14:05')
    expect(addClockMinutes('23:50', 15)).toBeNull()
    expect(clockMinutesBetween('13:05', '13:25')).toBe(20)
    expect(clockMinutesBetween('13:25', '13:05')).toBeNull()
  })

  it('should print a clock the way the documents do', () => {
    expect(printedClock('09:30')).toBe('09.30')
  })
})
