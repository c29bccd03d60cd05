import { describe, expect, it } from 'vitest'

import { isPageMark, withoutPageFurniture } from './pages'
import { toLines } from './text'

const texts = (text: string) =>
  withoutPageFurniture(toLines(text))
    .map((line) => line.text)
    .filter(Boolean)

describe('page furniture', () => {
  it('should know the page marks Word and pdftotext print', () => {
    for (const mark of ['Sida 2 av 4', 'sida 3/5', 'Sida 2 (4)', '2 (4)', '2 av 4', 'Sida 7'])
      expect(isPageMark(mark)).toBe(true)
    for (const text of ['4. Sida vid sida', '2024', 'Sidan 2 visar', '1. Mötets öppnande'])
      expect(isPageMark(text)).toBe(false)
  })

  it('should drop the running header on every page, the first included, and keep line numbers', () => {
    const lines = withoutPageFurniture(
      toLines(
        'Protokoll SRO 2022-03-17\nProtokoll SRO\n1. Punkt\ntext\nSida 1 av 2\nProtokoll SRO 2022-03-17\nmer text\nSida 2 av 2',
      ),
    )
    expect(lines.map((line) => [line.line, line.text])).toEqual([
      [2, 'Protokoll SRO'],
      [3, '1. Punkt'],
      [4, 'text'],
      [7, 'mer text'],
    ])
  })

  it('should drop a dated title that heads only the later pages', () => {
    expect(
      texts('Kallelse SRO\nDatum: 23 september 2021\nSida 1 av 2\nKallelse SRO 23 september 2021\n4. Punkt'),
    ).toEqual(['Kallelse SRO', 'Datum: 23 september 2021', '4. Punkt'])
  })

  it('should drop a header line with the page mark at its edge (pdftotext -layout)', () => {
    expect(
      texts(
        '                    Sida 1 (2)\nMinnesanteckningar\n\fMinnesanteckningar SRO 2020-10-15        Sida 2 (2)\n5. Punkt',
      ),
    ).toEqual(['Minnesanteckningar', '5. Punkt'])
  })

  it('should keep a heading that happens to stand next to a page break once', () => {
    expect(
      texts('Tjänstepersoner\nAnna Berg, beredning VGR\nSida 1 av 2\nTjänstepersoner\nBo Ek, beredning Västkom'),
    ).toEqual(['Tjänstepersoner', 'Anna Berg, beredning VGR', 'Tjänstepersoner', 'Bo Ek, beredning Västkom'])
  })

  it('should leave a document without page marks alone', () => {
    expect(texts('Mötesanteckning SRO 2022-03-17\n1. Punkt')).toEqual(['Mötesanteckning SRO 2022-03-17', '1. Punkt'])
  })
})
