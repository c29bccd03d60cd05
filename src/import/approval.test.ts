import { describe, expect, it } from 'vitest'

import { isFormalApproval } from './agenda'
import { parseDocument } from './parse'

describe('formal approvals in minutes', () => {
  it('knows a one-sentence approval from other text', () => {
    expect(isFormalApproval('Dagens agenda godkänns.')).toBe(true)
    expect(isFormalApproval('Föregående mötesanteckningar godkändes')).toBe(true)
    expect(isFormalApproval('Tidplanen fastställdes.')).toBe(true)
    expect(isFormalApproval('Frågan om agendan godkänns tas upp nästa gång. Mer om det senare.')).toBe(false)
    expect(isFormalApproval('Godkänns.')).toBe(false)
    expect(isFormalApproval(`${'Lång text '.repeat(15)}godkänns.`)).toBe(false)
  })

  it('turns "Dagens agenda godkänns." into the item\'s decision, but keeps a bullet as a note', () => {
    const text = [
      'Mötesanteckning SRO 2024-03-14',
      '',
      '1. Mötets öppnande',
      '',
      '2. Godkännande av dagens agenda',
      '',
      'Dagens agenda godkänns.',
      '',
      '3. Föregående mötesanteckning',
      '',
      '- Protokollet godkänns.',
    ].join('\n')
    const { meetings } = parseDocument(text, {})
    const items = meetings[0]!.agendaItems
    expect(items.find((item) => item.number === '2')?.decisions).toEqual([
      { number: 1, text: 'Dagens agenda godkänns.', kind: 'godkanner', line: 7 },
    ])
    expect(items.find((item) => item.number === '2')?.notes).toBe('')
    expect(items.find((item) => item.number === '3')?.decisions).toEqual([])
    const item3 = items.find((item) => item.number === '3')!
    expect([...item3.topics, item3.notes].join('\n')).toContain('Protokollet godkänns.')
  })
})
