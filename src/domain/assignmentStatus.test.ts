import { describe, expect, it } from 'vitest'

import { type AssignmentDue, deriveAssignmentStatus, dueDateOf } from './assignmentStatus'

const base = { status: 'open' as const, hasProgress: false, isReportedBack: false }
const june2026: AssignmentDue = { kind: 'month', month: '2026-06' }

describe('deriveAssignmentStatus', () => {
  it('is not started before the due month ends, and overdue the day after', () => {
    expect(deriveAssignmentStatus({ ...base, due: june2026, today: new Date('2026-06-30T20:00:00Z') })).toBe(
      'not_started',
    )
    // 22.30 UTC on 30 June is already 1 July in Stockholm.
    expect(deriveAssignmentStatus({ ...base, due: june2026, today: new Date('2026-06-30T22:30:00Z') })).toBe('overdue')
  })

  it('is ongoing with progress notes or the in-progress status', () => {
    expect(deriveAssignmentStatus({ ...base, hasProgress: true, due: june2026, today: new Date('2026-01-10') })).toBe(
      'in_progress',
    )
    expect(
      deriveAssignmentStatus({ ...base, status: 'in_progress', due: { kind: 'none' }, today: new Date('2030-01-10') }),
    ).toBe('in_progress')
  })

  it('uses the date of the meeting it is due at (digitalisation forum, SRO 2025-11-13)', () => {
    const due: AssignmentDue = { kind: 'meeting', meetingDate: '2025-11-13' }
    expect(deriveAssignmentStatus({ ...base, due, today: new Date('2025-11-13T12:00:00Z') })).toBe('not_started')
    expect(deriveAssignmentStatus({ ...base, due, today: new Date('2025-11-14T12:00:00Z') })).toBe('overdue')
    expect(
      deriveAssignmentStatus({ ...base, due, isReportedBack: true, today: new Date('2025-11-14T12:00:00Z') }),
    ).toBe('reported_back')
  })

  it('lets closed win over everything', () => {
    expect(
      deriveAssignmentStatus({
        ...base,
        status: 'closed',
        isReportedBack: true,
        due: june2026,
        today: new Date('2027-01-01'),
      }),
    ).toBe('closed')
  })

  it('computes due days', () => {
    expect(dueDateOf({ kind: 'month', month: '2024-02' })).toBe('2024-02-29')
    expect(dueDateOf({ kind: 'month', month: 'juni' })).toBeNull()
    expect(dueDateOf({ kind: 'date', date: '2026-03-01T12:00:00.000Z' })).toBe('2026-03-01')
    expect(dueDateOf({ kind: 'meeting', meetingDate: null })).toBeNull()
    expect(dueDateOf({ kind: 'none' })).toBeNull()
  })
})
