import { describe, expect, it } from 'vitest'

import { linkNode, listNode, paragraphNode, richTextState, tableNode } from './build'
import { plainTextToRichText } from './fromPlainText'
import { richTextToPlainText } from './toPlainText'
import type { RichTextListNode, RichTextParagraphNode, RichTextTableNode } from './types'

describe('plainTextToRichText', () => {
  it('gives null for empty text', () => {
    expect(plainTextToRichText('')).toBeNull()
    expect(plainTextToRichText('  \n\n ')).toBeNull()
    expect(plainTextToRichText(null)).toBeNull()
  })

  it('splits paragraphs on blank lines and keeps line breaks inside one', () => {
    const state = plainTextToRichText('Första stycket\nfortsätter här.\n\nAndra stycket.')!
    expect(state.root.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
    const first = state.root.children[0] as RichTextParagraphNode
    expect(first.children.map((node) => node.type)).toEqual(['text', 'linebreak', 'text'])
  })

  it('turns "- " and "• " lines into a bullet list', () => {
    const state = plainTextToRichText('Inför mötet:\n- Läs underlaget\n• Svara på enkäten')!
    const [intro, list] = state.root.children as [RichTextParagraphNode, RichTextListNode]
    expect(intro.type).toBe('paragraph')
    expect(list).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul' })
    expect(list.children.map((item) => (item.children[0] as { text: string }).text)).toEqual([
      'Läs underlaget',
      'Svara på enkäten',
    ])
  })

  it('turns numbered proposals into a paragraph and a numbered list', () => {
    const state = plainTextToRichText('SRO ställer sig bakom att:\n1. Avtalet godkänns\n2. Uppföljning sker 2025')!
    const [intro, list] = state.root.children as [RichTextParagraphNode, RichTextListNode]
    expect((intro.children[0] as { text: string }).text).toBe('SRO ställer sig bakom att:')
    expect(list).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 1 })
    expect(list.children.map((item) => item.value)).toEqual([1, 2])
  })

  it('starts a numbered list at its first number and continues wrapped lines in the item', () => {
    const state = plainTextToRichText('3. Tredje punkten\nsom bryts.\n4. Fjärde')!
    const list = state.root.children[0] as RichTextListNode
    expect(list.start).toBe(3)
    expect(list.children).toHaveLength(2)
    expect(list.children[0]!.children.map((node) => node.type)).toEqual(['text', 'linebreak', 'text'])
  })

  it('separates a bullet list from a numbered one that follows it', () => {
    const state = plainTextToRichText('- a\n- b\n1. c')!
    expect(state.root.children.map((block) => (block as RichTextListNode).listType)).toEqual(['bullet', 'number'])
  })

  it('keeps one numbered list across blank lines while the numbers continue', () => {
    const state = plainTextToRichText('Bakgrund\n\n1. Ett\n\n2. Två\n\n3. Tre\n\nSlut.')!
    expect(state.root.children.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph'])
    expect((state.root.children[1] as RichTextListNode).children).toHaveLength(3)
    const restart = plainTextToRichText('1. Ett\n\n1. Ett igen')!
    expect(restart.root.children).toHaveLength(2)
  })

  it('reads lines of " | "-separated cells as a table with a header row', () => {
    const state = plainTextToRichText(
      'Tidsplan\n | Samsyn | Avtal\nHösten 2023 | Inledande dialog | Dialog avtalsform',
    )!
    const [title, table] = state.root.children as [RichTextParagraphNode, RichTextTableNode]
    expect(title.type).toBe('paragraph')
    expect(table.type).toBe('table')
    expect(table.children.map((row) => row.children.map((cell) => cell.headerState))).toEqual([
      [1, 1, 1],
      [0, 0, 0],
    ])
    expect(richTextToPlainText(state)).toBe(
      'Tidsplan\n\n | Samsyn | Avtal\nHösten 2023 | Inledande dialog | Dialog avtalsform',
    )
  })

  it('reads a Markdown table and leaves a single line with a bar as text', () => {
    const state = plainTextToRichText('| Datum | Vad |\n|---|---|\n| 1 dec | Möte |')!
    const table = state.root.children[0] as RichTextTableNode
    expect(table.children).toHaveLength(2)
    expect(plainTextToRichText('Antingen a | b')!.root.children[0]!.type).toBe('paragraph')
  })

  it('makes web addresses links and leaves sentence punctuation outside', () => {
    const state = plainTextToRichText('Se https://www.vgregion.se/sro. Tack.')!
    const paragraph = state.root.children[0] as RichTextParagraphNode
    expect(paragraph.children).toEqual([
      expect.objectContaining({ type: 'text', text: 'Se ' }),
      linkNode('https://www.vgregion.se/sro'),
      expect.objectContaining({ type: 'text', text: '. Tack.' }),
    ])
  })

  it('never links javascript: or other schemes', () => {
    const state = plainTextToRichText('javascript:alert(1) och ftp://x.example')!
    const paragraph = state.root.children[0] as RichTextParagraphNode
    expect(paragraph.children.every((node) => node.type === 'text')).toBe(true)
  })
})

describe('richTextToPlainText', () => {
  it('returns the text of paragraphs, lists and tables', () => {
    const state = richTextState([
      paragraphNode('SRO ställer sig bakom att:'),
      listNode({ ordered: true, items: ['Avtalet godkänns', 'Uppföljning sker'] }),
      listNode({ ordered: false, items: ['ett', { text: 'två', items: { ordered: false, items: ['två a'] } }] }),
      tableNode(
        [
          ['Datum', 'Aktivitet'],
          ['2023-12-14', 'Beslut i SRO'],
        ],
        { headerRow: true },
      ),
    ])
    expect(richTextToPlainText(state)).toBe(
      [
        'SRO ställer sig bakom att:',
        '1. Avtalet godkänns\n2. Uppföljning sker',
        '- ett\n- två\n  - två a',
        'Datum | Aktivitet\n2023-12-14 | Beslut i SRO',
      ].join('\n\n'),
    )
  })

  it('gives back what plainTextToRichText was given (normalised)', () => {
    const text = 'Inledning\nrad två\n\n- ett\n- två\n  fortsättning\n\n3. tre\n4. fyra\n\nSe https://example.org/a.'
    expect(richTextToPlainText(plainTextToRichText(text))).toBe(text)
  })

  it('reads old plain strings as they are and unreadable values as empty', () => {
    expect(richTextToPlainText('gammal text')).toBe('gammal text')
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText({ root: null })).toBe('')
    expect(richTextToPlainText(42)).toBe('')
  })

  it('marks the first row of a table as header cells', () => {
    const table = tableNode([['Datum', 'Aktivitet'], ['1 dec']], { headerRow: true }) as RichTextTableNode
    expect(table.children.map((row) => row.children.map((cell) => cell.headerState))).toEqual([
      [1, 1],
      [0, 0],
    ])
  })
})

describe('stored values (the migration)', () => {
  it('converts plain text to rich text JSON and back, and leaves rich text as it is', async () => {
    const { storedRichTextJsonToText, storedTextToRichTextJson } = await import('./stored')
    const json = storedTextToRichTextJson('Förslag:\n1. Ett\n2. Två')!
    expect(JSON.parse(json).root.children[1].tag).toBe('ol')
    expect(storedTextToRichTextJson(json)).toBe(json)
    expect(storedTextToRichTextJson(null)).toBeNull()
    expect(storedTextToRichTextJson('  ')).toBeNull()
    expect(storedTextToRichTextJson('{ inte json')).toContain('{ inte json')
    expect(storedRichTextJsonToText(json)).toBe('Förslag:\n\n1. Ett\n2. Två')
    expect(storedRichTextJsonToText('gammal text')).toBe('gammal text')
  })
})
