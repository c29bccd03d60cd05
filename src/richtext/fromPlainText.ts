import { linesToInline, listNode, paragraphNode, richTextState, type ListItemInput } from './build'
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

/**
 * Plain text (a textarea, a PDF's text) as rich text: a blank line starts a new paragraph, lines within one are
 * kept as line breaks, runs of "- "/"• " lines become a bullet list and "1. " lines a numbered list (starting at
 * the first number). A line right after a list item without a marker continues that item (wrapped text).
 * Web addresses become links. Empty or blank text gives null (an empty field).
 */
export function plainTextToRichText(text: string | null | undefined): RichTextState | null {
  if (!text?.trim()) return null
  const blocks: RichTextBlockNode[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; start: number; items: string[][] } | null = null

  const flushParagraph = () => {
    if (paragraph.length) blocks.push(paragraphNode(linesToInline(paragraph)))
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
      flushList()
      continue
    }
    const item = listLine(raw)
    if (item) {
      flushParagraph()
      if (list && list.ordered !== item.ordered) flushList()
      list ??= { ordered: item.ordered, start: item.ordered ? item.number : 1, items: [] }
      list.items.push([item.text])
    } else if (list) {
      list.items[list.items.length - 1]!.push(line)
    } else {
      paragraph.push(line)
    }
  }
  flushParagraph()
  flushList()
  return richTextState(blocks)
}
