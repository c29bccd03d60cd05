/**
 * An agenda item's texts as rich text, built from what the parser gives: plain text whose lists are marked
 * ("- " bullets, "1. " numbered proposals, see plainTextToRichText) and the document's tables as rows of cells.
 * Tables are built from their rows, never from flattened text. Pure.
 */
import {
  type RichTextBlockNode,
  type RichTextNode,
  type RichTextState,
  linkNode,
  paragraphNode,
  plainTextToRichText,
  richTextState,
  tableNode,
  textNode,
} from '@/richtext'
import type { ParsedAgendaItem } from '../schema'

type ParsedTable = Pick<ParsedAgendaItem['tables'][number], 'title' | 'rows'>

/** A piece of an item's text: plain text, or a table of the document. */
export type ItemTextPart = string | null | undefined | { table: ParsedTable }

/**
 * A table of the document: its title as a paragraph, then the table. The first row is its header; when the
 * header's first cell is empty (a grid with labels down the side, like the Tidsplan in 2023-11-23 item 6b), the
 * first cell of each other row is that row's header. A single row is just a line of text.
 */
export function tableBlocks(table: ParsedTable): RichTextBlockNode[] {
  const rows = table.rows.map((row) => row.map((cell) => cell.trim())).filter((row) => row.some(Boolean))
  const title = table.title ? [paragraphNode(table.title)] : []
  if (rows.length === 0) return title
  if (rows.length === 1) return [...title, paragraphNode(rows[0]!.filter(Boolean).join(' – '))]
  const header = rows[0]!
  const headerColumn = header[0] === '' && header.slice(1).some(Boolean)
  return [...title, tableNode(rows, { headerRow: true, headerColumn })]
}

/** A link of the document: its title, as it stands in the text, and its address. */
export type ItemTextLink = { title: string; url: string }

/** Text nodes split where a link's title stands, the title becoming a link to the document's address. */
function linkTitles(nodes: RichTextNode[], links: readonly ItemTextLink[]): RichTextNode[] {
  return nodes.flatMap((node): RichTextNode[] => {
    if (node.type === 'link' || node.type === 'autolink') return [node]
    if ('children' in node) return [{ ...node, children: linkTitles(node.children, links) } as RichTextNode]
    if (node.type !== 'text') return [node]
    const link = links.find((candidate) => candidate.title && node.text.includes(candidate.title))
    if (!link) return [node]
    const at = node.text.indexOf(link.title)
    const before = node.text.slice(0, at)
    const after = node.text.slice(at + link.title.length)
    return [
      ...(before ? [textNode(before, node.format)] : []),
      linkNode(link.url, link.title),
      ...(after ? linkTitles([textNode(after, node.format)], links) : []),
    ]
  })
}

/**
 * The parts as one rich text, in order, or null when there is no text at all. Where the title of one of `links`
 * (the document's links with a web address) stands in the text, it becomes that link.
 */
export function itemRichText(parts: ItemTextPart[], links: readonly ItemTextLink[] = []): RichTextState | null {
  const blocks = parts.flatMap((part): RichTextBlockNode[] => {
    if (!part) return []
    if (typeof part === 'string') return plainTextToRichText(part)?.root.children ?? []
    return tableBlocks(part.table)
  })
  if (!blocks.length) return null
  return richTextState(links.length ? (linkTitles(blocks, links) as RichTextBlockNode[]) : blocks)
}
