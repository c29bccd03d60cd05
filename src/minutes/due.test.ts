import { describe, expect, it } from 'vitest'

import { describeDue, resolveDue } from './due'

const plannedMeetings = [
  { id: 'm-mars', date: '2027-03-18' },
  { id: 'm-juni', date: '2027-06-10' },
]
const resolve = (text: string) => resolveDue({ text, meetingDate: '2026-11-12', plannedMeetings })

describe('resolveDue', () => {
  it('should point "till mötet i juni 2027" at the meeting planned that month', () => {
    expect(resolve('till mötet i juni 2027')).toEqual({ kind: 'meeting', meetingId: 'm-juni', date: '2027-06-10' })
    expect(describeDue(resolve('till mötet i juni 2027'))).toBe('Mötet 2027-06-10')
  })

  it('should keep the month when no meeting is planned then, or the phrase names no meeting', () => {
    expect(resolve('till mötet i maj 2027')).toEqual({ kind: 'month', month: '2027-05' })
    expect(resolve('senast i juni 2027')).toEqual({ kind: 'month', month: '2027-06' })
    expect(describeDue(resolve('senast i juni 2027'))).toBe('Senast juni 2027')
  })

  it('should read days, named meetings, the next meeting and seasons', () => {
    expect(resolve('senast 2027-02-01')).toEqual({ kind: 'date', date: '2027-02-01' })
    expect(resolve('till SRO 2027-03-18')).toEqual({ kind: 'meeting', meetingId: 'm-mars', date: '2027-03-18' })
    expect(resolve('till SRO 2027-04-01')).toEqual({ kind: 'meeting', meetingId: null, date: '2027-04-01' })
    expect(resolve('till nästa möte')).toEqual({ kind: 'next_meeting', meetingId: 'm-mars', date: '2027-03-18' })
    expect(resolve('under hösten 2027')).toEqual({ kind: 'month', month: '2027-12' })
  })

  it('should say when a phrase cannot be read, and nothing for an empty one', () => {
    expect(resolve('när det passar')).toEqual({ kind: 'none', flagged: true })
    expect(describeDue(resolve('när det passar'))).toMatch(/^Kunde inte tolkas/)
    expect(resolve('  ')).toEqual({ kind: 'none', flagged: false })
    expect(describeDue(resolve(''))).toBe('Ingen tidsgräns')
  })
})
