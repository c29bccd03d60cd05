import { describe, expect, it } from 'vitest'

import type { RichTextListNode, RichTextTableNode } from '@/richtext'
import { item, parseFixture } from '../fixtures/helpers'
import { proposalText } from './texts'
import { itemRichText, tableBlocks } from './itemTexts'

const texts = (cells: readonly { children: readonly { children: readonly unknown[] }[] }[]) =>
  cells.map((cell) =>
    cell.children
      .flatMap((paragraph) => paragraph.children.map((node) => (node as { text?: string }).text ?? ''))
      .join(''),
  )

describe('item texts as rich text from the parsed document', () => {
  it('2023-11-23 item 6b: the Tidsplan is a table with a header row and row headers, the bullets a list', () => {
    const { meeting } = parseFixture('2023-11-23-motesanteckning.md')
    const sixB = item(meeting, 'b', '6')
    const state = itemRichText([sixB.notes, ...sixB.tables.map((table) => ({ table }))])!
    const blocks = state.root.children
    const table = blocks.find((block) => block.type === 'table') as RichTextTableNode
    expect(table.children).toHaveLength(4)
    expect(texts(table.children[0]!.children)).toEqual([
      '',
      'Samsyn kommunal primärvård',
      'Hälso- och sjukvårdsavtal & lagreglerade överenskommelser',
    ])
    expect(table.children[0]!.children.map((cell) => cell.headerState)).toEqual([1, 1, 1])
    expect(table.children.slice(1).map((row) => row.children.map((cell) => cell.headerState))).toEqual([
      [2, 0, 0],
      [2, 0, 0],
      [2, 0, 0],
    ])
    expect(texts(table.children.map((row) => row.children[0]!))).toEqual([
      '',
      'Hösten 2023',
      'Våren 2024',
      'Hösten 2024',
    ])
    // The table's title stands right before it.
    const title = blocks[blocks.indexOf(table) - 1] as { children: { text: string }[] }
    expect(title.children[0]!.text).toBe('Tidsplan')
    // "Beslut på VästKoms styrelsemöte …:" is followed by its three points as a bullet list.
    const lists = blocks.filter((block): block is RichTextListNode => block.type === 'list')
    expect(lists.some((list) => list.tag === 'ul' && list.children.length === 3)).toBe(true)
  })

  it('2025-08-21 item 6: "ställer sig bakom att:" is a paragraph and the points a numbered list', () => {
    const { meeting } = parseFixture('2025-08-21-kallelse.md')
    const state = itemRichText([proposalText(item(meeting, '6'))])!
    const [lead, list] = state.root.children as [{ children: { text: string }[] }, RichTextListNode]
    expect(lead.children[0]!.text).toBe('Det politiska samrådsorganet SRO ställer sig bakom att:')
    expect(list).toMatchObject({ type: 'list', tag: 'ol', start: 1 })
    expect(list.children).toHaveLength(3)
    expect((list.children[0]!.children[0] as { text: string }).text).toMatch(/^Parterna tar fram förslag/)
  })

  it('2025-11-13 item 1a: bullet notes stay a bullet list', () => {
    const { meeting } = parseFixture('2025-11-13-motesanteckning.md')
    const state = itemRichText([item(meeting, 'a', '1').notes])!
    expect(state.root.children).toEqual([expect.objectContaining({ type: 'list', tag: 'ul' })])
    expect((state.root.children[0] as RichTextListNode).children).toHaveLength(2)
  })

  it('gives null without text, and a one-row table as a line of text', () => {
    expect(itemRichText([null, '', '  '])).toBeNull()
    expect(tableBlocks({ title: null, rows: [['Datum', '1 dec']] })).toEqual([
      expect.objectContaining({ type: 'paragraph' }),
    ])
    const [table] = tableBlocks({
      title: null,
      rows: [
        ['Datum', 'Vad'],
        ['1 dec', 'Möte'],
      ],
    }) as RichTextTableNode[]
    expect(table!.children[1]!.children.map((cell) => cell.headerState)).toEqual([0, 0])
  })
})

describe('links of the document in an item text', () => {
  it('makes the title of a link with an address a link where it stands in the text, once per occurrence', () => {
    const state = itemRichText(
      ['Läs Färdplan (vgregion.se) före mötet.\n- Färdplan (vgregion.se) och mer'],
      [{ title: 'Färdplan (vgregion.se)', url: 'https://www.vgregion.se/fardplan' }],
    )!
    const [paragraph, list] = state.root.children as [{ children: unknown[] }, RichTextListNode]
    expect(paragraph.children).toEqual([
      expect.objectContaining({ type: 'text', text: 'Läs ' }),
      expect.objectContaining({
        type: 'link',
        fields: { linkType: 'custom', url: 'https://www.vgregion.se/fardplan', newTab: false },
      }),
      expect.objectContaining({ type: 'text', text: ' före mötet.' }),
    ])
    expect(list.children[0]!.children[0]).toMatchObject({ type: 'link' })
  })
})
