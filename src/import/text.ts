/**
 * Text helpers for SRO documents: markdown exported from Word, text extracted from PDF, DOCX raw text.
 * Everything here is pure and tolerant: bad input gives `null`, never an exception.
 */
import { minutesToClock } from '../domain/time'
import { withoutPageFurniture } from './pages'

/** One logical line: text after normalisation, with the 1-based number of its first physical line. */
export interface TextLine {
  line: number
  text: string
  /** The line started with a bullet ("-", "•", "", "✓", "→" …); `text` no longer has it. */
  bullet: boolean
  /** Tab-separated cells (tables, two-column rosters), or null for ordinary lines. */
  cells: string[] | null
  /** The line before spaces were collapsed: PDF text may align two columns with runs of spaces. */
  raw: string
  /** The line started with white space: a wrapped bullet's hanging indent in PDF text. */
  indented: boolean
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** Longest names first so that "juni" is not read as "jun" + "i". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')

/** A day and month with an optional year, for building larger patterns (no capture groups). */
export const DAY_MONTH_SOURCE = `(?<![\\d.])\\d{1,2}\\s+(?:${MONTH_PATTERN})\\.?(?![\\p{L}])(?:\\s+\\d{4}(?!\\d))?`

const WEEKDAYS = /\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b,?\s*/giu

/** "november" / "Nov." → 11; unknown → null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (!Number.isInteger(day) || day < 1 || day > lastDay) return null
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** A date as written: the year may be missing ("19 mars"). */
export interface FoundDate {
  year: number | null
  month: number
  day: number
  /** Where the match starts in the searched text, and the matched text. */
  index: number
  text: string
}

const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu
const DAY_MONTH = new RegExp(
  `(?<![\\d.])(\\d{1,2})(?::[ae])?\\s+(${MONTH_PATTERN})\\.?(?![\\p{L}])(?:\\s+(\\d{4})(?!\\d))?`,
  'giu',
)

/** All dates in the text, in order: "2025-11-13", "13 november 2025", "19 mars", "24 sep". */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = []
  for (const match of text.matchAll(ISO_DATE)) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    if (isoDate(year, month, day)) found.push({ year, month, day, index: match.index ?? 0, text: match[0] })
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(match[2] ?? '')
    const day = Number(match[1])
    const year = match[3] ? Number(match[3]) : null
    if (!month || !isoDate(year ?? 2000, month, day)) continue
    found.push({ year, month, day, index: match.index ?? 0, text: match[0] })
  }
  return found.sort((a, b) => a.index - b.index)
}

export function findDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null
}

/** The full date, with `fallbackYear` when the text had none; null when invalid or no year is known. */
export function dateToIso(found: FoundDate, fallbackYear?: number | null): string | null {
  const year = found.year ?? fallbackYear ?? null
  return year === null ? null : isoDate(year, found.month, found.day)
}

/**
 * A yearless date taken as the first such day on or after `reference` (YYYY-MM-DD):
 * "till nästa möte den 18 januari" written in November means January next year.
 */
export function dateOnOrAfter(found: FoundDate, reference: string): string | null {
  if (found.year !== null) return isoDate(found.year, found.month, found.day)
  const refYear = Number(reference.slice(0, 4))
  const sameYear = isoDate(refYear, found.month, found.day)
  if (sameYear && sameYear >= reference) return sameYear
  return isoDate(refYear + 1, found.month, found.day)
}

/** "juni 2026" → "2026-06" (first match), or null. */
export function findMonthYear(text: string): { month: string; index: number; text: string } | null {
  const match = new RegExp(`(?<![\\p{L}\\d])(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?!\\d)`, 'iu').exec(text)
  if (!match) return null
  const month = monthNumber(match[1] ?? '')
  if (!month) return null
  return { month: `${match[2]}-${pad2(month)}`, index: match.index, text: match[0] }
}

/** "13.30", "13:30", "8", "08.00" → "HH:MM"; anything else → null. */
export function parseClock(value: string): string | null {
  const match = /^\s*(?:kl\.?|klockan)?\s*(\d{1,2})(?:[.:](\d{2}))?\s*$/iu.exec(value)
  if (!match) return null
  const hour = Number(match[1])
  const minute = match[2] === undefined ? 0 : Number(match[2])
  if (hour > 23 || minute > 59) return null
  return minutesToClock(hour * 60 + minute)
}

export interface TimeRange {
  start: string
  end: string
  index: number
  text: string
}

const TIME_RANGE =
  /(?:(kl\.?|klockan)\s*)?(?<![\d:\-–]|\d\.)(\d{1,2}(?:[.:]\d{2})?)\s*(?:-|–|—|till)\s*(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)(?!\d|[.:]\d|\s*min)/giu

/**
 * "kl. 13.05 – 13.25", "kl. 14.05- 14.10", "kl. 8-9", "12.30-15.30". Bare hours ("13-15") count only
 * after "kl"/"klockan" or when `bare` is set (a "Tid:" field), so that "2024-2025" is not read as a time.
 */
export function findTimeRange(text: string, { bare = false }: { bare?: boolean } = {}): TimeRange | null {
  for (const match of text.matchAll(TIME_RANGE)) {
    const [, prefix, from = '', to = ''] = match
    const hasMinutes = /[.:]/.test(from) && /[.:]/.test(to)
    if (!prefix && !hasMinutes && !bare) continue
    const start = parseClock(from)
    const end = parseClock(to)
    if (start && end) return { start, end, index: match.index ?? 0, text: match[0] }
  }
  return null
}

/** "20 minuter", "1 timme", "1,5 timmar", "1 tim 30 min" → minutes; null when none is stated. */
export function parseDuration(text: string): number | null {
  const hours = /(\d+(?:[.,]\d+)?)\s*(?:timmar|timme|tim|h)(?![\p{L}])/iu.exec(text)
  const minutes = /(\d+)\s*(?:minuter|minut|min)(?![\p{L}])/iu.exec(text)
  if (!hours && !minutes) return null
  const total = (hours ? Number((hours[1] ?? '0').replace(',', '.')) * 60 : 0) + (minutes ? Number(minutes[1]) : 0)
  return Number.isFinite(total) && total <= 24 * 60 ? Math.round(total) : null
}

// Markdown escapes ("\(", "\-", "\.") as Word-to-markdown converters write them.
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|~])/g
const ESCAPED_STAR = '\uE000'

/** Removes `**bold**`, `*italic*` and `\(` escapes; a literal escaped `\*` survives as `*`. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\\\*/g, ESCAPED_STAR)
    .replace(/\*+/g, '')
    .replace(MARKDOWN_ESCAPE, '$1')
    .replace(/\uE000/g, '*')
}

// "-", "*", "+" need a space after them (otherwise "-5" or "*fet*" would lose a character);
// the symbol bullets of Word and PDF ("•", "", "✓", "➤", "→") do not. U+F000–U+F0FF are Symbol/Wingdings.
const BULLET_MARKER = /^(?:[-*+](?=\s)|[•·▪◦‣⁃○●■□➢➤►▶→⇒✓✔❖◆\uF000-\uF0FF])\s*/u

/** Strips every leading bullet marker ("- ✓ text" → "text"). */
export function stripBullet(text: string): { bullet: boolean; text: string } {
  let rest = text
  let bullet = false
  for (let guard = 0; guard < 5; guard += 1) {
    const match = BULLET_MARKER.exec(rest)
    if (!match) break
    bullet = true
    rest = rest.slice(match[0].length)
  }
  return { bullet, text: rest }
}

/** Normalises one physical line. Tabs are kept (they separate table cells); other whitespace is tidied. */
export function normaliseLine(raw: string, line: number): TextLine {
  let text = raw
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    // Control characters from PDF extraction, and the private-use marks this module uses internally.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uE000-\uE00F]/g, '')
  // Markdown headings and block quotes carry no meaning here.
  text = text.replace(/^[ ]*#{1,6}[ ]+/, '').replace(/^[ ]*>[ ]?/, '')
  const indented = /^[ \t]+\S/.test(text)
  const cells = splitCells(text)
  if (cells) return { line, text: cells.join(' ').trim(), bullet: false, cells, raw: text, indented }
  const trimmed = stripMarkdown(text.replace(/\t/g, ' ')).replace(/ {2,}/g, ' ').trim()
  const { bullet, text: rest } = stripBullet(trimmed)
  return { line, text: rest.trim(), bullet, cells: null, raw: stripMarkdown(text).trim(), indented }
}

/**
 * Cells of a tab-separated line. A leading tab means an empty first cell (årshjul rows); a line that is
 * only an indented bullet ("\t- punkt") is not a table.
 */
export function splitCells(text: string): string[] | null {
  const withoutEnd = trimTrailing(text, '\t ')
  if (!withoutEnd.includes('\t')) return null
  const leading = /^[ ]*\t+/.exec(withoutEnd)
  const afterLeading = leading ? withoutEnd.slice(leading[0].length) : withoutEnd
  if (leading && !afterLeading.includes('\t') && BULLET_MARKER.test(afterLeading.trimStart())) return null
  if (!afterLeading.trim()) return null
  const cells = withoutEnd.split('\t').map((cell) => stripMarkdown(cell).replace(/ {2,}/g, ' ').trim())
  return cells.some((cell) => cell.length > 0) ? cells : null
}

/** Splits text into physical lines and normalises each; CR, CRLF and form feeds (PDF pages) all break lines. */
export function toLines(text: string): TextLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\f|\u2028|\u2029/)
    .map((raw, index) => normaliseLine(raw, index + 1))
}

const ENDS_SENTENCE = /[.!?:;]["”’)]*$/u
/** "t.o.m." and other abbreviations end in a full stop without ending the sentence. */
const ENDS_ABBREVIATION =
  /(?:^|[\s(])(?:t\.o\.m|fr\.o\.m|bl\.a|m\.m|t\.ex|s\.k|d\.v\.s|o\.s\.v|p\.g\.a|jfr|ca|kl|resp|nr)\.$/iu
const ENDS_OPEN =
  /(?:[,–-]|\s(?:och|samt|eller|att|för|till|med|av|i|på|om|inom|mellan|som|den|det|de|en|ett|vid|från|under|efter|genom|utan|men|så|Västra))$/iu
const STARTS_LOWER = /^[\p{Ll}]/u
/** Lines that start something new and are never the tail of a broken sentence. */
const STARTS_BLOCK =
  /^(?:\d{1,2}\s*[.)]\s|[a-h]\)\s|§|\[|\(\d|\p{Lu}\p{L}*(?: \p{L}+){0,4}:\s|\p{Lu}\p{L}*(?: \p{L}+){0,2}:$)/u
/** Headings of the document: a line starting so is not the tail of the line before, whatever its case. */
const STARTS_HEADING =
  /^(?:(?:Information|Dialog|Diskussion|Ställningstagande|Inspel|Beslut|Tidsplan|Dagordning|Kommunpolitiker|Regionpolitiker|Tjänstepersoner|Administration|Kommunikation|Adjungerade|Välkommen|Välkomna|Paus)(?![\p{L}])|För\s+(?:Västra|VGK|VGR)|(?:VGK|VGR|Politiker|Ledamöter)(?:\s+(?:VGK|VGR|Politiker|Ledamöter))?$)/u
/** A wide gap between two words, not after a label's colon ("Datum:      2020-10-15"). */
const COLUMN_GAP = /[^\s:] {3,}\S/u
/** "Föredragande: …", "Ställningstagande: …": one paragraph after a label. */
const LABEL_LINE = /^[\p{L}][\p{L} ]{1,40}:\s+\S/u
/** Lists of people in the heading: a line under them is the next name (the heading reader decides), not a wrap. */
const LIST_LABEL = /^(?:inbjudna|inbjuden|gäster|övriga inbjudna|inbjudna gäster|kallade|närvarande|frånvarande)\s*:/iu

/**
 * `previous` is the first physical line of the line so far, `tail` the end of it and `length` its full length
 * (it may be long after joins).
 */
function canContinue(previous: TextLine, tail: string, length: number, next: TextLine, blanks: number): boolean {
  if (previous.cells || next.cells || next.bullet || !length || !next.text) return false
  // Columns aligned with spaces (pdftotext -layout): each line is a row of cells, never half a sentence.
  if (COLUMN_GAP.test(previous.raw) || COLUMN_GAP.test(next.raw)) return false
  if (STARTS_BLOCK.test(next.text)) return false
  // An indented line right under a bullet is the bullet's next line (hanging indent), whatever it says.
  if (blanks === 0 && previous.bullet && next.indented && !STARTS_HEADING.test(next.text)) return true
  const abbreviation = ENDS_ABBREVIATION.test(tail)
  if (ENDS_SENTENCE.test(tail) && !abbreviation) return false
  if (blanks === 0) {
    if (STARTS_LOWER.test(next.text) || abbreviation || ENDS_OPEN.test(` ${tail}`)) return true
    // A long bullet or labelled paragraph without a full stop goes on, even on a capital ("Västra / Götalandsregionen").
    return (
      length >= 50 &&
      (previous.bullet || (LABEL_LINE.test(previous.text) && !LIST_LABEL.test(previous.text))) &&
      !STARTS_HEADING.test(next.text) &&
      !/^[a-h]\)\s/u.test(previous.text)
    )
  }
  // A page break inside a paragraph leaves one blank line; only a long fragment followed by lower case counts.
  return blanks === 1 && length >= 40 && !previous.bullet && STARTS_LOWER.test(next.text)
}

/**
 * Joins lines broken in the middle of a sentence (PDF extraction, page breaks): the next line starts in lower
 * case, or the previous one ends with a comma or a word such as "och". Blank lines are kept as empty lines.
 */
export function joinBrokenLines(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = []
  // The last line's pieces, joined once at the end: repeated string concatenation would be quadratic.
  let pieces: string[] = []
  let rawPieces: string[] = []
  let tail: TextLine | null = null
  // Only the end of the previous line matters; keeping a short tail keeps long joined paragraphs linear.
  let tailText = ''
  let length = 0
  const flush = () => {
    if (tail) out.push({ ...tail, text: pieces.join(''), raw: rawPieces.join('') })
    tail = null
  }
  let blanks = 0
  for (const current of lines) {
    if (!current.text && !current.cells) {
      blanks += 1
      continue
    }
    if (tail && canContinue(tail, tailText, length, current, blanks)) {
      // "sjukvårds-" + "avtalet": a hyphen at a line end is kept, without a space.
      const glue = /\p{L}-$/u.test(tailText) && !/^(?:och|eller|samt|till)\s/u.test(current.text) ? '' : ' '
      pieces.push(glue, current.text)
      rawPieces.push(glue, current.raw)
      tailText = `${tailText}${glue}${current.text}`.slice(-24)
      length += glue.length + current.text.length
      blanks = 0
      continue
    }
    flush()
    for (let index = 0; index < blanks; index += 1)
      out.push({ line: current.line - blanks + index, text: '', bullet: false, cells: null, raw: '', indented: false })
    blanks = 0
    tail = current
    pieces = [current.text]
    rawPieces = [current.raw]
    tailText = current.text.slice(-24)
    length = current.text.length
  }
  flush()
  return out
}

/** Normalises a whole document into logical lines. */
export function prepareLines(text: string): TextLine[] {
  return joinBrokenLines(withoutPageFurniture(toLines(text)))
}

export interface MarkdownLink {
  title: string
  url: string
}

const LINK = /\[([^[\]\n]*)\]\(([^()\s[\]]*)\)/g

/** Markdown links `[title](url)` in the text, and the text with each link replaced by its title. */
export function extractLinks(text: string): { links: MarkdownLink[]; text: string } {
  const links: MarkdownLink[] = []
  const plain = text.replace(LINK, (_match, title: string, url: string) => {
    const clean = title.trim()
    if (clean) links.push({ title: clean, url })
    return clean
  })
  return { links, text: plain }
}

/** Lower case without diacritics, for comparing names ("Helén" = "Helen"). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Sentences ending in a question mark. */
export function questionSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"”])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.endsWith('?') && sentence.length > 1)
}

/**
 * Removes trailing characters from `chars`. A loop instead of a regex such as `/[.;]+$/`, which takes
 * quadratic time on long runs of those characters.
 */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1
  return text.slice(0, end)
}

/** Removes a trailing colon (headings such as "Närvaro/frånvaro:"). */
export function withoutTrailingColon(text: string): string {
  return trimTrailing(trimTrailing(text, ' \t'), ':').trim()
}

/** Drops weekday names so that "torsdag 13 november 2025" reads as a date. */
export function withoutWeekdays(text: string): string {
  return text.replace(WEEKDAYS, '')
}
