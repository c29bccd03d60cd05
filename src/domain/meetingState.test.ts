import { describe, expect, it } from 'vitest'

import { displayedMeetingState } from './meetingState'

const now = new Date('2026-11-30T12:00:00.000Z')

describe('displayedMeetingState', () => {
  it('should not show a past meeting as planned', () => {
    expect(displayedMeetingState({ state: 'planned', startsAt: '2025-08-21T11:30:00.000Z', now })).toBe('passed')
  })

  it('should show a coming meeting as planned', () => {
    expect(displayedMeetingState({ state: 'planned', startsAt: '2027-03-18T12:00:00.000Z', now })).toBe('planned')
  })

  it('should keep held and cancelled as staff set them', () => {
    expect(displayedMeetingState({ state: 'held', startsAt: '2025-11-13T12:00:00.000Z', now })).toBe('held')
    expect(displayedMeetingState({ state: 'cancelled', startsAt: '2023-09-11T12:00:00.000Z', now })).toBe('cancelled')
  })
})
