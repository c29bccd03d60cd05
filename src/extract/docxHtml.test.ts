import { describe, expect, it } from 'vitest'

import { docxHtmlToText } from './docxHtml.mjs'

describe('docxHtmlToText', () => {
  it('keeps paragraphs, bullet and numbered lists as the parser reads them', () => {
    const html =
      '<p>Förslag till ställningstagande: SRO ställer sig bakom att:</p>' +
      '<ol><li>Parterna tar fram förslag.</li><li>Riktlinjen skickas på remiss &amp; beslutas.</li></ol>' +
      '<p>Inspel</p><ul><li>Ett<ul><li>Under</li></ul></li><li>Två</li></ul><p>Slut.</p>'
    expect(docxHtmlToText(html)).toBe(
      [
        'Förslag till ställningstagande: SRO ställer sig bakom att:',
        '',
        '1. Parterna tar fram förslag.',
        '2. Riktlinjen skickas på remiss & beslutas.',
        '',
        'Inspel',
        '',
        '- Ett',
        '  - Under',
        '- Två',
        '',
        'Slut.',
      ].join('\n'),
    )
  })

  it('writes a table row per line with its cells separated by tabs', () => {
    const html =
      '<p>Tidsplan</p><table><tr><td></td><td><p>Samsyn</p></td><td><p>Avtal</p></td></tr>' +
      '<tr><td><p>Hösten 2023</p></td><td><p>Inledande</p><p>dialog</p></td><td><p>Dialog avtalsform</p></td></tr></table>' +
      '<p>Efter.</p>'
    expect(docxHtmlToText(html)).toBe(
      'Tidsplan\n\n\tSamsyn\tAvtal\nHösten 2023\tInledande dialog\tDialog avtalsform\n\nEfter.',
    )
  })

  it('keeps the address of a link and drops bookmarks', () => {
    const html =
      '<ul><li><a href="https://www.vgregion.se/sro">Färdplan (vgregion.se)</a></li></ul>' +
      '<p>Se <a href="#_Toc1">rubriken</a> och <a href="javascript:alert(1)">detta</a>.</p>'
    expect(docxHtmlToText(html)).toBe(
      '- [Färdplan (vgregion.se)](https://www.vgregion.se/sro)\n\nSe rubriken och detta.',
    )
  })
})
