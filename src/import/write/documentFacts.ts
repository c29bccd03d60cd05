/**
 * Facts the parser lifts out of an item's text into structure (a year plan table, a Tidsplan, a list of meeting
 * dates) are written back into that item's text as well, so the meeting page keeps saying what the document said
 * where it said it. The structure itself becomes plan items and planned meetings (./yearPlan, ./plannedMeetings).
 */
import { swedishMonthName } from '@/domain/time'
import type { ParsedAgendaItem, ParsedMeeting } from '../schema'
import type { ItemTextPart } from './itemTexts'

type ParsedTable = Pick<ParsedAgendaItem['tables'][number], 'title' | 'rows'>

/** "2024-01-18" -> "18 januari 2024". */
export function swedishDateText(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${day} ${swedishMonthName(month!)} ${year}`
}

/** The item a line of the document belongs to: the last item that starts at or before it. */
export function itemAtLine<T extends { line: number }>(items: readonly T[], line: number): T | null {
  let found: T | null = null
  for (const item of items) if (item.line <= line && (!found || item.line >= found.line)) found = item
  return found
}

/** The year plan as the document printed it: a table with its title, the meetings as the header row, then the cells. */
export function yearPlanTable(plan: NonNullable<ParsedMeeting['yearPlan']>): { table: ParsedTable } {
  return { table: { title: plan.title, rows: [plan.columns, ...plan.rows.map((row) => row.cells)] } }
}

/** "Tidsplan:" and one line per milestone ("- Remisstid: till 28 februari 2026"). */
export function milestonesText(milestones: ParsedMeeting['milestones']): string | null {
  if (milestones.length === 0) return null
  return ['Tidsplan:', ...milestones.map((milestone) => `- ${milestone.label}: ${milestone.dateText}`)].join('\n')
}

/** Meeting dates grouped under the line that introduced them ("SRO-möte …, kl. 13-15.30", "- 19 mars 2026"). */
export function upcomingMeetingsText(meetings: ParsedMeeting['upcomingMeetings']): string | null {
  if (meetings.length === 0) return null
  const years = [...new Set(meetings.map((meeting) => meeting.date.slice(0, 4)))].join(', ')
  const groups = new Map<string, string[]>()
  for (const meeting of meetings) {
    const dates = groups.get(meeting.note ?? '') ?? []
    dates.push(`- ${swedishDateText(meeting.date)}`)
    groups.set(meeting.note ?? '', dates)
  }
  return [
    `Mötestider ${years}:`,
    ...[...groups].map(([note, dates]) => [note, ...dates].filter(Boolean).join('\n')),
  ].join('\n\n')
}

/** The texts (and the table) of the structured facts that belong to `item`, to append to its text. */
export function itemFactTexts(parsed: ParsedMeeting, item: ParsedAgendaItem): ItemTextPart[] {
  const isItem = (number: string | null) => Boolean(number) && !item.parent && item.number === number
  const upcoming = parsed.upcomingMeetings.filter((meeting) => itemAtLine(parsed.agendaItems, meeting.line) === item)
  return [
    milestonesText(parsed.milestones.filter((milestone) => isItem(milestone.itemNumber))),
    upcomingMeetingsText(upcoming),
    parsed.yearPlan && isItem(parsed.yearPlan.itemNumber) ? yearPlanTable(parsed.yearPlan) : null,
  ].filter(Boolean)
}
