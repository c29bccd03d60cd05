import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { linkNode, listNode, paragraphNode, plainTextToRichText, richTextState, tableNode } from '@/richtext'
import { ItemText } from './ItemText'

const render = (value: unknown) =>
  renderToStaticMarkup(createElement(ItemText, { value, id: 'punkt-6b-anteckningar-tabell', tableLabel: 'Tabell i punkt 6b' }))

describe('ItemText', () => {
  it('renders lists as <ul>/<ol> (keeping the first number) and a table with header cells in a scroll region', () => {
    const html = render(
      richTextState([
        paragraphNode('SRO ställer sig bakom att:'),
        listNode({ ordered: true, start: 3, items: ['Tre', 'Fyra'] }),
        listNode({ ordered: false, items: ['Punkt'] }),
        tableNode(
          [
            ['', 'Samsyn'],
            ['Hösten 2023', 'Inledande dialog'],
          ],
          { headerRow: true, headerColumn: true },
        ),
      ]),
    )
    expect(html).toContain('<p>SRO ställer sig bakom att:</p>')
    expect(html).toMatch(/<ol start="3"><li value="3">Tre<\/li><li value="4">Fyra<\/li><\/ol>/)
    expect(html).toContain('<ul><li value="1">Punkt</li></ul>')
    expect(html).toContain('role="region" aria-label="Tabell i punkt 6b"')
    expect(html).toContain('id="punkt-6b-anteckningar-tabell"')
    expect(html).toContain('<thead><tr><th scope="col"></th><th scope="col">Samsyn</th></tr></thead>')
    expect(html).toContain('<tbody><tr><th scope="row">Hösten 2023</th><td>Inledande dialog</td></tr></tbody>')
    expect(html).not.toContain('style=')
  })

  it('renders a link as <a> and a javascript: address as text', () => {
    expect(render(richTextState([paragraphNode([linkNode('https://vgregion.se/sro', 'Färdplan')])]))).toContain(
      '<a href="https://vgregion.se/sro">Färdplan</a>',
    )
    const unsafe = richTextState([paragraphNode([linkNode('javascript:alert(1)', 'klicka')])])
    expect(render(unsafe)).not.toContain('href')
  })

  it('renders old plain text as paragraphs and empty text as nothing', () => {
    expect(render('Ett.\n\nTvå.')).toBe('<p>Ett.</p><p>Två.</p>')
    expect(render(null)).toBe('')
    expect(render(plainTextToRichText('  '))).toBe('')
  })
})
