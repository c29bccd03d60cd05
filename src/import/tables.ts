import type { YearPlan } from './schema'
import { dateToIso, findDate, MONTH_PATTERN, trimTrailing } from './text'

const DATE_LIKE = new RegExp(
  `(?:(?<![\\p{L}])(?:${MONTH_PATTERN})\\.?(?![\\p{L}])|\\bQ[1-4]\\b|\\d{4}-\\d{2}-\\d{2})`,
  'iu',
)

/** A heading cell of the årshjul: "19 mars 2026", "Januari 2026, studieresa", "Q1 2026". */
export function isDateLikeCell(cell: string): boolean {
  return DATE_LIKE.test(cell) && /\d/.test(cell)
}

/** The årshjul has meetings as columns: most heading cells are dates or months. */
export function isYearPlanHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell.length > 0)
  if (filled.length < 2) return false
  return filled.filter(isDateLikeCell).length * 2 >= filled.length + 1
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

function wordKey(word: string): string {
  return trimTrailing(word.toLowerCase(), ':.,;')
}

/** "överenskommelse" and "överenskommelser" are the same word in a theme. */
function sameWord(a: string, b: string): boolean {
  const [x, y] = [wordKey(a), wordKey(b)]
  if (x === y) return true
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x]
  return shorter.length >= 4 && longer.startsWith(shorter) && longer.length - shorter.length <= 2
}

/**
 * The theme of an årshjul row: the words that two or more filled cells start with, when that is the whole
 * text of one of them (or of its part before ":"). "Psykisk hälsa: Handlingsplan …" + "Psykisk hälsa" →
 * "Psykisk hälsa". Rows with one filled cell, or different texts, have no theme.
 */
export function rowTheme(cells: readonly string[]): string | undefined {
  const filled = cells.filter((cell) => cell.length > 0)
  if (filled.length < 2) return undefined
  const split = filled.map(words)
  const first = split[0] ?? []
  let length = 0
  while (
    length < first.length &&
    split.every(
      (cellWords) => cellWords[length] !== undefined && sameWord(cellWords[length] ?? '', first[length] ?? ''),
    )
  ) {
    length += 1
  }
  if (length === 0) return undefined
  const isWholeHead = split.some((cellWords, index) => {
    const head = (filled[index] ?? '').split(/:\s/)[0] ?? ''
    return cellWords.length === length || words(head).length === length
  })
  if (!isWholeHead) return undefined
  return trimTrailing(first.slice(0, length).join(' '), ':.,;')
}

/** The full date of a column heading, when it has day, month and year. */
export function columnDate(heading: string): string | null {
  const found = findDate(heading)
  if (!found || found.year === null) return null
  return dateToIso(found)
}

/** Builds the årshjul from table rows whose first row holds the meeting headings. */
export function buildYearPlan(
  rows: readonly string[][],
  options: { title: string | null; itemNumber: string | null; line: number },
): YearPlan {
  const [header = [], ...body] = rows
  // A blank first heading means the first column names the themes.
  const labelled = header[0] === '' && header.slice(1).some((cell) => cell.length > 0)
  const columns = (labelled ? header.slice(1) : header).map((cell) => cell.trim())
  while (columns.length && columns[columns.length - 1] === '') columns.pop()
  const planRows = body.map((row) => {
    const cells = (labelled ? row.slice(1) : row).map((cell) => cell.trim())
    while (cells.length < columns.length) cells.push('')
    while (cells.length > columns.length && cells[cells.length - 1] === '') cells.pop()
    const theme = labelled ? row[0]?.trim() || undefined : rowTheme(cells)
    return theme ? { theme, cells } : { cells }
  })
  return {
    title: options.title,
    columns,
    columnDates: columns.map(columnDate),
    rows: planRows,
    itemNumber: options.itemNumber,
    line: options.line,
  }
}
