import { describe, expect, it } from 'vitest'

import { CELLS_2026, MEETINGS_2026, THEMES_2026 } from './fixture2026'
import { buildGrid } from './grid'
import type { WheelMeeting, WheelPlanItem, WheelTheme } from './types'

const themes: WheelTheme[] = THEMES_2026.map((theme, index) => ({ id: `t${index}`, name: theme.name, order: index + 1, colour: theme.colour }))
const meetings: WheelMeeting[] = MEETINGS_2026.flatMap((meeting) => ('date' in meeting ? [{ id: meeting.key, date: meeting.date, title: `SRO ${meeting.date}`, kind: 'ordinarie' }] : []))
const items: WheelPlanItem[] = CELLS_2026.map((cell, index) => ({
  id: `p${index}`,
  title: cell.title,
  themeId: themes.find((theme) => theme.name === cell.theme)!.id,
  meetingId: cell.meeting,
  period: null,
  status: 'planerad',
}))

describe('buildGrid', () => {
  it('gives the 2026 årshjul of the 2025-11-13 document: four meetings as columns, six themes as rows, the same cells', () => {
    const grid = buildGrid({ year: 2026, meetings, themes, items })
    expect(grid.columns.map((column) => column.label)).toEqual(['19 mars 2026', '4 juni 2026', '24 september 2026', '12 november 2026'])
    expect(grid.rows.map((row) => row.theme?.name)).toEqual(THEMES_2026.map((theme) => theme.name))
    const filled = grid.rows.map((row) => row.cells.map((cell) => (cell.length ? 'x' : '.')).join(''))
    // Read off the document's table, row by row (meeting columns only).
    expect(filled).toEqual(['xxxx', 'x.x.', 'x...', 'xxxx', 'x..x', 'xxxx'])
  })

  it('adds a month or quarter column for items planned without a meeting, in date order', () => {
    const extra: WheelPlanItem[] = [
      { id: 'trip', title: 'Studieresa', themeId: 't0', meetingId: null, period: '2026-01', status: 'planerad' },
      { id: 'q3', title: 'Remissvar', themeId: 't3', meetingId: null, period: '2026-Q3', status: 'planerad' },
      { id: 'other-year', title: 'Nästa år', themeId: 't0', meetingId: null, period: '2027-02', status: 'planerad' },
    ]
    const grid = buildGrid({ year: 2026, meetings, themes, items: [...items, ...extra] })
    expect(grid.columns.map((column) => column.label)).toEqual(['januari 2026', '19 mars 2026', '4 juni 2026', 'kvartal 3 2026', '24 september 2026', '12 november 2026'])
    expect(grid.rows[0]!.cells[0]!.map((item) => item.title)).toEqual(['Studieresa'])
    expect(grid.rows[3]!.cells[3]!.map((item) => item.title)).toEqual(['Remissvar'])
  })

  it('puts items without a theme in an "Övrigt" row and leaves out other years', () => {
    const grid = buildGrid({
      year: 2026,
      meetings: [...meetings, { id: 'old', date: '2025-11-13', title: 'SRO 2025-11-13', kind: 'ordinarie' }],
      themes,
      items: [{ id: 'x', title: 'Lösryckt', themeId: null, meetingId: '2026-06-04', period: null, status: 'planerad' }, { id: 'y', title: 'Gammal', themeId: 't0', meetingId: 'old', period: null, status: 'planerad' }],
    })
    expect(grid.columns).toHaveLength(4)
    expect(grid.rows.at(-1)?.theme?.name).toBe('Övrigt')
    expect(grid.rows.at(-1)?.cells[1]?.map((item) => item.title)).toEqual(['Lösryckt'])
  })
})
