import type { Context } from '../context'
import type { DialogueKind, Milestone, ParsedAgendaItem, Signatory, UpcomingMeeting, YearPlan } from '../schema'
import type { TextLine } from '../text'

/** What the agenda gives the meeting: its items and what the document plans beyond them. */
export type AgendaResult = {
  items: ParsedAgendaItem[]
  milestones: Milestone[]
  yearPlan: YearPlan | null
  upcomingMeetings: UpcomingMeeting[]
  signatories: Signatory[]
}

/** "Ställningstagande" in minutes, "Förslag till ställningstagande" in a kallelse. */
export type PositionSource = 'taken' | 'proposed'

/** An item being read, with what is needed until it is finished. */
export type Draft = {
  item: ParsedAgendaItem
  notes: string[]
  lastWasBullet: boolean
  /** Open while only title, handling, time, presenters, documents and topics have been seen. */
  headOpen: boolean
  /** The last number of a numbered list in the notes, so "5." after "4." is not taken for item 5. */
  listNumber: number | null
  decisionSource: PositionSource | null
  /** A position that ended with ":" or "att" and waits for its numbered points. */
  positionIntro: { text: string; line: number } | null
  lastSubLetter: string | null
}

/** The label over a run of meeting dates: "SRO-möte, kl. 13–15.30:". */
export type MeetingDatesLabel = {
  text: string
  kind: UpcomingMeeting['kind']
  start: string | null
  end: string | null
}

/** Inside a list of next meetings' dates, under a heading or an item titled "Mötesdatum …". */
export type MeetingDatesMode = {
  kind: 'meetingDates'
  year: number | null
  heading: { text: string; bullet: boolean } | null
  found: number
  label: MeetingDatesLabel | null
}

/** What the lines after a heading or an opening line belong to. */
export type Mode =
  | { kind: 'body' }
  | { kind: 'positionText'; source: PositionSource }
  | { kind: 'positionList' }
  | { kind: 'dialogue'; dialogueKind: DialogueKind }
  | { kind: 'milestones' }
  | MeetingDatesMode

/** A heading that waits for its next line: a table makes it the table's title, else it is a note. */
export type Pending = {
  text: string
  line: number
  bullet: boolean
  purpose: 'yearPlan' | 'milestones'
}

export type State = {
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

/** One line and the parser's state: a step that reads it may change the state and says whether it took the line. */
export type LineStep = {
  line: TextLine
  state: State
}

/** One line inside an item, with the items it stands under. */
export type ItemLine = LineStep & {
  /** The numbered item (or pause) the line stands under. */
  main: Draft
  /** The sub-item the line stands under, else the main item. */
  current: Draft
}

export function newState({ ctx, meetingDate }: { ctx: Context; meetingDate: string }): State {
  return {
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
}

/** The parsed content of an item before any of its lines is read: what a new or split item starts from. */
export function emptyItemContent(): Omit<ParsedAgendaItem, 'number' | 'parent' | 'isPause' | 'title' | 'line'> {
  return {
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
  }
}

export function newItem({
  number,
  parent,
  title,
  line,
}: {
  number: string | null
  parent: string | null
  title: string
  line: number
}): ParsedAgendaItem {
  return { number, parent, isPause: false, title, ...emptyItemContent(), line }
}

export function newDraft(item: ParsedAgendaItem): Draft {
  return {
    item,
    notes: [],
    lastWasBullet: false,
    headOpen: true,
    listNumber: null,
    decisionSource: null,
    positionIntro: null,
    lastSubLetter: null,
  }
}

/** "Punkt 4", "Punkt 8a" or "Pausen": how warnings name an item. */
export function itemLabel(item: ParsedAgendaItem): string {
  return item.isPause ? 'Pausen' : `Punkt ${item.parent ? `${item.parent}${item.number ?? ''}` : (item.number ?? '')}`
}
