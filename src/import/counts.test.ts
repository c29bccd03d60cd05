import { describe, expect, it } from 'vitest'

import { counted, describeCounts } from './counts'

describe('describeCounts', () => {
  it('names the non-zero counts in Swedish', () => {
    expect(describeCounts({ meetings: 1, 'agenda-items': 12, decisions: 0 })).toBe('1 möte, 12 dagordningspunkter')
    expect(describeCounts({ meetings: 2, 'agenda-items': 1, people: 1 })).toBe('2 möten, 1 dagordningspunkt, 1 person')
    expect(describeCounts({ meetings: 0 })).toBe('inget')
  })
})

describe('counted', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(counted(1, 'varning', 'varningar')).toBe('1 varning')
    expect(counted(0, 'varning', 'varningar')).toBe('0 varningar')
    expect(counted(3, 'post', 'poster')).toBe('3 poster')
  })
})
