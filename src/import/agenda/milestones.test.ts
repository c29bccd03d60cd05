import { describe, expect, it } from 'vitest'

import { parseMilestone } from './milestones'

const under = { line: 5, meetingDate: '2025-11-13', itemNumber: '6' }

describe('milestones of a time plan', () => {
  it('should read a label and its date', () => {
    expect(parseMilestone({ text: 'Remisstid: till 28 februari 2026', ...under })).toEqual({
      label: 'Remisstid',
      date: '2026-02-28',
      dateText: 'till 28 februari 2026',
      itemNumber: '6',
      line: 5,
    })
  })

  it('should take a date without year as the first such day after the meeting', () => {
    expect(parseMilestone({ text: 'Ställningstagande i SRO: 4 juni', ...under })?.date).toBe('2026-06-04')
  })

  it('should keep a month without day as text only', () => {
    expect(parseMilestone({ text: 'Slutrapport: juni 2026', ...under })).toMatchObject({
      date: null,
      dateText: 'juni 2026',
    })
  })

  it('should not take a label without a date for a milestone', () => {
    expect(parseMilestone({ text: 'Kontakt: Jenny Nilsson', ...under })).toBeNull()
  })
})
