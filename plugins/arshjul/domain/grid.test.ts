import { describe, expect, it } from 'vitest'

import { buildGrid } from './grid'
import type { WheelMeeting, WheelPlanItem, WheelTheme } from './types'

// A small plan of its own: four meetings, four themes, one item on each meeting.
const themes: WheelTheme[] = ['Tema A', 'Tema B', 'Tema C', 'Tema D'].map((name, index) => ({
  id: `t${index}`,
  name,
  order: index + 1,
  colour: '#1f5f8b',
}))
const meetings: WheelMeeting[] = ['2026-03-19', '2026-06-04', '2026-09-24', '2026-11-12'].map((date) => ({
  id: date,
  date,
  title: `Möte ${date}`,
  kind: 'ordinarie',
}))
const items: WheelPlanItem[] = meetings.map((meeting, index) => ({
  id: `p${index}`,
  title: `Punkt ${index}`,
  themeId: 't0',
  meetingId: meeting.id,
  period: null,
  status: 'planerad',
}))

describe('buildGrid', () => {
  it('adds a month or quarter column for items planned without a meeting, in date order', () => {
    const extra: WheelPlanItem[] = [
      { id: 'trip', title: 'Studieresa', themeId: 't0', meetingId: null, period: '2026-01', status: 'planerad' },
      { id: 'q3', title: 'Remissvar', themeId: 't3', meetingId: null, period: '2026-Q3', status: 'planerad' },
      { id: 'other-year', title: 'Nästa år', themeId: 't0', meetingId: null, period: '2027-02', status: 'planerad' },
    ]
    const grid = buildGrid({ year: 2026, meetings, themes, items: [...items, ...extra] })
    expect(grid.columns.map((column) => column.label)).toEqual([
      'januari 2026',
      '19 mars 2026',
      '4 juni 2026',
      'kvartal 3 2026',
      '24 september 2026',
      '12 november 2026',
    ])
    expect(grid.rows[0]!.cells[0]!.map((item) => item.title)).toEqual(['Studieresa'])
    expect(grid.rows[3]!.cells[3]!.map((item) => item.title)).toEqual(['Remissvar'])
  })

  it('puts items without a theme in an "Övrigt" row and leaves out other years', () => {
    const grid = buildGrid({
      year: 2026,
      meetings: [...meetings, { id: 'old', date: '2025-11-13', title: 'SRO 2025-11-13', kind: 'ordinarie' }],
      themes,
      items: [
        { id: 'x', title: 'Lösryckt', themeId: null, meetingId: '2026-06-04', period: null, status: 'planerad' },
        { id: 'y', title: 'Gammal', themeId: 't0', meetingId: 'old', period: null, status: 'planerad' },
      ],
    })
    expect(grid.columns).toHaveLength(4)
    expect(grid.rows.at(-1)?.theme?.name).toBe('Övrigt')
    expect(grid.rows.at(-1)?.cells[1]?.map((item) => item.title)).toEqual(['Lösryckt'])
  })
})
