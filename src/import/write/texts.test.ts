import { describe, expect, it } from 'vitest'

import { assignmentTitle, handlingNoteOf, proposalText } from './texts'

describe('texts', () => {
  it('keeps only the addition of the handling line', () => {
    expect(
      handlingNoteOf({ handlingText: 'Information inför ställningstagande 1 september', scheduleText: null }),
    ).toBe('inför ställningstagande 1 september')
    expect(handlingNoteOf({ handlingText: 'Information och ställningstagande', scheduleText: null })).toBeNull()
    expect(
      handlingNoteOf({ handlingText: 'Information & dialog (40 minuter, bilaga)', scheduleText: '40 minuter, bilaga' }),
    ).toBeNull()
    expect(handlingNoteOf({ handlingText: null, scheduleText: null })).toBeNull()
  })

  it('writes a kallelse proposal with its numbered points', () => {
    const decisions = [
      { number: 1, text: 'Parterna tar fram förslag.', kind: null, line: 1 },
      { number: 2, text: 'Förslaget skickas på remiss.', kind: null, line: 2 },
    ]
    expect(proposalText({ proposedPosition: 'SRO ställer sig bakom att:', decisions })).toBe(
      'SRO ställer sig bakom att:\n1. Parterna tar fram förslag.\n2. Förslaget skickas på remiss.',
    )
    expect(
      proposalText({
        proposedPosition: 'SRO noterar informationen.',
        decisions: [{ number: 1, text: 'SRO noterar informationen.', kind: null, line: 1 }],
      }),
    ).toBe('SRO noterar informationen.')
    expect(proposalText({ proposedPosition: null, decisions: [] })).toBeNull()
  })

  it('gives an assignment a short title without its deadline', () => {
    expect(
      assignmentTitle({
        text: 'senast i juni 2026 – efter dialog med den länsgemensamma arbetsgruppen – återkomma till SRO med en plan för genomförande, kostnadsbedömning och tidplan för föreslagna uppföljningsmodell.',
        dueText: 'senast i juni 2026',
      }),
    ).toMatch(/^Efter dialog med den länsgemensamma arbetsgruppen – återkomma till SRO .{0,40}…$/)
    expect(assignmentTitle({ text: 'ta fram förslag på former och forum.', dueText: null })).toBe(
      'Ta fram förslag på former och forum',
    )
    // The 2023-11-23 minutes put the deadline last.
    expect(
      assignmentTitle({
        text: 'bereda ärendet ytterligare med förslag till ställningstagande till nästa möte den 18 januari 2024.',
        dueText: 'till nästa möte den 18 januari 2024',
      }),
    ).toBe('Bereda ärendet ytterligare med förslag till ställningstagande')
  })
})
