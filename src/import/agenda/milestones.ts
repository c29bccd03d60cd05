import type { Milestone } from '../schema'
import { dateOnOrAfter, findDate, findMonthYear, withoutWeekdays } from '../text'
import type { LineStep } from './state'

// A time plan inside an item ("Tidsplan" then "Remisstid: till 28 februari 2026" …), read into milestones.

const HEADING = /^(?:tidsplan|tidplan|tidslinje|viktiga datum|preliminär tidsplan)\s*:?$/iu

/** A line of a time plan, with the meeting day (for yearless dates) and the item it stands under. */
export type MilestoneLine = { text: string; line: number; meetingDate: string; itemNumber: string | null }

/** "Remisstid: till 28 februari 2026" → a milestone; null when the value holds no date or month. */
export function parseMilestone({ text, line, meetingDate, itemNumber }: MilestoneLine): Milestone | null {
  const match = /^([^:]{2,80}):\s*(.+)$/u.exec(text)
  if (!match) return null
  const value = (match[2] ?? '').trim()
  const found = findDate(withoutWeekdays(value))
  if (!found && !findMonthYear(value)) return null
  return {
    label: (match[1] ?? '').trim(),
    date: found ? dateOnOrAfter(found, meetingDate) : null,
    dateText: value,
    itemNumber,
    line,
  }
}

/** The milestone a line would be, under the current item. */
export function milestoneOf({ line, state }: LineStep): Milestone | null {
  return parseMilestone({
    text: line.text,
    line: line.line,
    meetingDate: state.meetingDate,
    itemNumber: state.main?.item.number ?? null,
  })
}

/** "Tidsplan": the lines after it are milestones; the heading waits, as a table after it takes it for its title. */
export function startMilestones({ line, state }: LineStep): boolean {
  if (!HEADING.test(line.text)) return false
  state.mode = { kind: 'milestones' }
  state.pending = { text: line.text, line: line.line, bullet: line.bullet, purpose: 'milestones' }
  return true
}

/** A line while a time plan is open: a milestone is taken, anything else ends the plan. */
export function milestonesLine(step: LineStep): boolean {
  const milestone = milestoneOf(step)
  if (milestone) {
    step.state.milestones.push(milestone)
    return true
  }
  step.state.mode = { kind: 'body' }
  return false
}
