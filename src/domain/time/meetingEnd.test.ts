import { describe, expect, it } from 'vitest'

import { proposedMeetingEnd } from '.'

describe('a new meeting’s proposed end', () => {
  const start = '2027-03-18T12:00:00.000Z' // 13.00 in Stockholm

  it('should propose the start plus two hours while the end is empty', () => {
    expect(proposedMeetingEnd({ startsAt: start, endsAt: null })).toBe('2027-03-18T14:00:00.000Z')
  })

  it('should follow the start while the end is still the one proposed', () => {
    const proposed = '2027-03-18T14:00:00.000Z'
    const later = '2027-03-18T13:00:00.000Z'
    expect(proposedMeetingEnd({ startsAt: later, endsAt: proposed, proposed })).toBe('2027-03-18T15:00:00.000Z')
    expect(proposedMeetingEnd({ startsAt: start, endsAt: proposed, proposed })).toBeNull()
  })

  it('should leave an end someone typed, and propose nothing without a valid start', () => {
    expect(proposedMeetingEnd({ startsAt: start, endsAt: '2027-03-18T15:30:00.000Z', proposed: null })).toBeNull()
    expect(proposedMeetingEnd({ startsAt: null, endsAt: null })).toBeNull()
    expect(proposedMeetingEnd({ startsAt: 'inte ett datum', endsAt: null })).toBeNull()
  })
})
