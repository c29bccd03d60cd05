/**
 * An item's rich text for the meeting PDFs: paragraphs, lists with their markers ("•", "1.") and tables with their
 * header cells, as plain strings the layout writes into tagged P, L/LI and Table/TR/TH/TD elements. Pure. A link
 * prints its address after its text, since a printed page cannot be clicked.
 */
import { HEADER_COLUMN, HEADER_ROW, richTextToPlainText } from '@/richtext'

export type PdfTableCell = { text: string; scope: 'Column' | 'Row' | null }
export type PdfTextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: { label: string; text: string }[] }
  | { kind: 'table'; rows: PdfTableCell[][] }

type Node = {
  type?: string
  text?: string
  children?: Node[]
  fields?: { linkType?: string; url?: string }
  tag?: string
  start?: number
  headerState?: number
}

/** Inline content as text; an external link keeps its address when its text does not already say it. */
function inlineText(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'link' || node.type === 'autolink') {
        const text = inlineText(node.children ?? [])
        const url = node.fields?.linkType === 'custom' ? node.fields.url : undefined
        return url && !text.includes(url) ? `${text} (${url})` : text
      }
      if (node.type === 'linebreak') return '\n'
      return typeof node.text === 'string' ? node.text : inlineText(node.children ?? [])
    })
    .join('')
    .trim()
}

function listItems(list: Node, depth: number): { label: string; text: string }[] {
  let number = typeof list.start === 'number' ? list.start : 1
  return (list.children ?? []).flatMap((item) => {
    const inline = (item.children ?? []).filter((child) => child.type !== 'list')
    const nested = (item.children ?? []).filter((child) => child.type === 'list')
    const own = inline.length
      ? [
          {
            label: `${'  '.repeat(depth)}${list.tag === 'ol' ? `${number++}.` : depth ? '–' : '•'}`,
            text: inlineText(inline),
          },
        ]
      : []
    return [...own, ...nested.flatMap((sub) => listItems(sub, depth + 1))]
  })
}

function cellScope(cell: Node): PdfTableCell['scope'] {
  const state = cell.headerState ?? 0
  if (state & HEADER_ROW) return 'Column'
  if (state & HEADER_COLUMN) return 'Row'
  return null
}

/** The blocks of a rich-text value (or of plain text stored before the migration: its paragraphs). */
export function pdfTextBlocks(value: unknown): PdfTextBlock[] {
  if (typeof value === 'string' || !value || typeof value !== 'object') {
    return richTextToPlainText(value)
      .split(/\n\s*\n/)
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ kind: 'paragraph', text }))
  }
  const blocks = ((value as { root?: Node }).root?.children ?? []) as Node[]
  return blocks.flatMap((block): PdfTextBlock[] => {
    if (block.type === 'list') {
      const items = listItems(block, 0)
      return items.length ? [{ kind: 'list', items }] : []
    }
    if (block.type === 'table') {
      const rows = (block.children ?? []).map((row) =>
        (row.children ?? []).map((cell) => ({
          text: (cell.children ?? []).map((paragraph) => inlineText(paragraph.children ?? [])).join('\n'),
          scope: cellScope(cell),
        })),
      )
      return rows.length ? [{ kind: 'table', rows }] : []
    }
    const text = inlineText(block.children ?? [])
    return text ? [{ kind: 'paragraph', text }] : []
  })
}
