import { isWebAddress } from '@/lib/sitePath'
import {
  HEADER_COLUMN,
  HEADER_ROW,
  type RichTextBlockNode,
  type RichTextInlineNode,
  type RichTextLinkNode,
  type RichTextListItemNode,
  type RichTextListNode,
  type RichTextParagraphNode,
  type RichTextState,
  type RichTextTableCellNode,
  type RichTextTableNode,
  type RichTextTextNode,
} from './types'

/** Node builders: the importer and the plain-text conversion build rich text only through these. */

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

export function textNode(text: string, format = 0): RichTextTextNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function linkNode(url: string, text: string = url): RichTextLinkNode {
  return {
    ...element,
    type: 'link',
    version: 3,
    fields: { linkType: 'custom', url, newTab: false },
    children: [textNode(text)],
  }
}

/** An http(s) address in running text, up to white space; trailing punctuation belongs to the sentence. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/gi

function trimUrl(url: string): string {
  let end = url.length
  while (end > 0 && /[.,;:!?'’”)\]]/.test(url[end - 1]!)) {
    // Keep a closing parenthesis that closes one opened in the address (Wikipedia-style paths).
    if (url[end - 1] === ')' && url.slice(0, end).split('(').length > url.slice(0, end).split(')').length - 1) break
    end--
  }
  return url.slice(0, end)
}

/** One line of text as inline nodes: web addresses in it become links to themselves. */
export function inlineNodes(line: string): RichTextInlineNode[] {
  const nodes: RichTextInlineNode[] = []
  let rest = 0
  for (const match of line.matchAll(URL_IN_TEXT)) {
    const url = trimUrl(match[0])
    if (!isWebAddress(url)) continue
    if (match.index > rest) nodes.push(textNode(line.slice(rest, match.index)))
    nodes.push(linkNode(url))
    rest = match.index + url.length
  }
  if (rest < line.length) nodes.push(textNode(line.slice(rest)))
  return nodes
}

/** Lines joined by line breaks within one block. */
export function linesToInline(lines: string[]): RichTextInlineNode[] {
  return lines.flatMap((line, index) => [
    ...(index > 0 ? [{ type: 'linebreak', version: 1 } as const] : []),
    ...inlineNodes(line),
  ])
}

export function paragraphNode(children: RichTextInlineNode[] | string): RichTextParagraphNode {
  const inline = typeof children === 'string' ? inlineNodes(children) : children
  return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children: inline }
}

export type ListItemInput = string | RichTextInlineNode[] | { text: string | RichTextInlineNode[]; items?: ListInput }
export type ListInput = { ordered: boolean; start?: number; items: ListItemInput[] }

export function listNode({ ordered, start = 1, items }: ListInput): RichTextListNode {
  const children = items.map((item, index): RichTextListItemNode => {
    const { text, items: nested } =
      typeof item === 'object' && !Array.isArray(item) ? item : { text: item, items: undefined }
    const inline = typeof text === 'string' ? inlineNodes(text) : text
    return {
      ...element,
      type: 'listitem',
      value: start + index,
      children: nested?.items.length ? [...inline, listNode(nested)] : inline,
    }
  })
  return {
    ...element,
    type: 'list',
    listType: ordered ? 'number' : 'bullet',
    start,
    tag: ordered ? 'ol' : 'ul',
    children,
  }
}

/**
 * A table of text cells; with `headerRow` the first row's cells are column headers (`<th scope="col">`), with
 * `headerColumn` the first cell of every other row is that row's header (`<th scope="row">`).
 */
export function tableNode(rows: string[][], { headerRow = false, headerColumn = false } = {}): RichTextTableNode {
  const width = Math.max(0, ...rows.map((row) => row.length))
  return {
    ...element,
    type: 'table',
    children: rows.map((row, rowIndex) => ({
      ...element,
      type: 'tablerow',
      children: Array.from({ length: width }, (_, column): RichTextTableCellNode => ({
        ...element,
        type: 'tablecell',
        headerState: headerRow && rowIndex === 0 ? HEADER_ROW : headerColumn && column === 0 ? HEADER_COLUMN : 0,
        colSpan: 1,
        rowSpan: 1,
        backgroundColor: null,
        children: [paragraphNode(row[column] ?? '')],
      })),
    })),
  }
}

export function richTextState(children: RichTextBlockNode[]): RichTextState {
  return { root: { ...element, type: 'root', children } }
}
