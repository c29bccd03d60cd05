import { describe, expect, it } from 'vitest'

import { describeCounts } from './counts'

describe('describeCounts', () => {
  it('names the non-zero counts in Swedish', () => {
    expect(describeCounts({ meetings: 1, 'agenda-items': 12, decisions: 0 })).toBe('1 möten, 12 dagordningspunkter')
    expect(describeCounts({ meetings: 0 })).toBe('inget')
  })
})
