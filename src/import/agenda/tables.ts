import { buildYearPlan, isYearPlanHeader } from '../tables'
import { withoutTrailingColon } from '../text'
import type { LineStep, State } from './state'

// Tables in the agenda: the årshjul grid becomes the meeting's year plan, any other table stays with its item.

const YEAR_PLAN_HEADING = /^årshjul(?![\p{L}])[^.!?]{0,80}$/iu

/** "Årshjul 2026" waits for the table under it, which takes it for its title. */
export function startYearPlan({ line, state }: LineStep): boolean {
  if (!YEAR_PLAN_HEADING.test(line.text)) return false
  state.pending = { text: line.text, line: line.line, bullet: line.bullet, purpose: 'yearPlan' }
  return true
}

/** Ends the table gathered so far: the first årshjul grid is the year plan, others go to the current item. */
export function flushTable(state: State): void {
  const lines = state.table
  if (!lines.length) return
  state.table = []
  const rows = lines.map((line) => line.cells ?? [line.text])
  const first = lines[0]
  const line = first?.line ?? 1
  const pending = state.pending
  const title = pending ? withoutTrailingColon(pending.text) : null
  state.pending = null
  if (!state.yearPlan && isYearPlanHeader(rows[0] ?? [])) {
    state.yearPlan = buildYearPlan(rows, { title, itemNumber: state.main?.item.number ?? null, line })
    return
  }
  if (state.current) {
    state.current.item.tables.push({ title, rows, line })
    return
  }
  for (const row of lines) state.ctx.keep(row.line, row.text, 'Tabellen står före första punkten på dagordningen.')
}
