import { describe, expect, it } from 'vitest'

import { isMeetingSlug, meetingSlug } from './meetingSlug'

describe('meetingSlug', () => {
  it('uses the Stockholm date', () => {
    expect(meetingSlug({ startsAt: '2025-11-13T12:00:00Z', takenSlugs: [] })).toBe('2025-11-13')
    expect(meetingSlug({ startsAt: '2025-11-12T23:30:00Z', takenSlugs: [] })).toBe('2025-11-13')
  })

  it('adds a suffix when the date is taken', () => {
    expect(meetingSlug({ startsAt: '2025-11-13T12:00:00Z', takenSlugs: ['2025-11-13'] })).toBe('2025-11-13-2')
    expect(
      meetingSlug({ startsAt: '2025-11-13T12:00:00Z', takenSlugs: ['2025-11-13', '2025-11-13-2', '2025-11-13-10'] }),
    ).toBe('2025-11-13-3')
  })

  it('recognises meeting slugs', () => {
    expect(isMeetingSlug('2025-11-13')).toBe(true)
    expect(isMeetingSlug('2025-11-13-2')).toBe(true)
    expect(isMeetingSlug('2025-11-13-1')).toBe(false)
    expect(isMeetingSlug('om-sro')).toBe(false)
  })
})
