import { describe, expect, it } from 'vitest'

import { assignmentDueOf, canCarryReportBack, chooseReportBackMeeting, reportBackWindow } from './reportBack'

const today = '2025-09-01'
const meetings = [
  { id: 'nov', date: '2025-11-13', isPlanned: true },
  { id: 'mar', date: '2026-03-19', isPlanned: true },
  { id: 'jun', date: '2026-06-04', isPlanned: true },
  { id: 'sep', date: '2026-09-10', isPlanned: true },
]

describe('the meeting a report-back is proposed for', () => {
  it('takes the meeting on the due day itself (digitalisation forum, due at SRO 2025-11-13)', () => {
    const window = reportBackWindow({ due: { kind: 'meeting', meetingDate: '2025-11-13' }, givenAt: '2025-08-21' })
    expect(chooseReportBackMeeting(window, meetings, today)?.id).toBe('nov')
  })

  it('takes the first meeting after a date, skipping cancelled and held ones', () => {
    const window = reportBackWindow({ due: { kind: 'date', date: '2026-03-01T00:00:00.000Z' }, givenAt: '2025-11-13' })
    expect(chooseReportBackMeeting(window, meetings, today)?.id).toBe('mar')
    expect(
      chooseReportBackMeeting(
        window,
        meetings.map((m) => (m.id === 'mar' ? { ...m, isPlanned: false } : m)),
        today,
      )?.id,
    ).toBe('jun')
  })

  it('takes the last meeting within a month (god och nära vård, senast i juni 2026), else the next one', () => {
    const window = reportBackWindow({ due: { kind: 'month', month: '2026-06' }, givenAt: '2025-11-13' })
    expect(window).toEqual({ kind: 'within', from: '2026-06-01', to: '2026-06-30' })
    expect(chooseReportBackMeeting(window, meetings, today)?.id).toBe('jun')
    expect(
      chooseReportBackMeeting(
        window,
        meetings.filter((m) => m.id !== 'jun'),
        today,
      )?.id,
    ).toBe('sep')
  })

  it('takes the next meeting after the one that gave the assignment for "till nästa möte"', () => {
    const window = reportBackWindow({ due: { kind: 'next_meeting' }, givenAt: '2025-11-13' })
    expect(chooseReportBackMeeting(window, meetings, today)?.id).toBe('mar')
  })

  it('never proposes on a meeting that has already taken place', () => {
    const window = reportBackWindow({ due: { kind: 'meeting', meetingDate: '2025-11-13' }, givenAt: '2025-08-21' })
    expect(chooseReportBackMeeting(window, meetings, '2025-11-14')?.id).toBe('mar')
    expect(chooseReportBackMeeting(window, meetings, '2026-12-01')).toBeNull()
  })

  it('proposes nothing without a deadline or a planned meeting', () => {
    expect(
      chooseReportBackMeeting(reportBackWindow({ due: { kind: 'none' }, givenAt: '2025-11-13' }), meetings, today),
    ).toBeNull()
    expect(
      chooseReportBackMeeting(
        reportBackWindow({ due: { kind: 'date', date: '2027-01-01' }, givenAt: '2025-11-13' }),
        meetings,
        today,
      ),
    ).toBeNull()
    expect(reportBackWindow({ due: { kind: 'next_meeting' }, givenAt: null })).toBeNull()
    expect(reportBackWindow({ due: { kind: 'month', month: 'juni' }, givenAt: null })).toBeNull()
  })

  it('reads "nästa möte" as a meeting deadline for the status', () => {
    expect(assignmentDueOf({ kind: 'next_meeting', meetingDate: '2026-03-19' })).toEqual({
      kind: 'meeting',
      meetingDate: '2026-03-19',
    })
    expect(assignmentDueOf({ kind: 'next_meeting' })).toEqual({ kind: 'meeting', meetingDate: null })
    expect(assignmentDueOf(null)).toEqual({ kind: 'none' })
  })
})

describe('canCarryReportBack', () => {
  const today = '2026-11-23'
  it('is true for a planned meeting from today on', () => {
    expect(canCarryReportBack({ state: 'planned', date: '2026-11-23' }, today)).toBe(true)
    expect(canCarryReportBack({ state: 'planned', date: '2027-03-18' }, today)).toBe(true)
  })
  it('is false for past, held, cancelled, trashed or missing meetings', () => {
    expect(canCarryReportBack({ state: 'planned', date: '2026-11-22' }, today)).toBe(false)
    expect(canCarryReportBack({ state: 'held', date: '2027-03-18' }, today)).toBe(false)
    expect(canCarryReportBack({ state: 'cancelled', date: '2027-03-18' }, today)).toBe(false)
    expect(
      canCarryReportBack({ state: 'planned', date: '2027-03-18', deletedAt: '2026-11-01T00:00:00.000Z' }, today),
    ).toBe(false)
    expect(canCarryReportBack({ state: 'planned', date: null }, today)).toBe(false)
    expect(canCarryReportBack(null, today)).toBe(false)
  })
})
