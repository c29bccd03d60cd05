import type React from 'react'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import {
  HEADER_COLUMN,
  HEADER_ROW,
  type RichTextListItemNode,
  type RichTextListNode,
  type RichTextTableCellNode,
  type RichTextTableNode,
  richTextToPlainText,
} from '@/richtext'
import { Paragraphs } from './Paragraphs'
import { ScrollRegion } from './ScrollRegion'
import { safeLinkConverters } from './richTextLinks'

type CellNode = RichTextTableCellNode & { colSpan?: number; rowSpan?: number }

const isHeaderRow = (row: { children: CellNode[] }) =>
  row.children.length > 0 && row.children.every((cell) => (cell.headerState & HEADER_ROW) !== 0)

/**
 * The converters of an item's text: Payload's, with links held to the site's link rule, numbered lists that keep
 * their first number, and tables as real data tables (header rows in <thead> with <th scope="col">, header columns
 * as <th scope="row">, no inline styles) inside a keyboard-scrollable region for narrow screens.
 */
function itemTextConverters(regionId: string, regionLabel: string): JSXConvertersFunction {
  let tables = 0
  return (args) => {
    const base = safeLinkConverters(args)
    const list: JSXConverter<RichTextListNode> = ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children as never })
      if (node.tag === 'ol') return <ol start={node.start && node.start !== 1 ? node.start : undefined}>{children}</ol>
      return <ul>{children}</ul>
    }
    // No inline style (the CSP forbids it): an item that only holds a nested list is marked by a class instead.
    const listitem: JSXConverter<RichTextListItemNode> = ({ node, nodesToJSX }) => {
      const onlyNested = node.children.length > 0 && node.children.every((child) => child.type === 'list')
      return (
        <li className={onlyNested ? 'nested-list' : undefined} value={node.value}>
          {nodesToJSX({ nodes: node.children as never })}
        </li>
      )
    }
    const table: JSXConverter<RichTextTableNode> = ({ node, nodesToJSX }) => {
      const cell = (cellNode: CellNode, scope: 'col' | 'row' | null, key: number) => {
        // One paragraph in a cell is the cell's text, not a <p> of its own.
        const only = cellNode.children.length === 1 ? cellNode.children[0] : null
        const content = nodesToJSX({ nodes: (only ? only.children : cellNode.children) as never })
        const span = {
          colSpan: cellNode.colSpan && cellNode.colSpan > 1 ? cellNode.colSpan : undefined,
          rowSpan: cellNode.rowSpan && cellNode.rowSpan > 1 ? cellNode.rowSpan : undefined,
        }
        return scope ? (
          <th key={key} scope={scope} {...span}>
            {content}
          </th>
        ) : (
          <td key={key} {...span}>
            {content}
          </td>
        )
      }
      const rows = node.children as { children: CellNode[] }[]
      let headRows = 0
      while (headRows < rows.length - 1 && isHeaderRow(rows[headRows]!)) headRows++
      const bodyRow = (row: { children: CellNode[] }, index: number) => (
        <tr key={index}>
          {row.children.map((c, column) =>
            cell(c, (c.headerState & HEADER_COLUMN) !== 0 || (c.headerState & HEADER_ROW) !== 0 ? 'row' : null, column),
          )}
        </tr>
      )
      tables += 1
      const id = tables === 1 ? regionId : `${regionId}-${tables}`
      return (
        <ScrollRegion id={id} label={tables === 1 ? regionLabel : `${regionLabel} ${tables}`}>
          <table className="item-table">
            {headRows > 0 && (
              <thead>
                {rows.slice(0, headRows).map((row, index) => (
                  <tr key={index}>{row.children.map((c, column) => cell(c, 'col', column))}</tr>
                ))}
              </thead>
            )}
            <tbody>{rows.slice(headRows).map(bodyRow)}</tbody>
          </table>
        </ScrollRegion>
      )
    }
    return { ...base, list, listitem, table } as unknown as ReturnType<JSXConvertersFunction>
  }
}

/**
 * An item's rich text (description, proposal, position taken, notes) as semantic HTML. `id` names the scroll
 * region of a table in it (unique on the page); a value stored as plain text before the migration is shown as
 * paragraphs. Empty text renders nothing.
 */
export function ItemText({ value, id, tableLabel }: { value: unknown; id: string; tableLabel: string }) {
  if (typeof value === 'string') return <Paragraphs text={value} />
  if (!richTextToPlainText(value).trim()) return null
  return (
    <RichText
      data={value as React.ComponentProps<typeof RichText>['data']}
      converters={itemTextConverters(id, tableLabel)}
      disableContainer
    />
  )
}
