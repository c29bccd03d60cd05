import { describe, expect, it } from 'vitest'

import { budgetExceeded } from './budget'

const limits = { maxDocs: 100, maxMilliseconds: 2_000 }

describe('budgetExceeded', () => {
  it('should let a request run within its documents and time', () => {
    expect(budgetExceeded({ budget: { startedAt: 0, docs: 100, limits }, now: 2_000 })).toBeNull()
  })

  it('should stop a request that read more documents than allowed', () => {
    expect(budgetExceeded({ budget: { startedAt: 0, docs: 101, limits }, now: 10 })).toBe(
      'Frågan avbröts: den läste fler än 100 poster (gränsen per fråga).',
    )
  })

  it('should stop a request that ran longer than allowed', () => {
    expect(budgetExceeded({ budget: { startedAt: 0, docs: 1, limits }, now: 2_001 })).toBe(
      'Frågan avbröts: den tog längre än 2 sekunder (gränsen per fråga).',
    )
  })
})
