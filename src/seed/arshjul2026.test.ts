/** The 2026 årshjul the seed enters, read off the 2025-11-13 document, gives the document's table in the plugin's grid. */
import { describe, expect, it } from 'vitest'

import { buildGrid } from '../../plugins/arshjul/exports'
import type { WheelMeeting, WheelPlanItem, WheelTheme } from '../../plugins/arshjul/exports'
import { CELLS_2026, MEETINGS_2026, THEMES_2026 } from './arshjul2026'

const themes: WheelTheme[] = THEMES_2026.map((theme, index) => ({
  id: `t${index}`,
  name: theme.name,
  order: index + 1,
  colour: theme.colour,
}))
const meetings: WheelMeeting[] = MEETINGS_2026.flatMap((meeting) =>
  'date' in meeting ? [{ id: meeting.key, date: meeting.date, title: `SRO ${meeting.date}`, kind: 'ordinarie' }] : [],
)
const items: WheelPlanItem[] = CELLS_2026.map((cell, index) => ({
  id: `p${index}`,
  title: cell.title,
  themeId: themes.find((theme) => theme.name === cell.theme)?.id ?? null,
  meetingId: cell.meeting,
  period: null,
  status: 'planerad',
}))

describe('the 2026 årshjul in the seed', () => {
  it('gives the 2026 årshjul of the 2025-11-13 document: four meetings as columns, six themes as rows, the same cells', () => {
    const grid = buildGrid({ year: 2026, meetings, themes, items })
    expect(grid.columns.map((column) => column.label)).toEqual([
      '19 mars 2026',
      '4 juni 2026',
      '24 september 2026',
      '12 november 2026',
    ])
    expect(grid.rows.map((row) => row.theme?.name)).toEqual(THEMES_2026.map((theme) => theme.name))
    const filled = grid.rows.map((row) => row.cells.map((cell) => (cell.length ? 'x' : '.')).join(''))
    // Read off the document's table, row by row (meeting columns only).
    expect(filled).toEqual(['xxxx', 'x.x.', 'x...', 'xxxx', 'x..x', 'xxxx'])
  })
})
