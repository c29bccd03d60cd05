/**
 * The two-column roster of a Word table exported to PDF, as text extraction gives it: the VGK cell and the VGR cell
 * of a row on one line with a single space between them ("Per-Olof Lindgren (M), Skaraborg Anders Nyqvist (M), vice
 * ordförande"), a cell that wrapped continuing on a line of its own ("Regionstyrelsen"), and a row with one cell
 * alone. The zone starts at a row of two headings ("För … (VGK) För … (VGR)", "Kommunpolitiker Regionpolitiker",
 * "VGK VGR"); its rows become lines with cells, as a tab-separated table would give them ([left, right], or
 * ['', right] for a right cell alone), so the roster reader handles both shapes the same way.
 */
import {
  groupHeading,
  isOrganisationName,
  organisationInTitle,
  parseRosterLine,
  sideHeading,
  splitNameAndParenthesis,
} from './people'
import type { Side } from './schema'
import type { TextLine } from './text'

type CellKind = 'heading' | 'person'

function cellKind(text: string): CellKind | null {
  if (sideHeading(text) || groupHeading(text) || /^vakan[st]$/iu.test(text)) return 'heading'
  return parseRosterLine(text, null) ? 'person' : null
}

/** A cell that ends where a cell ends: a party "(M)", an SRO role, an organisation. */
function endsCell(text: string): boolean {
  if (/\)$/u.test(text)) return true
  const last = (text.split(',').pop() ?? '').trim()
  if (/^(?:(?:förste |andre |tredje )?vice )?ordförande$/iu.test(last)) return true
  const lastWord = last.split(/\s+/).pop() ?? ''
  return isOrganisationName(last) || isOrganisationName(lastWord) || Boolean(organisationInTitle(last))
}

/**
 * Where a line holds two cells: the split (before a capital) that leaves a heading or a person on each side,
 * preferring two headings, a left cell that ends like a cell and a right cell that starts with a two-word name.
 */
export function splitJoinedRow(text: string): [string, string] | null {
  let best: [string, string] | null = null
  let bestScore = -1
  for (const match of text.matchAll(/ (?=\p{Lu})/gu)) {
    const left = text.slice(0, match.index).trim()
    const right = text.slice(match.index + 1).trim()
    const leftKind = cellKind(left)
    const rightKind = cellKind(right)
    if (!leftKind || !rightKind) continue
    // A side ("VGR") beside a person is the end of a title ("beredning VGR"), not a heading.
    if (leftKind !== rightKind && [left, right].some((cell) => sideHeading(cell))) continue
    const name = splitNameAndParenthesis(right.split(',')[0] ?? '').name
    if (rightKind === 'person' && isOrganisationName(name.split(/\s+/)[0] ?? '')) continue
    let score = leftKind === 'heading' && rightKind === 'heading' ? 5 : 0
    if (leftKind === 'person' && endsCell(left)) score += 2
    if (rightKind === 'person' && name.split(/\s+/).length === 2) score += 1
    if (rightKind === 'person' && /^[^,(]+\(/u.test(right)) score += 1
    if (score > bestScore) {
      best = [left, right]
      bestScore = score
    }
  }
  return best
}

const VGK_HINT =
  /(?<!\p{L})(?:Västkom|VGK|Göteborgsregionen|GR|Skaraborg|Fyrbod\p{L}*|Boråsregionen|Sjuhärad|förbundsdirektör|kommun(?:en|er|erna|al\p{L}*|förbund\p{L}*)?|Kommunpolitiker)(?!\p{L})/iu
const VGR_HINT =
  /(?<!\p{L})(?:VGR|Västra Götalandsregionen|Regionstyrelsen|region(?:direktör|fullmäktige|styrelsen)|Hälso- och sjukvårdsstyrelsen|\p{L}*nämnden|SSN|Regionpolitiker)(?!\p{L})/iu

/** Which side a lone cell names: "beredning VGR" → vgr, "förbundsdirektör Sjuhärad" → vgk; null when both or none. */
export function sideHint(text: string): Side | null {
  const vgk = VGK_HINT.test(text)
  const vgr = VGR_HINT.test(text)
  return vgk === vgr ? null : vgk ? 'vgk' : 'vgr'
}

const LABEL = /^[\p{L}][\p{L} ]{0,30}?\s*:/u
/** A wide gap or a tab: the line is already in columns. */
const IN_COLUMNS = (line: TextLine) => Boolean(line.cells) || /\S {3,}\S/u.test(line.raw)

/** The end of a wrapped cell: no name, heading or label of its own, and short. */
function isContinuation(text: string): boolean {
  return text.length <= 80 && !LABEL.test(text) && !cellKind(text) && !splitJoinedRow(text) && !/[.!?]$/u.test(text)
}

function twoHeadings(text: string): [string, string] | null {
  const split = splitJoinedRow(text)
  return split && split.every((cell) => cellKind(cell) === 'heading') ? split : null
}

const withCells = (line: TextLine, cells: string[]): TextLine => ({
  ...line,
  text: cells.filter(Boolean).join(' '),
  cells,
})

/** Rows of a two-column roster written on single-spaced lines, as lines with cells; other lines unchanged. */
export function twoColumnRows(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = []
  let inZone = false
  /** The last row was a left cell alone that spanned lines: its right cell may follow alone. */
  let leftWrapped = false
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as TextLine
    if (!line.text || IN_COLUMNS(line) || line.bullet) {
      out.push(line)
      continue
    }
    if (!inZone) {
      const headings = twoHeadings(line.text)
      const next = lines.slice(index + 1).find((other) => other.text)
      if (headings) {
        out.push(withCells(line, headings))
        inZone = true
      } else if (sideHeading(line.text) === 'vgk' && next && !IN_COLUMNS(next) && sideHeading(next.text) === 'vgr') {
        out.push(withCells(line, [line.text, next.text]))
        index = lines.indexOf(next)
        inZone = true
      } else out.push(line)
      continue
    }
    if (LABEL.test(line.text)) {
      out.push(line)
      continue
    }
    // The wrapped ends of this row's cells, on the lines after it.
    let text = line.text
    let last = line
    for (let next = lines[index + 1]; next?.text && !IN_COLUMNS(next) && isContinuation(next.text);) {
      text = `${text} ${next.text}`
      last = next
      index += 1
      next = lines[index + 1]
    }
    // pdf.js text has no blank lines: a gap in the line numbers means the row spanned several lines.
    const following = lines[index + 1]
    const spans = following ? following.line - line.line > 1 : last !== line
    const cells = splitJoinedRow(text)
    if (cells) {
      out.push(withCells(line, cells))
      leftWrapped = false
      continue
    }
    const heading = groupHeading(text)
    const side =
      heading?.group === 'regionpolitiker' ? 'vgr' : heading?.group === 'kommunpolitiker' ? 'vgk' : sideHint(text)
    const isRight: boolean = side === 'vgr' || (side === null && leftWrapped)
    out.push(withCells(line, isRight ? ['', text] : [text]))
    leftWrapped = !isRight && spans
  }
  return out
}
