/** The node shape read here: any Lexical JSON, whatever editor wrote it. */
type AnyNode = { type?: unknown; text?: unknown; children?: unknown; listType?: unknown; start?: unknown }

const childrenOf = (node: AnyNode): AnyNode[] =>
  Array.isArray(node.children) ? (node.children.filter((child) => child && typeof child === 'object') as AnyNode[]) : []

function inlineText(nodes: AnyNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return '\t'
      if (typeof node.text === 'string') return node.text
      return inlineText(childrenOf(node))
    })
    .join('')
}

function listText(list: AnyNode, depth: number): string {
  const ordered = list.listType === 'number'
  let number = typeof list.start === 'number' ? list.start : 1
  const indent = '  '.repeat(depth)
  return childrenOf(list)
    .map((item) => {
      const inline = childrenOf(item).filter((child) => child.type !== 'list')
      const nested = childrenOf(item).filter((child) => child.type === 'list')
      // A listitem that holds only a nested list is Lexical's way of indenting: no marker of its own.
      if (!inline.length && nested.length) return nested.map((sub) => listText(sub, depth + 1)).join('\n')
      const marker = ordered ? `${number++}. ` : '- '
      const lines = inlineText(inline).split('\n')
      const text = [indent + marker + lines[0], ...lines.slice(1).map((line) => `${indent}  ${line}`)].join('\n')
      return [text, ...nested.map((sub) => listText(sub, depth + 1))].join('\n')
    })
    .join('\n')
}

/** A table as lines of cells separated by " | " (search, CSV, feeds and the PDF fallback read it as text). */
function tableText(table: AnyNode): string {
  return childrenOf(table)
    .map((row) =>
      childrenOf(row)
        .map((cell) => blocksText(childrenOf(cell)).replace(/\s*\n+\s*/g, ' '))
        .join(' | '),
    )
    .join('\n')
}

function blocksText(blocks: AnyNode[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'list') return listText(block, 0)
      if (block.type === 'table') return tableText(block)
      if (typeof block.text === 'string') return block.text
      return inlineText(childrenOf(block))
    })
    .filter((text) => text.trim())
    .join('\n\n')
}

/**
 * Rich text as plain text: paragraphs separated by a blank line, list items as "- " or "1. " lines, table rows
 * as lines of " | "-separated cells. The inverse of `plainTextToRichText` for what it builds. A string (a value
 * stored before the fields became rich text) is returned as it is; anything else unreadable gives ''.
 */
export function richTextToPlainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const root = (value as { root?: unknown }).root
  if (!root || typeof root !== 'object') return ''
  return blocksText(childrenOf(root as AnyNode)).trim()
}
