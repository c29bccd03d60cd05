import { describe, expect, it } from 'vitest'

import { csvCell, neutraliseFormula, toCsv } from './csv'

describe('CSV', () => {
  it('should quote every cell and double the quotes inside', () => {
    expect(
      toCsv(
        ['Rubrik', 'Text'],
        [
          ['Plan, 2026', 'Sa "ja"'],
          ['rad\nbrytning', null],
          [7, 'vanlig'],
        ],
      ),
    ).toBe('\uFEFF"Rubrik";"Text"\r\n"Plan, 2026";"Sa ""ja"""\r\n"rad\nbrytning";""\r\n"7";"vanlig"\r\n')
  })

  it('should neutralise formulas, also behind spaces, tabs and no-break spaces', () => {
    const hostile = [
      '=HYPERLINK("x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      ' =1+1',
      '\u00a0=1+1',
      '  \t@x',
      '\t=1',
      '\rx',
      '\tx',
      '\n\n=cmd',
      '\uFF1D1+1',
    ]
    for (const text of hostile) expect(neutraliseFormula(text), JSON.stringify(text)).toBe(`'${text}`)
    expect(csvCell('\u00a0=HYPERLINK("http://evil")')).toBe('"\'\u00a0=HYPERLINK(""http://evil"")"')
  })

  it('should write what the decision log wrote before, now with every cell quoted', () => {
    const csv = toCsv(
      ['Rubrik', 'Text'],
      [
        ['Plan; "god" vård', '=HYPERLINK("x")'],
        ['rad\nbrytning', null],
      ],
    )
    expect(csv).toBe('\uFEFF"Rubrik";"Text"\r\n"Plan; ""god"" vård";"\'=HYPERLINK(""x"")"\r\n"rad\nbrytning";""\r\n')
  })

  it('should leave ordinary text as it is', () => {
    for (const text of ['Regionens Hus', 'SRO ställer sig bakom', '2026-06-30', 'a=b', 'e-post: a@b.se', ''])
      expect(neutraliseFormula(text)).toBe(text)
  })
})
