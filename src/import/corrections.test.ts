import { describe, expect, it } from 'vitest'

import { applyCorrections, CorrectionError, CorrectionsSchema, type Corrections } from './corrections'
import { parseDocument } from './parse'

const DOCUMENT = `Mötesanteckning SRO
Datum: 17 mars 2022
För VGK
Kommunpolitiker
Anna Berg (S), Skaraborg
Dagordning
1. Mötets öppnande
2. Remissvar
SRO beslutar att
• ställa sig bakom remissvaret
3. Budget
Första stycket om budgeten.

Vårdavtal för 2023

Andra stycket, som egentligen hör till en egen punkt.
`
const parsed = parseDocument(DOCUMENT)
const meeting = parsed.meetings[0]!
const item = (sources: number[], title: string, decisions: string[] = [], number: string | null = null) => ({
  sources,
  number,
  parent: null,
  title,
  decisions,
})
const correct = (corrections: Corrections) =>
  applyCorrections(parsed, CorrectionsSchema.parse(corrections)).meetings[0]!

describe('corrections in the import preview', () => {
  it('should change titles and decisions, and merge an item into the one before', () => {
    const result = correct({
      items: [
        item([0], 'Mötets öppnande', [], '1'),
        item([1, 2], 'Remissvar och budget', ['ställa sig bakom remissvaret i sin helhet', 'godkänna budgeten'], '2'),
      ],
    })
    expect(result.agendaItems.map((entry) => [entry.number, entry.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Remissvar och budget'],
    ])
    expect(result.agendaItems[1]?.decisions.map((decision) => [decision.number, decision.text])).toEqual([
      [1, 'ställa sig bakom remissvaret i sin helhet'],
      [2, 'godkänna budgeten'],
    ])
    // The merged item's title and text are kept in the text.
    expect(result.agendaItems[1]?.notes).toContain('Budget')
    expect(result.agendaItems[1]?.notes).toContain('Första stycket om budgeten.')
  })

  it('should split an item at a paragraph, moving the rest of its text to the new item', () => {
    expect(meeting.agendaItems[2]?.notes.split('\n\n')).toHaveLength(3)
    const result = correct({
      items: [
        item([0], 'Mötets öppnande', [], '1'),
        item([1], 'Remissvar', ['ställa sig bakom remissvaret'], '2'),
        item([2], 'Budget', [], '3'),
        {
          sources: [],
          splitFrom: { source: 2, paragraph: 2 },
          number: '4',
          parent: null,
          title: 'Vårdavtal för 2023',
          decisions: [],
        },
      ],
    })
    expect(result.agendaItems.map((entry) => entry.title)).toEqual([
      'Mötets öppnande',
      'Remissvar',
      'Budget',
      'Vårdavtal för 2023',
    ])
    expect(result.agendaItems[2]?.notes).toBe('Första stycket om budgeten.')
    expect(result.agendaItems[3]?.notes).toBe(
      'Vårdavtal för 2023\n\nAndra stycket, som egentligen hör till en egen punkt.',
    )
  })

  it('should replace the list of those called', () => {
    const result = correct({
      called: [
        {
          name: 'Anna Berg',
          party: 'S',
          organisation: 'Skaraborg',
          title: null,
          side: 'vgk',
          group: 'kommunpolitiker',
          role: 'ordforande',
        },
        {
          name: 'Bo Ek',
          party: null,
          organisation: 'VGR',
          title: 'beredning VGR',
          side: 'vgr',
          group: 'tjansteperson',
          role: 'beredning',
        },
      ],
    })
    expect(result.called.map((entry) => [entry.name, entry.side, entry.role])).toEqual([
      ['Anna Berg', 'vgk', 'ordforande'],
      ['Bo Ek', 'vgr', 'beredning'],
    ])
    expect(result.roster[1]?.line).toBe(result.roster[0]?.line)
  })

  it('should refuse a correction that drops an item, with a Swedish message', () => {
    expect(() => correct({ items: [item([0], 'Mötets öppnande'), item([1], 'Remissvar')] })).toThrow(CorrectionError)
    expect(() => correct({ items: [item([0], 'Mötets öppnande'), item([1], 'Remissvar')] })).toThrow(
      /saknar punkt 3 \(Budget\)/u,
    )
    expect(() => correct({ items: [item([0, 0], 'A'), item([1], 'B'), item([2], 'C')] })).toThrow(/flera gånger/u)
    expect(() => correct({ items: [item([0], 'A'), item([1], 'B'), item([2, 7], 'C')] })).toThrow(/inte finns/u)
  })

  it('should refuse malformed corrections in the schema', () => {
    expect(
      CorrectionsSchema.safeParse({ items: [{ sources: [0], title: '', number: '1', parent: null, decisions: [] }] })
        .success,
    ).toBe(false)
    expect(CorrectionsSchema.safeParse({ called: [{ name: 'Anna', side: 'mitten' }] }).success).toBe(false)
    expect(CorrectionsSchema.safeParse({ extra: true }).success).toBe(false)
  })
})
