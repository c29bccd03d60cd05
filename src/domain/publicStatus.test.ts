import { describe, expect, it } from 'vitest'

import { PUBLIC_STATUS_LABELS, publicMeetingStatus } from './publicStatus'

const published = {
  _status: 'published',
  state: 'planned',
  publication: { isNoticePublished: false, isMinutesPublished: false },
} as const

describe('publicMeetingStatus', () => {
  it('should say a meeting that was never published is not seen by the public', () => {
    expect(publicMeetingStatus({ ...published, _status: 'draft' })).toBe('unpublished')
  })

  it('should say planned for a published meeting without a published kallelse', () => {
    expect(publicMeetingStatus(published)).toBe('planned')
  })

  it('should say the kallelse is published', () => {
    expect(publicMeetingStatus({ ...published, publication: { isNoticePublished: true } })).toBe('notice')
  })

  it('should say the mötesanteckning is published', () => {
    expect(
      publicMeetingStatus({ ...published, publication: { isNoticePublished: true, isMinutesPublished: true } }),
    ).toBe('minutes')
  })

  it('should say approved when the published minutes have been approved at a later meeting or on a date', () => {
    const minutes = { isNoticePublished: true, isMinutesPublished: true }
    expect(publicMeetingStatus({ ...published, publication: minutes, approval: { approvedAtMeeting: 'm2' } })).toBe(
      'approved',
    )
    expect(
      publicMeetingStatus({ ...published, publication: minutes, approval: { approvedOn: '2026-03-19T12:00:00.000Z' } }),
    ).toBe('approved')
  })

  it('should not say approved while the minutes are unpublished', () => {
    expect(
      publicMeetingStatus({
        ...published,
        publication: { isNoticePublished: true },
        approval: { approvedOn: '2026-03-19T12:00:00.000Z' },
      }),
    ).toBe('notice')
  })

  it('should say cancelled for a published cancelled meeting, whatever its stages', () => {
    expect(publicMeetingStatus({ ...published, state: 'cancelled', publication: { isNoticePublished: true } })).toBe(
      'cancelled',
    )
  })

  it('should have a Swedish label for every status', () => {
    expect(Object.values(PUBLIC_STATUS_LABELS)).toEqual([
      'Ej publicerat',
      'Planerat',
      'Kallelse publicerad',
      'Mötesanteckning publicerad',
      'Godkänd',
      'Inställt',
    ])
  })
})
