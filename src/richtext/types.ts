/**
 * The Lexical editor state of the agenda items' text fields, as Payload stores it (JSON). Type aliases (not
 * interfaces) so a value is assignable to the generated `{ root: …; [k: string]: unknown }` of payload-types.ts.
 */

type Element = { direction: 'ltr' | null; format: ''; indent: number; version: number }

/** Bit flags of a text node's `format` (Lexical): only these two are offered in the items' editor. */
export const TEXT_BOLD = 1
export const TEXT_ITALIC = 2

export type RichTextTextNode = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

export type RichTextLineBreakNode = { type: 'linebreak'; version: 1 }

/** Payload's link node: an external address, or a document on the site (meeting, page, case). */
export type RichTextLinkFields =
  | { linkType: 'custom'; url: string; newTab: boolean }
  | { linkType: 'internal'; doc: { relationTo: string; value: unknown }; newTab: boolean }

export type RichTextLinkNode = Element & {
  type: 'link' | 'autolink'
  id?: string
  fields: RichTextLinkFields
  children: RichTextTextNode[]
}

export type RichTextInlineNode = RichTextTextNode | RichTextLineBreakNode | RichTextLinkNode

export type RichTextParagraphNode = Element & {
  type: 'paragraph'
  textFormat: 0
  textStyle: ''
  children: RichTextInlineNode[]
}

export type RichTextListItemNode = Element & {
  type: 'listitem'
  value: number
  checked?: boolean
  /** Inline content; a nested list follows in the same item. */
  children: (RichTextInlineNode | RichTextListNode)[]
}

export type RichTextListNode = Element & {
  type: 'list'
  listType: 'bullet' | 'number'
  start: number
  tag: 'ul' | 'ol'
  children: RichTextListItemNode[]
}

/** Lexical's header states: 1 = a header row cell, 2 = a header column cell. */
export const HEADER_ROW = 1
export const HEADER_COLUMN = 2

export type RichTextTableCellNode = Element & {
  type: 'tablecell'
  headerState: number
  colSpan: number
  rowSpan: number
  backgroundColor: null
  children: RichTextParagraphNode[]
}

export type RichTextTableRowNode = Element & { type: 'tablerow'; children: RichTextTableCellNode[] }

export type RichTextTableNode = Element & { type: 'table'; children: RichTextTableRowNode[] }

export type RichTextBlockNode = RichTextParagraphNode | RichTextListNode | RichTextTableNode

export type RichTextNode =
  RichTextBlockNode | RichTextInlineNode | RichTextListItemNode | RichTextTableRowNode | RichTextTableCellNode

/** A whole value of an item's text field. */
export type RichTextState = {
  root: Element & { type: 'root'; children: RichTextBlockNode[] }
}
