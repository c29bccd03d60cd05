import { addClockMinutes, clockMinutesBetween } from '../domain/time'
import type { Context } from './context'
import { attendanceLabel, isPersonName, parseAttendanceSentence, parsePersonList } from './people'
import type {
  DialogueKind,
  Handling,
  Milestone,
  ParsedAgendaItem,
  Signatory,
  UpcomingMeeting,
  YearPlan,
} from './schema'
import { decisionKind } from './assignments'
import { buildYearPlan, isYearPlanHeader } from './tables'
import {
  dateOnOrAfter,
  extractLinks,
  findDate,
  findDates,
  findMonthYear,
  findTimeRange,
  type FoundDate,
  MONTH_PATTERN,
  parseDuration,
  questionSentences,
  trimTrailing,
  withoutTrailingColon,
  withoutWeekdays,
  type TextLine,
} from './text'

export interface AgendaResult {
  items: ParsedAgendaItem[]
  milestones: Milestone[]
  yearPlan: YearPlan | null
  upcomingMeetings: UpcomingMeeting[]
  signatories: Signatory[]
}

/** An item being read, with what is needed until it is finished. */
interface Draft {
  item: ParsedAgendaItem
  notes: string[]
  lastWasBullet: boolean
  /** Open while only title, handling, time, presenters, documents and topics have been seen. */
  headOpen: boolean
  /** The last number of a numbered list in the notes, so "5." after "4." is not taken for item 5. */
  listNumber: number | null
  decisionSource: 'taken' | 'proposed' | null
  /** A position that ended with ":" or "att" and waits for its numbered points. */
  positionIntro: { text: string; line: number } | null
  lastSubLetter: string | null
}

type Mode =
  | { kind: 'body' }
  | { kind: 'positionText'; source: 'taken' | 'proposed' }
  | { kind: 'positionList' }
  | { kind: 'dialogue'; dialogueKind: DialogueKind }
  | { kind: 'milestones' }
  | { kind: 'schedule'; year: number | null; heading: { text: string; bullet: boolean } | null; found: number; label: ScheduleLabel | null }

interface ScheduleLabel {
  text: string
  kind: UpcomingMeeting['kind']
  start: string | null
  end: string | null
}

interface Pending {
  text: string
  line: number
  bullet: boolean
  purpose: 'yearPlan' | 'milestones'
}

interface State {
  ctx: Context
  meetingDate: string
  drafts: Draft[]
  main: Draft | null
  current: Draft | null
  lastMainNumber: number
  mode: Mode
  pending: Pending | null
  table: TextLine[]
  milestones: Milestone[]
  yearPlan: YearPlan | null
  upcoming: UpcomingMeeting[]
  signatureLines: TextLine[] | null
}

const NUMBERED = /^(?:§\s*)?(\d{1,2})\s*[.)]\s*(?=\D)(\S.*)$/u
const PARAGRAPH_SIGN = /^§\s*(\d{1,2})\s+(\S.*)$/u
const SUB_ITEM = /^([a-h])\)\s*(.*)$/u
const POSITION = /^(förslag till ställningstagande|förslag till beslut|ställningstagande|beslut)\s*:\s*(.*)$/iu
const PRESENTERS = /^(?:föredragande|föredragare|presentatörer?|medverkande|ansvarig(?:a)?)\s*:\s*(.*)$/iu
const DIALOGUE_HEADING = /^(dialog|inspel|diskussion|synpunkter|frågor och svar|frågor)\s*:?$/iu
const MILESTONE_HEADING = /^(?:tidsplan|tidplan|tidslinje|viktiga datum|preliminär tidsplan)\s*:?$/iu
const SCHEDULE_HEADING = /^(?:mötestider|mötesdatum|mötesdagar|mötesplan|sammanträdesdagar|sammanträdestider|sro-möten|möten)(?![\p{L}])[^:.!?]{0,80}:?$/iu
const YEAR_PLAN_HEADING = /^årshjul(?![\p{L}])[^.!?]{0,80}$/iu
const PAUSE = /^paus(?![\p{L}])[\s:,–-]*(.*)$/iu
const WELCOME = /^(?:varmt |hjärtligt )?(?:välkommen|välkomna)!?$/iu
const SCHEDULE_DATE = new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTH_PATTERN})\\.?(?:\\s+\\d{4})?)(?![\\p{L}\\d])`, 'iu')
const HANDLING_WORD = '(?:information|dialog|diskussion|ställningstagande|beslut)'
const HANDLING_LINE = new RegExp(`^(${HANDLING_WORD}(?:\\s*(?:,|och|&|samt|\\+|/)\\s*${HANDLING_WORD})*)(?:\\s+(inför\\s+(?:ställningstagande|beslut)(?![\\p{L}]).*))?$`, 'iu')

function newItem(number: string | null, parent: string | null, title: string, line: number): ParsedAgendaItem {
  return {
    number,
    parent,
    isPause: false,
    title,
    handling: [],
    beforePosition: false,
    handlingText: null,
    durationMinutes: null,
    start: null,
    end: null,
    scheduleText: null,
    presenters: [],
    presenterDetails: [],
    presenterNote: null,
    documents: [],
    links: [],
    topics: [],
    proposedPosition: null,
    positionTaken: null,
    decisions: [],
    notes: '',
    dialogue: [],
    questions: [],
    tables: [],
    line,
  }
}

function newDraft(item: ParsedAgendaItem): Draft {
  return { item, notes: [], lastWasBullet: false, headOpen: true, listNumber: null, decisionSource: null, positionIntro: null, lastSubLetter: null }
}

/** "Information och dialog (20 minuter)" → handling, "inför ställningstagande", and the time note. */
export function parseHandling(text: string): { handling: Handling[]; beforePosition: boolean; schedule: string | null } | null {
  const parenthesis = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(text)
  const words = (parenthesis ? (parenthesis[1] ?? '') : text).trim()
  const match = HANDLING_LINE.exec(words)
  if (!match) return null
  const handling: Handling[] = []
  const add = (value: Handling) => {
    if (!handling.includes(value)) handling.push(value)
  }
  for (const word of (match[1] ?? '').toLowerCase().split(/[^\p{L}]+/u)) {
    if (word === 'information') add('information')
    else if (word === 'dialog' || word === 'diskussion') add('dialog')
    else if (word === 'ställningstagande' || word === 'beslut') add('stallningstagande')
  }
  return { handling, beforePosition: Boolean(match[2]), schedule: parenthesis ? (parenthesis[2] ?? '').trim() : null }
}

/** "(20 minuter, kl. 13.05 – 13.25)" or a bare "kl. 13.05–13.25": the time note of an item. */
function scheduleLine(text: string): string | null {
  const inner = /^\(([^()]*)\)$/u.exec(text)?.[1] ?? (/^kl(?:\.|ockan)?\s*\d/iu.test(text) ? text : null)
  if (inner === null) return null
  return parseDuration(inner) !== null || findTimeRange(inner) ? inner.trim() : null
}

function applySchedule(item: ParsedAgendaItem, text: string): void {
  item.scheduleText = item.scheduleText ? `${item.scheduleText}; ${text}` : text
  const duration = parseDuration(text)
  if (duration !== null) item.durationMinutes = duration
  const range = findTimeRange(text)
  if (range) {
    item.start = range.start
    item.end = range.end
  }
}

function addNote(draft: Draft, text: string, bullet: boolean): void {
  const value = bullet ? `- ${text}` : text
  if (bullet && draft.lastWasBullet && draft.notes.length) draft.notes[draft.notes.length - 1] += `\n${value}`
  else draft.notes.push(value)
  draft.lastWasBullet = bullet
  draft.headOpen = false
}

function expectedLetter(draft: Draft): string {
  return draft.lastSubLetter ? String.fromCharCode(draft.lastSubLetter.charCodeAt(0) + 1) : 'a'
}

/** Is this numbered line the next agenda item, and not a point of a decision or a list in the notes? */
function isNextItem(number: number, title: string, state: State): boolean {
  if (!state.main) return state.drafts.length === 0
  const expected = state.lastMainNumber + 1
  if (number !== expected && number !== expected + 1) return false
  if (title.length > 200) return false
  // A title starts with a capital; a lower-case one only as the very next number, and not as a sentence.
  if (!/^[\p{Lu}\d"«]/u.test(title) && (number !== expected || /[.;]$/u.test(title) || title.length > 100)) return false
  if (state.current?.listNumber === number - 1) return false
  const main = state.main
  if (state.mode.kind === 'positionList' && number === main.item.decisions.length + 1 && (/[.;]$/u.test(title) || title.length > 120)) return false
  return true
}

function startMain(number: number, title: string, line: TextLine, state: State): void {
  finishPending(state)
  const expected = state.lastMainNumber + 1
  if (state.drafts.length && number !== expected) state.ctx.warn(line.line, `Punkt ${expected} saknas i dagordningen.`)
  else if (!state.drafts.length && number !== 1) state.ctx.warn(line.line, `Dagordningen börjar på punkt ${number}.`)
  const item = newItem(String(number), null, '', line.line)
  const draft = newDraft(item)
  // "Punkt 4 Titel (20 minuter)": time notes written on the title line.
  const trailing = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(title)
  const schedule = trailing && scheduleLine(`(${trailing[2] ?? ''})`)
  if (trailing && schedule) {
    applySchedule(item, schedule)
    title = trailing[1] ?? title
  }
  item.title = withoutTrailingColon(title)
  state.drafts.push(draft)
  state.main = draft
  state.current = draft
  state.lastMainNumber = number
  state.mode = { kind: 'body' }
  if (SCHEDULE_HEADING.test(item.title) || /^mötesdatum|^mötestider|^sammanträdesdagar/iu.test(item.title)) {
    state.mode = { kind: 'schedule', year: yearIn(item.title), heading: null, found: 0, label: null }
  }
}

function startSub(letter: string, title: string, line: TextLine, state: State): void {
  finishPending(state)
  const main = state.main
  if (!main) return
  main.lastSubLetter = letter
  main.headOpen = false
  const draft = newDraft(newItem(letter, main.item.number, withoutTrailingColon(title), line.line))
  state.drafts.push(draft)
  state.current = draft
  state.mode = { kind: 'body' }
}

function startPause(rest: string, line: TextLine, state: State): void {
  finishPending(state)
  const item = newItem(null, null, 'Paus', line.line)
  item.isPause = true
  if (rest) applySchedule(item, rest)
  const previousEnd = state.main?.item.end ?? null
  if (!item.start && previousEnd && item.durationMinutes !== null) {
    // The pause starts when the item before it ends; its end follows from its length.
    item.start = previousEnd
    item.end = addClockMinutes(previousEnd, item.durationMinutes)
  }
  const draft = newDraft(item)
  draft.headOpen = false
  state.drafts.push(draft)
  state.main = draft
  state.current = draft
  state.mode = { kind: 'body' }
}

function yearIn(text: string): number | null {
  const match = /(?<!\d)(\d{4})(?!\d)/u.exec(text)
  return match ? Number(match[1]) : null
}

/** A position: "Ställningstagande: …" (minutes) or "Förslag till ställningstagande: …" (kallelse). */
function setPosition(source: 'taken' | 'proposed', text: string, line: TextLine, state: State): void {
  const main = state.main
  if (!main) return
  main.headOpen = false
  if (!text) {
    state.mode = { kind: 'positionText', source }
    return
  }
  if (source === 'taken') main.item.positionTaken = main.item.positionTaken ? `${main.item.positionTaken}\n${text}` : text
  else main.item.proposedPosition = main.item.proposedPosition ? `${main.item.proposedPosition}\n${text}` : text
  if (!takeDecisionsFrom(main, source)) {
    state.mode = { kind: 'body' }
    return
  }
  const inline = splitInlineNumbered(text)
  if (inline) {
    if (source === 'taken') main.item.positionTaken = inline.intro || null
    else main.item.proposedPosition = inline.intro || null
    main.positionIntro = { text: inline.intro, line: line.line }
    for (const point of inline.points) addDecision(main, point, line.line)
    state.mode = { kind: 'positionList' }
    return
  }
  if (/(?::|\batt)$/u.test(text)) {
    main.positionIntro = { text, line: line.line }
    state.mode = { kind: 'positionList' }
    return
  }
  main.positionIntro = null
  addDecision(main, text, line.line)
  state.mode = { kind: 'body' }
}

/** The position taken wins over the proposal: returns false when this position's points are not wanted. */
function takeDecisionsFrom(main: Draft, source: 'taken' | 'proposed'): boolean {
  if (main.decisionSource === 'taken' && source === 'proposed') return false
  if (main.decisionSource === 'proposed' && source === 'taken') main.item.decisions = []
  main.decisionSource = source
  return true
}

/** "SRO ställer sig bakom att: 1. … 2. …" written on one line (PDF). */
function splitInlineNumbered(text: string): { intro: string; points: string[] } | null {
  const first = /(?:^|\s)1\.\s+(?=\S)/u.exec(text)
  if (!first || !/\s2\.\s+\S/u.test(text.slice(first.index))) return null
  const intro = text.slice(0, first.index).trim()
  const points: string[] = []
  let rest = text.slice(first.index).trim()
  for (let number = 1; rest; number += 1) {
    const next = new RegExp(`\\s${number + 1}\\.\\s+(?=\\S)`, 'u').exec(rest)
    const head = rest.replace(new RegExp(`^${number}\\.\\s+`, 'u'), '')
    if (!next) {
      points.push(head.trim())
      break
    }
    points.push(head.slice(0, next.index - (rest.length - head.length)).trim())
    rest = rest.slice(next.index).trim()
  }
  return points.length >= 2 && points.every(Boolean) ? { intro, points } : null
}

function addDecision(main: Draft, text: string, line: number): void {
  const value = text.trim()
  if (!value) return
  main.item.decisions.push({ number: main.item.decisions.length + 1, text: value, kind: decisionKind(value, main.positionIntro?.text ?? ''), line })
}

/** "Remisstid: till 28 februari 2026" → a milestone; null when the value holds no date or month. */
function parseMilestone(text: string, line: number, state: State): Milestone | null {
  const match = /^([^:]{2,80}):\s*(.+)$/u.exec(text)
  if (!match) return null
  const value = (match[2] ?? '').trim()
  const found = findDate(withoutWeekdays(value))
  if (!found && !findMonthYear(value)) return null
  return {
    label: (match[1] ?? '').trim(),
    date: found ? dateOnOrAfter(found, state.meetingDate) : null,
    dateText: value,
    itemNumber: state.main?.item.number ?? null,
    line,
  }
}

/** A line of a list of meeting dates: "19 mars", "24 sep", "2026-03-19 (digitalt)", "19 mars, 4 juni". */
function scheduleDates(text: string): { dates: FoundDate[]; note: string | null } | null {
  const value = withoutWeekdays(text).trim()
  if (!SCHEDULE_DATE.test(value)) return null
  const dates = findDates(value)
  if (!dates.length) return null
  let rest = value
  for (const date of dates) rest = rest.replace(date.text, '')
  const note = trimTrailing(rest.replace(/^[\s,;(–-]+/u, ''), ' \t,;)')
  const meaningful = note.replace(/\b(?:och|samt)\b/gu, '').replace(/[\s,;]+/gu, '')
  return { dates, note: meaningful ? note : null }
}

function scheduleLabel(text: string): ScheduleLabel | null {
  if (text.length > 160) return null
  const range = findTimeRange(text)
  if (!range && !text.endsWith(':')) return null
  if (!range && !/möte|avstämning|presidi|sammanträd|\bSRO\b/iu.test(text)) return null
  const kind = /avstämning|presidiemöte|presidiet\b/iu.test(text) ? 'presidieavstamning' : 'ordinarie'
  return { text: withoutTrailingColon(text), kind, start: range?.start ?? null, end: range?.end ?? null }
}

function addUpcoming(dates: FoundDate[], note: string | null, line: TextLine, state: State, mode: Extract<Mode, { kind: 'schedule' }>): void {
  for (const found of dates) {
    // A year from the heading ("Mötestider 2026"), else the first such day after the meeting.
    const date = dateOnOrAfter({ ...found, year: found.year ?? mode.year }, state.meetingDate)
    if (!date) {
      state.ctx.keep(line.line, line.text, 'Kunde inte läsa mötesdatumet.')
      continue
    }
    const notes = [mode.label?.text, note].filter((part): part is string => Boolean(part))
    state.upcoming.push({
      date,
      kind: mode.label?.kind ?? 'ordinarie',
      ...(notes.length ? { note: notes.join('; ') } : {}),
      start: mode.label?.start ?? null,
      end: mode.label?.end ?? null,
      line: line.line,
    })
    mode.found += 1
  }
}

/** Ends a list of meeting dates; a heading that got no dates goes back to the notes. */
function leaveSchedule(state: State): void {
  const mode = state.mode
  if (mode.kind === 'schedule' && mode.found === 0 && mode.heading && state.current) addNote(state.current, mode.heading.text, mode.heading.bullet)
  state.mode = { kind: 'body' }
}

function finishPending(state: State): void {
  const pending = state.pending
  if (!pending) return
  state.pending = null
  if (state.current) addNote(state.current, pending.text, pending.bullet)
  else state.ctx.keep(pending.line, pending.text, 'Texten står före första punkten på dagordningen.')
}

function flushTable(state: State): void {
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

/** Handles one line inside the agenda. */
function handleLine(line: TextLine, state: State): void {
  const text = line.text
  const numbered = line.bullet ? null : (NUMBERED.exec(text) ?? PARAGRAPH_SIGN.exec(text))
  if (numbered && isNextItem(Number(numbered[1]), numbered[2] ?? '', state)) {
    startMain(Number(numbered[1]), numbered[2] ?? '', line, state)
    return
  }
  const sub = SUB_ITEM.exec(text)
  if (sub && state.main && !state.main.item.isPause && sub[1] === expectedLetter(state.main) && (sub[2] ?? '').length <= 200) {
    startSub(sub[1] ?? 'a', sub[2] ?? '', line, state)
    return
  }
  const main = state.main
  const current = state.current
  if (!main || !current) {
    state.ctx.keep(line.line, text, 'Texten står före första punkten på dagordningen.')
    return
  }

  // A heading waiting for what follows: a table makes it a table title, anything else a note.
  if (state.pending) {
    if (state.pending.purpose === 'milestones' && parseMilestone(text, line.line, state)) {
      state.pending = null
    } else finishPending(state)
  }

  const pause = text.length < 80 ? PAUSE.exec(text) : null
  if (pause) {
    startPause(pause[1] ?? '', line, state)
    return
  }

  const label = /^([\p{L}][\p{L} ]{0,30}?)\s*:\s*(.+)$/u.exec(text)
  const attendanceStatus = label ? attendanceLabel(label[1] ?? '') : null
  if (label && attendanceStatus) {
    state.ctx.addAttendanceList(label[2] ?? '', attendanceStatus, line.line)
    return
  }
  const sentence = parseAttendanceSentence(text)
  if (sentence) {
    state.ctx.addAttendance(sentence, line.line)
    return
  }

  if (current === main && main.headOpen && !line.bullet) {
    const handling = main.item.handling.length === 0 ? parseHandling(text) : null
    if (handling) {
      main.item.handling = handling.handling
      main.item.beforePosition = handling.beforePosition
      main.item.handlingText = text
      if (handling.schedule) applySchedule(main.item, handling.schedule)
      return
    }
    const schedule = scheduleLine(text)
    if (schedule) {
      applySchedule(main.item, schedule)
      return
    }
  }

  const presenters = line.bullet ? null : PRESENTERS.exec(text)
  if (presenters) {
    addPresenters(current, presenters[1] ?? '', line, state)
    return
  }

  if (handleMode(line, state)) return

  const position = line.bullet ? null : POSITION.exec(text)
  if (position) {
    setPosition(/^förslag/iu.test(position[1] ?? '') ? 'proposed' : 'taken', (position[2] ?? '').trim(), line, state)
    return
  }
  if (!line.bullet && /^ställningstagande$/iu.test(text)) {
    state.mode = { kind: 'positionText', source: 'taken' }
    main.headOpen = false
    return
  }

  const dialogue = DIALOGUE_HEADING.exec(text)
  if (dialogue) {
    state.mode = { kind: 'dialogue', dialogueKind: dialogueKindOf(dialogue[1] ?? '') }
    current.headOpen = false
    main.headOpen = false
    return
  }
  if (MILESTONE_HEADING.test(text)) {
    state.mode = { kind: 'milestones' }
    state.pending = { text, line: line.line, bullet: line.bullet, purpose: 'milestones' }
    return
  }
  if (SCHEDULE_HEADING.test(text) && !/[.!?]$/u.test(text)) {
    state.mode = { kind: 'schedule', year: yearIn(text), heading: { text, bullet: line.bullet }, found: 0, label: null }
    return
  }
  if (YEAR_PLAN_HEADING.test(text)) {
    state.pending = { text, line: line.line, bullet: line.bullet, purpose: 'yearPlan' }
    return
  }

  const { links, text: plain } = extractLinks(text)
  if (links.length) {
    for (const link of links) {
      current.item.documents.push(link.title)
      if (link.url && link.url !== '#') current.item.links.push({ title: link.title, url: link.url })
    }
    let rest = plain
    for (const link of links) rest = rest.replace(link.title, '')
    if (!/[\p{L}\d]/u.test(rest)) return
    addNote(current, plain, line.bullet)
    return
  }

  if (line.bullet && current === main && main.headOpen && main.notes.length === 0) {
    main.item.topics.push(text)
    return
  }
  if (numbered) current.listNumber = Number(numbered[1])
  // "Dagens agenda godkänns." under its own item is what the meeting decided, not a note.
  if (!line.bullet && current.item.decisions.length === 0 && isFormalApproval(text)) {
    current.item.decisions.push({ number: 1, text, kind: 'godkanner', line: line.line })
    current.headOpen = false
    return
  }
  addNote(current, text, line.bullet)
}

/** One short sentence that approves or adopts something: "Föregående mötesanteckningar godkänns." */
export function isFormalApproval(text: string): boolean {
  return text.length <= 120 && /^[^.!?]+\s(?:godkänns|godkändes|fastställs|fastställdes)\.?$/iu.test(text.trim())
}

function dialogueKindOf(word: string): DialogueKind {
  const value = word.toLowerCase()
  if (value === 'inspel' || value === 'synpunkter') return 'inspel'
  if (value.startsWith('frågor')) return 'fraga'
  return 'dialog'
}

function addPresenters(draft: Draft, value: string, line: TextLine, state: State): void {
  const list = parsePersonList(value)
  for (const person of list.people) {
    draft.item.presenters.push(person.name)
    draft.item.presenterDetails.push({ name: person.name, organisation: person.organisation, title: person.title })
  }
  if (list.unnamed.length) {
    const note = list.unnamed.join(', ')
    draft.item.presenterNote = draft.item.presenterNote ? `${draft.item.presenterNote}, ${note}` : note
    if (!list.people.length) state.ctx.warn(line.line, `Punkt ${draft.item.number ?? ''}: hittade inga namn bland föredragande.`)
  }
}

/** Lines that belong to the list or block opened before them. Returns true when the line was used. */
function handleMode(line: TextLine, state: State): boolean {
  const mode = state.mode
  const main = state.main
  const current = state.current
  if (!main || !current) return false
  const text = line.text
  switch (mode.kind) {
    case 'schedule': {
      const dates = scheduleDates(text)
      if (dates) {
        addUpcoming(dates.dates, dates.note, line, state, mode)
        return true
      }
      const label = scheduleLabel(text)
      if (label) {
        mode.label = label
        return true
      }
      leaveSchedule(state)
      return false
    }
    case 'positionText': {
      // Under a bare "Ställningstagande:" come either numbered points or the position's text.
      const numbered = line.bullet ? null : NUMBERED.exec(text)
      if (line.bullet || numbered?.[1] === '1') {
        state.mode = takeDecisionsFrom(main, mode.source) ? { kind: 'positionList' } : { kind: 'body' }
        main.positionIntro = null
        if (state.mode.kind === 'positionList') addDecision(main, numbered ? (numbered[2] ?? '') : text, line.line)
        return state.mode.kind === 'positionList'
      }
      state.mode = { kind: 'body' }
      setPosition(mode.source, text, line, state)
      return true
    }
    case 'positionList': {
      const numbered = line.bullet ? null : NUMBERED.exec(text)
      if (numbered && Number(numbered[1]) === main.item.decisions.length + 1) {
        addDecision(main, numbered[2] ?? '', line.line)
        return true
      }
      if (line.bullet) {
        addDecision(main, text, line.line)
        return true
      }
      state.mode = { kind: 'body' }
      return false
    }
    case 'milestones': {
      const milestone = parseMilestone(text, line.line, state)
      if (milestone) {
        state.milestones.push(milestone)
        return true
      }
      state.mode = { kind: 'body' }
      return false
    }
    case 'dialogue':
      if (!line.bullet) {
        state.mode = { kind: 'body' }
        return false
      }
      current.item.dialogue.push({ kind: mode.dialogueKind, text, line: line.line })
      return true
    default:
      return false
  }
}

const SIGNATORY_ROLE = /^(?:vice\s+)?ordförande$/iu

/** "Helen Eliasson / Regionstyrelsen / Västra Götalandsregionen / Ordförande" blocks after "Välkommen!". */
function parseSignatories(lines: readonly TextLine[], ctx: Context): Signatory[] {
  const signatories: Signatory[] = []
  const blocks: TextLine[][] = [[]]
  for (const line of lines) {
    if (!line.text && !line.cells) {
      if (blocks[blocks.length - 1]?.length) blocks.push([])
      continue
    }
    blocks[blocks.length - 1]?.push(line)
    // The role closes a signature, also when no blank line follows (PDF text).
    if (SIGNATORY_ROLE.test(line.text)) blocks.push([])
  }
  for (const block of blocks) {
    const [first, ...rest] = block
    if (!first) continue
    if (!isPersonName(first.text)) {
      for (const line of block) ctx.keep(line.line, line.text, 'Kunde inte tolka texten efter kallelsens sista punkt.')
      continue
    }
    const last = rest[rest.length - 1]
    const roleText = last && SIGNATORY_ROLE.test(last.text) ? last.text : null
    const organisationLines = (roleText ? rest.slice(0, -1) : rest).map((line) => line.text)
    signatories.push({
      name: first.text,
      role: roleText ? (/^vice/iu.test(roleText) ? 'vice_ordforande' : 'ordforande') : null,
      roleText,
      organisation: organisationLines.length ? organisationLines.join(', ') : null,
      line: first.line,
    })
  }
  return signatories
}

function finishDraft(draft: Draft, ctx: Context): ParsedAgendaItem {
  const item = draft.item
  const label = item.isPause ? 'Pausen' : `Punkt ${item.parent ? `${item.parent}${item.number ?? ''}` : (item.number ?? '')}`
  if (draft.positionIntro && item.decisions.length === 0) {
    ctx.warn(draft.positionIntro.line, `${label}: ställningstagandet slutar med "${draft.positionIntro.text.slice(-20)}" men inga beslutspunkter följer.`)
    item.decisions.push({ number: 1, text: draft.positionIntro.text, kind: decisionKind(draft.positionIntro.text), line: draft.positionIntro.line })
  }
  if (item.start && item.end) {
    const span = clockMinutesBetween(item.start, item.end)
    if (item.durationMinutes === null && span !== null) item.durationMinutes = span
    else if (span !== null && item.durationMinutes !== null && span !== item.durationMinutes) {
      ctx.warn(item.line, `${label}: ${item.durationMinutes} minuter stämmer inte med kl. ${item.start}–${item.end}.`)
    }
  }
  item.notes = draft.notes.join('\n\n')
  const noteLines = draft.notes.flatMap((note) => note.split('\n')).map((note) => note.replace(/^- /u, ''))
  item.questions = [...new Set([...item.dialogue.map((entry) => entry.text), ...noteLines].flatMap(questionSentences))]
  return item
}

/** Reads the agenda: numbered items, sub-items, pauses, and what ends the document. */
export function parseAgenda(lines: readonly TextLine[], meetingDate: string, ctx: Context): AgendaResult {
  const state: State = {
    ctx,
    meetingDate,
    drafts: [],
    main: null,
    current: null,
    lastMainNumber: 0,
    mode: { kind: 'body' },
    pending: null,
    table: [],
    milestones: [],
    yearPlan: null,
    upcoming: [],
    signatureLines: null,
  }
  for (const line of lines) {
    if (state.signatureLines) {
      state.signatureLines.push(line)
      continue
    }
    if (line.cells) {
      state.table.push(line)
      continue
    }
    flushTable(state)
    if (!line.text) continue
    // Page numbers from PDF text ("3", "Sida 2 av 5") carry nothing.
    if (/^(?:sida\s+)?\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?$/iu.test(line.text) && !line.bullet) continue
    if (WELCOME.test(line.text)) {
      finishPending(state)
      if (state.mode.kind === 'schedule') leaveSchedule(state)
      state.signatureLines = []
      continue
    }
    handleLine(line, state)
  }
  flushTable(state)
  finishPending(state)
  if (state.mode.kind === 'schedule') leaveSchedule(state)
  const items = state.drafts.map((draft) => finishDraft(draft, ctx))
  return {
    items,
    milestones: state.milestones,
    yearPlan: state.yearPlan,
    upcomingMeetings: state.upcoming,
    signatories: state.signatureLines ? parseSignatories(state.signatureLines, ctx) : [],
  }
}
