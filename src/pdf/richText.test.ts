import { describe, expect, it } from 'vitest'

import { linkNode, listNode, paragraphNode, plainTextToRichText, richTextState, tableNode } from '@/richtext'
import { pdfTextBlocks } from './richText'

describe('pdfTextBlocks', () => {
  it('gives paragraphs, lists with their markers and tables with header scopes', () => {
    const value = richTextState([
      paragraphNode('SRO ställer sig bakom att:'),
      listNode({ ordered: true, start: 2, items: ['Två', 'Tre'] }),
      listNode({ ordered: false, items: [{ text: 'Ett', items: { ordered: false, items: ['Under'] } }] }),
      tableNode(
        [
          ['', 'Samsyn'],
          ['Hösten 2023', 'Inledande dialog'],
        ],
        { headerRow: true, headerColumn: true },
      ),
    ])
    expect(pdfTextBlocks(value)).toEqual([
      { kind: 'paragraph', text: 'SRO ställer sig bakom att:' },
      {
        kind: 'list',
        items: [
          { label: '2.', text: 'Två' },
          { label: '3.', text: 'Tre' },
        ],
      },
      {
        kind: 'list',
        items: [
          { label: '•', text: 'Ett' },
          { label: '  –', text: 'Under' },
        ],
      },
      {
        kind: 'table',
        rows: [
          [
            { text: '', scope: 'Column' },
            { text: 'Samsyn', scope: 'Column' },
          ],
          [
            { text: 'Hösten 2023', scope: 'Row' },
            { text: 'Inledande dialog', scope: null },
          ],
        ],
      },
    ])
  })

  it('prints a link with its address and keeps line breaks', () => {
    const value = richTextState([paragraphNode([linkNode('https://vgregion.se/a', 'Färdplan')])])
    expect(pdfTextBlocks(value)).toEqual([{ kind: 'paragraph', text: 'Färdplan (https://vgregion.se/a)' }])
    expect(pdfTextBlocks(plainTextToRichText('rad ett\nrad två'))).toEqual([
      { kind: 'paragraph', text: 'rad ett\nrad två' },
    ])
  })

  it('reads text stored before the migration as paragraphs, and nothing as nothing', () => {
    expect(pdfTextBlocks('Ett.\n\nTvå.')).toEqual([
      { kind: 'paragraph', text: 'Ett.' },
      { kind: 'paragraph', text: 'Två.' },
    ])
    expect(pdfTextBlocks(null)).toEqual([])
  })
})
