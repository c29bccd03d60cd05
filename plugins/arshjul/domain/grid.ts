/**
 * The årshjul grid: the year's meetings (and months/quarters planned without a meeting) as columns, the themes as
 * rows, the plan items in the cells — the table that ends every SRO kallelse and mötesanteckning.
 */
import { dateLabel, parsePeriod, periodLabel, periodStart } from './periods'
import type { WheelMeeting, WheelPlanItem, WheelTheme } from './types'

export type GridColumn = { key: string; label: string; sortKey: string; meeting: WheelMeeting | null }
export type GridRow = { theme: WheelTheme | null; cells: WheelPlanItem[][] }
export type Grid = { year: number; columns: GridColumn[]; rows: GridRow[] }

const NO_THEME: WheelTheme = { id: '', name: 'Övrigt', order: Number.MAX_SAFE_INTEGER, colour: '#595959' }

export function buildGrid({
  year,
  meetings,
  themes,
  items,
}: {
  year: number
  meetings: WheelMeeting[]
  themes: WheelTheme[]
  items: WheelPlanItem[]
}): Grid {
  const columns = new Map<string, GridColumn>()
  for (const meeting of meetings) {
    if (!meeting.date.startsWith(`${year}-`)) continue
    columns.set(`meeting:${meeting.id}`, {
      key: `meeting:${meeting.id}`,
      label: dateLabel(meeting.date),
      sortKey: `${meeting.date}#1`,
      meeting,
    })
  }
  const columnOf = (item: WheelPlanItem): string | null => {
    if (item.meetingId) return columns.has(`meeting:${item.meetingId}`) ? `meeting:${item.meetingId}` : null
    const period = parsePeriod(item.period)
    if (!period || period.year !== year) return null
    const key = `period:${item.period}`
    if (!columns.has(key))
      columns.set(key, { key, label: periodLabel(period), sortKey: `${periodStart(period)}#0`, meeting: null })
    return key
  }
  const placed = items
    .map((item) => ({ item, column: columnOf(item) }))
    .filter((entry): entry is { item: WheelPlanItem; column: string } => entry.column !== null)
  const ordered = [...columns.values()].sort((a, b) => a.sortKey.localeCompare(b.sortKey))
  const index = new Map(ordered.map((column, position) => [column.key, position]))

  const themeRows = [...themes].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'sv'))
  const rows: GridRow[] = themeRows.map((theme) => ({ theme, cells: ordered.map(() => []) }))
  const rowOf = new Map(themeRows.map((theme, position) => [theme.id, position]))
  let other: GridRow | null = null
  for (const { item, column } of placed) {
    let row = item.themeId !== null ? rows[rowOf.get(item.themeId) ?? -1] : undefined
    if (!row) {
      other ??= { theme: NO_THEME, cells: ordered.map(() => []) }
      row = other
    }
    row.cells[index.get(column)!]!.push(item)
  }
  if (other) rows.push(other)
  return { year, columns: ordered, rows }
}
