/**
 * Page furniture of PDF exports: "Sida 2 av 4", "3 (5)" and the running header or footer that Word repeats on
 * every page (usually the document title and date). Text extraction puts them between the lines of whatever runs
 * across the page break, where they would become items, notes or people. Lines keep their numbers.
 */
import type { TextLine } from './text'

const PAGE_MARK =
  /^(?:sida\s+\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3}|\s*\(\d{1,3}\))?|\d{1,3}\s*\(\d{1,3}\)|\d{1,3}\s*(?:av|\/)\s*\d{1,3})$/iu

/** "Sida 2 av 4", "Sida 2 (4)", "2 (4)", "2/4", "2 av 4" alone on a line. */
export function isPageMark(text: string): boolean {
  return PAGE_MARK.test(text.trim())
}

/** A page mark at either end of a line set apart by a wide gap: "Mötesanteckning SRO 2020-10-15      Sida 2 (3)". */
function hasPageMarkAtEdge(raw: string): boolean {
  const parts = raw.trim().split(/\s{3,}|\t+/u)
  return parts.length > 1 && (isPageMark(parts[0] ?? '') || isPageMark(parts[parts.length - 1] ?? ''))
}

const isMark = (line: TextLine) => !line.bullet && (isPageMark(line.text) || hasPageMarkAtEdge(line.raw))

/** How far from a page mark a running header or footer may be, in non-empty lines. */
const NEAR = 1
/** A document title with a date or number in it: "Mötesanteckning SRO 2022-03-17", "Kallelse SRO 23 mars 2021". */
const DATED_TITLE = /^(?:kallelse|mötesanteckning|minnesanteckning|protokoll|anteckningar)\p{L}*\s.*\d/iu

/**
 * Removes page marks, and the running header or footer: a line next to a page mark that is a dated document title,
 * stands next to a mark twice, or has a number and occurs again (removed everywhere, the first page's copy above
 * the title too). A heading such as "Tjänstepersoner" that happens to end a page once is kept.
 */
export function withoutPageFurniture(lines: readonly TextLine[]): TextLine[] {
  const filled = lines.filter((line) => line.text || line.cells)
  const marks = new Set(filled.filter(isMark))
  if (!marks.size) return [...lines]
  const nearMarks = new Map<string, number>()
  filled.forEach((line, index) => {
    if (marks.has(line) || line.cells || line.text.length > 120) return
    const around = filled.slice(Math.max(0, index - NEAR), index + NEAR + 1)
    if (around.some((other) => marks.has(other))) nearMarks.set(line.text, (nearMarks.get(line.text) ?? 0) + 1)
  })
  const occurrences = new Map<string, number>()
  for (const line of filled) occurrences.set(line.text, (occurrences.get(line.text) ?? 0) + 1)
  const repeated = new Set(
    [...nearMarks]
      .filter(
        ([text, near]) =>
          DATED_TITLE.test(text) || near >= 2 || ((occurrences.get(text) ?? 0) >= 2 && /\d/u.test(text)),
      )
      .map(([text]) => text),
  )
  return lines.filter((line) => !marks.has(line) && !(line.text && !line.cells && repeated.has(line.text)))
}
