import { describe, expect, it } from 'vitest'

import { createContext } from '../context'
import { normaliseLine } from '../text'
import { parseSignatories } from './signatories'

const lines = (texts: string[]) => texts.map((text, index) => normaliseLine(text, index + 1))

describe('signatures after "Välkommen!"', () => {
  it('should read name, organisation and role of each signature, also without a blank line between them', () => {
    const ctx = createContext()
    const signatories = parseSignatories({
      lines: lines([
        'Helen Eliasson',
        'Regionstyrelsen',
        'Västra Götalandsregionen',
        'Ordförande',
        'Marina Johansson',
        'Göteborgsregionen',
        'Vice ordförande',
      ]),
      ctx,
    })
    expect(signatories).toEqual([
      {
        name: 'Helen Eliasson',
        role: 'ordforande',
        roleText: 'Ordförande',
        organisation: 'Regionstyrelsen, Västra Götalandsregionen',
        line: 1,
      },
      {
        name: 'Marina Johansson',
        role: 'vice_ordforande',
        roleText: 'Vice ordförande',
        organisation: 'Göteborgsregionen',
        line: 5,
      },
    ])
    expect(ctx.unparsed).toEqual([])
  })

  it('should keep a block that does not start with a name for staff', () => {
    const ctx = createContext()
    expect(parseSignatories({ lines: lines(['Med vänliga hälsningar från oss alla']), ctx })).toEqual([])
    expect(ctx.unparsed.map((entry) => entry.text)).toEqual(['Med vänliga hälsningar från oss alla'])
  })
})
