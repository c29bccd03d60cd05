import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Page } from '@/payload-types'
import { PageBlocks } from './PageBlocks'
import { richTextHref } from './richTextLinks'

const UNSAFE = [
  'javascript:alert(1)',
  'jav\tascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:msgbox(1)',
]

const paragraphWithLink = (type: 'link' | 'autolink', url: string) => ({
  type: 'paragraph',
  version: 1,
  children: [
    {
      type,
      version: 3,
      fields: { linkType: 'custom', url, newTab: false },
      children: [{ type: 'text', version: 1, text: 'klicka', format: 0, detail: 0, mode: 'normal', style: '' }],
    },
  ],
})

const render = (layout: unknown[]) =>
  renderToStaticMarkup(createElement(PageBlocks, { blocks: layout as Page['layout'] }))

describe('PageBlocks', () => {
  it('should show an unsafe link, saved past the check, as text without an href', () => {
    for (const url of UNSAFE) {
      const content = {
        root: {
          type: 'root',
          version: 1,
          children: [paragraphWithLink('link', url), paragraphWithLink('autolink', url)],
        },
      }
      const html = render([
        { blockType: 'richText', id: 'a', content },
        { blockType: 'linkList', id: 'b', links: [{ id: 'c', label: 'Lista', url }] },
      ])
      expect(html, url).not.toMatch(/href/i)
      expect(html).toContain('klicka')
      expect(html).toContain('Lista')
    }
  })

  it('should keep safe links, and link internal documents to their public page', () => {
    const content = {
      root: { type: 'root', version: 1, children: [paragraphWithLink('link', 'https://www.vgregion.se/')] },
    }
    const html = render([
      { blockType: 'richText', id: 'a', content },
      { blockType: 'linkList', id: 'b', links: [{ id: 'c', label: 'Möten', url: '/moten' }] },
    ])
    expect(html).toContain('<a href="https://www.vgregion.se/">klicka</a>')
    expect(html).toContain('<a href="/moten">Möten</a>')
    expect(
      richTextHref({ linkType: 'internal', doc: { relationTo: 'pages', value: { id: '1', slug: 'om-sro' } } } as never),
    ).toBe('/om-sro')
    expect(
      richTextHref({ linkType: 'internal', doc: { relationTo: 'users', value: { id: '1', slug: 'x' } } } as never),
    ).toBeNull()
    expect(richTextHref({ linkType: 'internal', doc: { relationTo: 'pages', value: '1' } } as never)).toBeNull()
  })
})
