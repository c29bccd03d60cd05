import {
  dateOnOrAfter,
  findDates,
  findTimeRange,
  type FoundDate,
  MONTH_PATTERN,
  trimTrailing,
  withoutTrailingColon,
  withoutWeekdays,
} from '../text'
import { addNote } from './notes'
import type { LineStep, MeetingDatesLabel, MeetingDatesMode, State } from './state'

// Lists of the next meetings' dates ("Mötesdatum för SRO år 2024", "Mötestider 2026:"), read into upcoming meetings.

const HEADING =
  /^(?:mötestider|mötesdatum|mötesdagar|mötesplan|sammanträdesdagar|sammanträdestider|sro-möten|möten)(?![\p{L}])[^:.!?]{0,80}:?$/iu
const DATE_FIRST = new RegExp(
  `^(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTH_PATTERN})\\.?(?:\\s+\\d{4})?)(?![\\p{L}\\d])`,
  'iu',
)

function yearIn(text: string): number | null {
  const match = /(?<!\d)(\d{4})(?!\d)/u.exec(text)
  return match ? Number(match[1]) : null
}

/** An item whose title is such a list ("11. Mötesdatum för SRO år 2024") reads its body as dates. */
export function meetingDatesModeForTitle(title: string): MeetingDatesMode | null {
  if (!HEADING.test(title) && !/^mötesdatum|^mötestider|^sammanträdesdagar/iu.test(title)) return null
  return { kind: 'meetingDates', year: yearIn(title), heading: null, found: 0, label: null }
}

/** A heading line inside an item ("Mötestider 2026:") opens a list of dates. Returns true when it did. */
export function startMeetingDates({ line, state }: LineStep): boolean {
  const text = line.text
  if (!HEADING.test(text) || /[.!?]$/u.test(text)) return false
  state.mode = {
    kind: 'meetingDates',
    year: yearIn(text),
    heading: { text, bullet: line.bullet },
    found: 0,
    label: null,
  }
  return true
}

/** A line of a list of meeting dates: "19 mars", "24 sep", "2026-03-19 (digitalt)", "19 mars, 4 juni". */
export function meetingDatesIn(text: string): { dates: FoundDate[]; note: string | null } | null {
  const value = withoutWeekdays(text).trim()
  if (!DATE_FIRST.test(value)) return null
  const dates = findDates(value)
  if (!dates.length) return null
  let rest = value
  for (const date of dates) rest = rest.replace(date.text, '')
  const note = trimTrailing(rest.replace(/^[\s,;(–-]+/u, ''), ' \t,;)')
  const meaningful = note.replace(/\b(?:och|samt)\b/gu, '').replace(/[\s,;]+/gu, '')
  return { dates, note: meaningful ? note : null }
}

/** "Presidieavstämning kl. 8–9:" over the dates it applies to: their kind and clock times. */
export function meetingDatesLabel(text: string): MeetingDatesLabel | null {
  if (text.length > 160) return null
  const range = findTimeRange(text)
  if (!range && !text.endsWith(':')) return null
  if (!range && !/möte|avstämning|presidi|sammanträd|\bSRO\b/iu.test(text)) return null
  const kind = /avstämning|presidiemöte|presidiet\b/iu.test(text) ? 'presidieavstamning' : 'ordinarie'
  return { text: withoutTrailingColon(text), kind, start: range?.start ?? null, end: range?.end ?? null }
}

/** A line while a list of dates is open: dates or a label are taken, anything else ends the list. */
export function meetingDatesLine({ line, state, mode }: LineStep & { mode: MeetingDatesMode }): boolean {
  const text = line.text
  const found = meetingDatesIn(text)
  if (found) {
    for (const date of found.dates) addUpcoming({ found: date, note: found.note, line: line.line, text, state, mode })
    return true
  }
  const label = meetingDatesLabel(text)
  if (label) {
    mode.label = label
    return true
  }
  leaveMeetingDates(state)
  return false
}

type UpcomingDate = {
  found: FoundDate
  note: string | null
  line: number
  text: string
  state: State
  mode: MeetingDatesMode
}

function addUpcoming({ found, note, line, text, state, mode }: UpcomingDate): void {
  // A year from the heading ("Mötestider 2026"), else the first such day after the meeting.
  const date = dateOnOrAfter({ ...found, year: found.year ?? mode.year }, state.meetingDate)
  if (!date) {
    state.ctx.keep(line, text, 'Kunde inte läsa mötesdatumet.')
    return
  }
  const notes = [mode.label?.text, note].filter((part): part is string => Boolean(part))
  state.upcoming.push({
    date,
    kind: mode.label?.kind ?? 'ordinarie',
    ...(notes.length ? { note: notes.join('; ') } : {}),
    start: mode.label?.start ?? null,
    end: mode.label?.end ?? null,
    line,
  })
  mode.found += 1
}

/** Ends a list of meeting dates; a heading that got no dates goes back to the notes. */
export function leaveMeetingDates(state: State): void {
  const mode = state.mode
  if (mode.kind === 'meetingDates' && mode.found === 0 && mode.heading && state.current) {
    addNote({ draft: state.current, text: mode.heading.text, bullet: mode.heading.bullet })
  }
  state.mode = { kind: 'body' }
}
