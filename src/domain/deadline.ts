/**
 * Deadlines written in words, as SRO's minutes state them: "återrapporteras till SRO 2025-11-13",
 * "senast i juni 2026", "till nästa möte den 18 januari 2024", "till nästa möte", "under hösten 2026".
 * The one parser of deadlines: the importer and the assignment hooks both call it.
 */
import { DAY_MONTH_SOURCE, MONTH_PATTERN, dateOnOrAfter, findDate, isoDate, monthNumber, pad2 } from '../import/text'

export type DateRange = { from: string; to: string }

export type Deadline =
  /** A day: "senast 2026-03-01", "senast den 15 januari". */
  | { kind: 'date'; date: string; text: string; flagged: false }
  /** A month: "senast i juni 2026" (due by its last day). */
  | { kind: 'month'; month: string; range: DateRange; text: string; flagged: false }
  /** A season, half-year or year: "under hösten 2026", "första halvåret 2026", "under 2026". */
  | { kind: 'season'; range: DateRange; text: string; flagged: false }
  /** A meeting on a known day: "till SRO 2025-11-13", "till nästa möte den 18 januari 2024". */
  | { kind: 'meeting'; date: string; text: string; flagged: false }
  /** The next meeting after the one that gave the assignment: "till nästa möte". */
  | { kind: 'nextMeeting'; text: string; flagged: false }
  /** No deadline found: the text is kept as written, and flagged when there was text to read. */
  | { kind: 'unparsed'; text: string; flagged: boolean }

export type DeadlineKind = Deadline['kind']

const DATE_TEXT = `(?:\\d{4}-\\d{2}-\\d{2}|${DAY_MONTH_SOURCE})`
const MEETING_WORDS = '(?:SRO(?:-mötet|:s möte)?|mötet|möte|sammanträdet)'
const YEAR = '(\\d{4})(?![\\d-])'

function lastDayOf(year: number, month: number): string {
  return `${year}-${pad2(month)}-${pad2(new Date(Date.UTC(year, month, 0)).getUTCDate())}`
}

function monthRange(year: number, fromMonth: number, toMonth: number): DateRange {
  return { from: `${year}-${pad2(fromMonth)}-01`, to: lastDayOf(year, toMonth) }
}

/** Swedish terms, as politics uses them: spring = Jan–Jun, autumn = Aug–Dec. */
const SEASONS: Record<string, [number, number]> = {
  våren: [1, 6],
  vårvintern: [1, 3],
  försommaren: [5, 6],
  sommaren: [6, 8],
  hösten: [8, 12],
  senhösten: [10, 12],
  första: [1, 6],
  andra: [7, 12],
}

/** A deadline before its text and flag are added (distributes over the union). */
type Found = Deadline extends infer D ? (D extends Deadline ? Omit<D, 'text' | 'flagged'> : never) : never

type Rule = { pattern: RegExp; build: (match: RegExpExecArray, meetingDate: string) => Found | null }

function dateIn(text: string, meetingDate: string): string | null {
  const found = findDate(text)
  return found ? dateOnOrAfter(found, meetingDate) : null
}

function monthIn(monthName: string | undefined, yearText: string | undefined): Found | null {
  const month = monthNumber(monthName ?? '')
  const year = Number(yearText)
  if (!month || !isoDate(year, month, 1)) return null
  return { kind: 'month', month: `${year}-${pad2(month)}`, range: monthRange(year, month, month) }
}

// Most specific first: a day beats a month, a named meeting beats "nästa möte", a month beats a season.
const RULES: Rule[] = [
  {
    pattern: new RegExp(`senast\\s+(?:den\\s+)?${DATE_TEXT}`, 'iu'),
    build: (match, meetingDate) => {
      const date = dateIn(match[0], meetingDate)
      return date ? { kind: 'date', date } : null
    },
  },
  {
    pattern: new RegExp(`senast\\s+(?:i\\s+|under\\s+|till\\s+)?(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?!\\d)`, 'iu'),
    build: (match) => monthIn(match[1], match[2]),
  },
  {
    pattern: new RegExp(`(?:till|på|vid|inför)\\s+(?:nästa\\s+)?${MEETING_WORDS}\\s+(?:den\\s+)?${DATE_TEXT}`, 'iu'),
    build: (match, meetingDate) => {
      const date = dateIn(match[0], meetingDate)
      return date ? { kind: 'meeting', date } : null
    },
  },
  {
    pattern: new RegExp(
      `(?:till|på|vid|inför)\\s+(?:nästa|kommande)\\s+(?:SRO-)?(?:möte|sammanträde)(?:t)?(?:\\s+(?:den\\s+)?${DATE_TEXT})?`,
      'iu',
    ),
    build: (match, meetingDate) => {
      const date = dateIn(match[0], meetingDate)
      return date ? { kind: 'meeting', date } : { kind: 'nextMeeting' }
    },
  },
  {
    pattern: new RegExp(`(?:till|i|under|före)\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?!\\d)`, 'iu'),
    build: (match) => monthIn(match[1], match[2]),
  },
  {
    pattern: new RegExp(`(?:till|före|innan)\\s+(?:den\\s+)?${DATE_TEXT}`, 'iu'),
    build: (match, meetingDate) => {
      const date = dateIn(match[0], meetingDate)
      return date ? { kind: 'date', date } : null
    },
  },
  {
    // "under hösten 2026", "senast under våren 2027", "till sommaren 2026", "under första halvåret 2026".
    pattern: new RegExp(
      `(?:under|till|senast(?:\\s+under)?|före|innan|i)\\s+(?:(?:början|slutet)\\s+av\\s+)?(våren|vårvintern|försommaren|sommaren|hösten|senhösten|första\\s+halvåret|andra\\s+halvåret)\\s+${YEAR}`,
      'iu',
    ),
    build: (match) => {
      const season = SEASONS[(match[1] ?? '').toLowerCase().split(/\s+/)[0] ?? '']
      const year = Number(match[2])
      return season && isoDate(year, 1, 1) ? { kind: 'season', range: monthRange(year, season[0], season[1]) } : null
    },
  },
  {
    // "under 2026", "senast under 2026", "före utgången av 2026".
    pattern: new RegExp(
      `(?:under|senast\\s+under|före\\s+utgången\\s+av|innan\\s+utgången\\s+av|till\\s+årsskiftet)\\s+${YEAR}`,
      'iu',
    ),
    build: (match) => {
      const year = Number(match[1])
      return isoDate(year, 1, 1) ? { kind: 'season', range: monthRange(year, 1, 12) } : null
    },
  },
]

/**
 * The deadline in a text. `meetingDate` (YYYY-MM-DD) is the meeting that gave the assignment: a day without
 * a year ("senast den 15 januari") is the first such day on or after it.
 */
export function parseDeadline(text: string, { meetingDate }: { meetingDate: string }): Deadline {
  for (const rule of RULES) {
    const match = rule.pattern.exec(text)
    if (!match) continue
    const parsed = rule.build(match, meetingDate)
    if (parsed) return { ...parsed, text: match[0].trim(), flagged: false } as Deadline
  }
  const rest = text.trim()
  return { kind: 'unparsed', text: rest, flagged: rest.length > 0 }
}

/** The last day by which a deadline falls due; null for the next meeting (unknown until planned) and unparsed text. */
export function deadlineDay(deadline: Deadline): string | null {
  switch (deadline.kind) {
    case 'date':
    case 'meeting':
      return deadline.date
    case 'month':
    case 'season':
      return deadline.range.to
    default:
      return null
  }
}

/** The first day a report-back can be planned for: the meeting on or after this day is proposed. */
export function deadlineStart(deadline: Deadline): string | null {
  switch (deadline.kind) {
    case 'date':
    case 'meeting':
      return deadline.date
    case 'month':
    case 'season':
      return deadline.range.from
    default:
      return null
  }
}
