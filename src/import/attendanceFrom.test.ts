import { describe, expect, it } from 'vitest'

import { attendanceFrom } from './attendanceFrom'

describe('attendanceFrom', () => {
  it('should read the time someone joined', () => {
    expect(attendanceFrom('ansluter kl. 13.30')).toBe('13:30')
    expect(attendanceFrom('efter 9.15 (Helen Nordling ersätter)')).toBe('09:15')
    expect(attendanceFrom('från klockan 14:00')).toBe('14:00')
  })

  it('should not read a leaving time as a start', () => {
    expect(attendanceFrom('lämnar mötet kl. 14.00')).toBeUndefined()
  })

  it('should give nothing without a note or a valid time', () => {
    expect(attendanceFrom(undefined)).toBeUndefined()
    expect(attendanceFrom('från 25.10')).toBeUndefined()
  })
})
