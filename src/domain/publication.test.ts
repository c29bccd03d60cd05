import { describe, expect, it } from 'vitest'

import {
  MINUTES_BEFORE_NOTICE_ERROR,
  MINUTES_BEFORE_START_ERROR,
  stampPublication,
  validateMinutesAfterStart,
  validateStages,
} from './publication'

const now = new Date('2025-11-20T10:00:00Z')

describe('publication stages', () => {
  it('refuses minutes before the notice', () => {
    expect(validateStages({ isNoticePublished: false, isMinutesPublished: true })).toBe(MINUTES_BEFORE_NOTICE_ERROR)
    expect(validateStages({ isNoticePublished: true, isMinutesPublished: true })).toBe(true)
    expect(validateStages({ isNoticePublished: false, isMinutesPublished: false })).toBe(true)
  })

  it('stamps each stage when first published and keeps the date', () => {
    const first = stampPublication({ previous: null, next: { isNoticePublished: true }, now })
    expect(first).toEqual({ noticePublishedAt: now.toISOString(), minutesPublishedAt: null })
    const later = stampPublication({
      previous: first,
      next: { isNoticePublished: true, isMinutesPublished: true },
      now: new Date('2025-12-01T10:00:00Z'),
    })
    expect(later).toEqual({ noticePublishedAt: now.toISOString(), minutesPublishedAt: '2025-12-01T10:00:00.000Z' })
  })

  it('clears the date when a stage is withdrawn and keeps explicit dates', () => {
    expect(
      stampPublication({ previous: { noticePublishedAt: now.toISOString() }, next: { isNoticePublished: false }, now })
        .noticePublishedAt,
    ).toBeNull()
    expect(
      stampPublication({ next: { isNoticePublished: true, noticePublishedAt: '2025-11-06T08:00:00.000Z' }, now })
        .noticePublishedAt,
    ).toBe('2025-11-06T08:00:00.000Z')
  })
})

describe('validateMinutesAfterStart', () => {
  const now = new Date('2026-11-30T12:00:00.000Z')

  it('should refuse minutes for a meeting that has not started', () => {
    expect(validateMinutesAfterStart({ isMinutesPublished: true, startsAt: '2027-03-18T12:00:00.000Z', now })).toBe(
      MINUTES_BEFORE_START_ERROR,
    )
  })

  it('should accept minutes once the meeting has started', () => {
    expect(validateMinutesAfterStart({ isMinutesPublished: true, startsAt: '2026-11-30T11:59:00.000Z', now })).toBe(
      true,
    )
  })

  it('should accept an unpublished stage for a coming meeting', () => {
    expect(validateMinutesAfterStart({ isMinutesPublished: false, startsAt: '2027-03-18T12:00:00.000Z', now })).toBe(
      true,
    )
  })
})
