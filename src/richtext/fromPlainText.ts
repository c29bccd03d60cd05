import { linesToInline, listNode, paragraphNode, richTextState, tableNode, type ListItemInput } from './build'
import type { RichTextBlockNode, RichTextInlineNode, RichTextState } from './types'

/** A bullet line: "- ", "• ", "* " or "– " (the marker is dropped). */
export const BULLET_LINE = /^\s*[-•*–]\s+(.*)$/
/** A numbered line: "1. " or "1) " (the number is kept as the list's start). */
export const NUMBERED_LINE = /^\s*(\d{1,3})[.)]\s+(.*)$/

type ListLine = { ordered: boolean; number: number; text: string }

function listLine(line: string): ListLine | null {
  const numbered = NUMBERED_LINE.exec(line)
  if (numbered) return { ordered: true, number: Number(numbered[1]), text: numbered[2]!.trim() }
  const bullet = BULLET_LINE.exec(line)
  return bullet ? { ordered: false, number: 0, text: bullet[1]!.trim() } : null
}

/** The cells of a table row written as text: "a | b | c", Markdown's "| a | b |" too; null for other lines. */
export function pipeCells(line: string): string[] | null {
  const trimmed = line.trim()
  // Markdown's outer bars are dropped; a row starting with an empty cell (" | a | b") keeps it.
  const isMarkdown = /^\|.*\|$/.test(trimmed)
  if (!isMarkdown && !line.includes(' | ') && !trimmed.startsWith('| ')) return null
  const cells = (isMarkdown ? trimmed.slice(1, -1) : trimmed).split('|').map((cell) => cell.trim())
  return cells.length >= 2 ? cells : null
}

const isSeparatorRow = (cells: string[]) => cells.every((cell) => /^:?-{3,}:?$/.test(cell))

type Block = { kind: 'text'; lines: string[] }

/** Lines of one block (between blank lines): runs of ≥ 2 pipe rows with the same width are a table. */
function splitTables(lines: string[]): (Block | { kind: 'table'; rows: string[][] })[] {
  const out: (Block | { kind: 'table'; rows: string[][] })[] = []
  let index = 0
  while (index < lines.length) {
    const first = pipeCells(lines[index]!)
    let end = index
    const rows: string[][] = []
    while (first && end < lines.length) {
      const cells = pipeCells(lines[end]!)
      if (!cells || cells.length !== first.length) break
      if (!isSeparatorRow(cells)) rows.push(cells)
      end++
    }
    if (rows.length >= 2) {
      out.push({ kind: 'table', rows })
      index = end
      continue
    }
    const last = out[out.length - 1]
    if (last?.kind === 'text') last.lines.push(lines[index]!)
    else out.push({ kind: 'text', lines: [lines[index]!] })
    index++
  }
  return out
}

/**
 * Plain text (a textarea, a PDF's text) as rich text: a blank line starts a new paragraph, lines within one are
 * kept as line breaks, runs of "- "/"• " lines become a bullet list and "1. " lines a numbered list (starting at
 * the first number; a blank line between items does not end the list when the next one continues it). A line right
 * after a list item without a marker continues that item (wrapped text). Two or more lines of " | "-separated cells
 * with the same number of cells are a table whose first row is its header (what richTextToPlainText writes).
 * Web addresses become links. Empty or blank text gives null (an empty field).
 */
export function plainTextToRichText(text: string | null | undefined): RichTextState | null {
  if (!text?.trim()) return null
  const blocks: RichTextBlockNode[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; start: number; last: number; items: string[][] } | null = null
  let afterBlank = false

  const flushParagraph = () => {
    for (const part of splitTables(paragraph)) {
      if (part.kind === 'table') blocks.push(tableNode(part.rows, { headerRow: true }))
      else blocks.push(paragraphNode(linesToInline(part.lines)))
    }
    paragraph = []
  }
  const flushList = () => {
    if (list) {
      const items: ListItemInput[] = list.items.map((lines): RichTextInlineNode[] => linesToInline(lines))
      blocks.push(listNode({ ordered: list.ordered, start: list.start, items }))
    }
    list = null
  }

  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim()
    if (!line) {
      flushParagraph()
      afterBlank = true
      continue
    }
    const item = listLine(raw)
    if (item) {
      flushParagraph()
      const continues = list && list.ordered === item.ordered && (!item.ordered || item.number === list.last + 1)
      if (!continues) flushList()
      list ??= { ordered: item.ordered, start: item.ordered ? item.number : 1, last: item.number, items: [] }
      list.items.push([item.text])
      list.last = item.number
    } else if (list && !afterBlank) {
      list.items[list.items.length - 1]!.push(line)
    } else {
      flushList()
      paragraph.push(line)
    }
    afterBlank = false
  }
  flushParagraph()
  flushList()
  return richTextState(blocks)
}
