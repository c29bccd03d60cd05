import { describe, expect, it } from 'vitest'

import {
  type LogRow,
  attentionCounts,
  describeDue,
  groupReminders,
  matchesFilters,
  sortByAttention,
} from './decisionLog'

const row = (id: string, overrides: Partial<LogRow>): LogRow => ({
  kind: 'assignment',
  id,
  meetingDate: '2025-11-13',
  status: 'not_started',
  due: { kind: 'none' },
  organisationIds: [],
  caseId: null,
  ...overrides,
})
const today = '2026-05-15'

describe('decision log', () => {
  const rows = [
    row('decision', { kind: 'decision', status: null }),
    row('closed', { status: 'closed' }),
    row('june', { due: { kind: 'month', month: '2026-06' } }),
    row('late-new', { status: 'overdue', due: { kind: 'date', date: '2026-05-01' } }),
    row('late-old', { status: 'overdue', due: { kind: 'meeting', meetingDate: '2025-11-13' } }),
    row('soon', {
      status: 'in_progress',
      due: { kind: 'date', date: '2026-05-20' },
      organisationIds: ['vgr'],
      caseId: 'case',
    }),
    row('nodue', {}),
    row('reported', { status: 'reported_back', due: { kind: 'date', date: '2026-05-16' } }),
  ]

  it('sorts what needs attention first: overdue (oldest first), then nearest deadline, decisions last', () => {
    expect(sortByAttention(rows, today).map((r) => r.id)).toEqual([
      'late-old',
      'late-new',
      'soon',
      'june',
      'nodue',
      'reported',
      'closed',
      'decision',
    ])
  })

  it('filters by due within 30/90 days, overdue, organisation, case, year and status', () => {
    const ids = (filters: Parameters<typeof matchesFilters>[1]) =>
      rows.filter((r) => matchesFilters(r, filters, today)).map((r) => r.id)
    expect(ids({ dueWithin: 30 })).toEqual(['soon'])
    expect(ids({ dueWithin: 90 })).toEqual(['june', 'soon'])
    expect(ids({ overdue: true })).toEqual(['late-new', 'late-old'])
    expect(ids({ organisationId: 'vgr' })).toEqual(['soon'])
    expect(ids({ caseId: 'case' })).toEqual(['soon'])
    expect(ids({ year: 2024 })).toEqual([])
    expect(ids({ year: 2025 })).toHaveLength(rows.length)
    expect(ids({ status: 'closed' })).toEqual(['closed'])
    expect(ids({ kind: 'decision' })).toEqual(['decision'])
  })

  it('counts overdue and soon-due assignments for the dashboard', () => {
    expect(attentionCounts(rows, today)).toEqual({ overdue: 2, dueSoon: 1 })
  })

  it('describes the expected report-back', () => {
    expect(describeDue({ kind: 'month', month: '2026-06' })).toBe('senast 2026-06-30 (2026-06)')
    expect(describeDue({ kind: 'meeting', meetingDate: '2025-11-13' })).toBe('vid mötet 2025-11-13')
    expect(describeDue({ kind: 'meeting', meetingDate: null }, 'next_meeting')).toBe('nästa möte')
    expect(describeDue({ kind: 'none' })).toBe('ej angivet')
  })

  it('sends each reminder to the staff member following it, or to every secretary', () => {
    const grouped = groupReminders(
      [
        { id: 'a', title: 'A', dueDay: '2026-05-14', responsibleEmail: 'anna@sro.example' },
        { id: 'b', title: 'B', dueDay: '2026-05-14', responsibleEmail: null },
      ],
      ['sekr1@sro.example', 'sekr2@sro.example'],
    )
    expect([...grouped.keys()]).toEqual(['anna@sro.example', 'sekr1@sro.example', 'sekr2@sro.example'])
    expect(grouped.get('sekr2@sro.example')?.map((a) => a.id)).toEqual(['b'])
  })
})
