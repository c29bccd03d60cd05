import { describe, expect, it } from 'vitest'

import { isSessionWithinLifetime } from './sessionLifetime'

const now = Date.parse('2026-11-23T12:00:00Z')

describe('isSessionWithinLifetime', () => {
  it('should keep a session started less than 12 hours ago', () => {
    expect(isSessionWithinLifetime({ createdAt: '2026-11-23T00:00:01Z', now })).toBe(true)
  })

  it('should end a session started 12 hours ago or more', () => {
    expect(isSessionWithinLifetime({ createdAt: '2026-11-23T00:00:00Z', now })).toBe(false)
    expect(isSessionWithinLifetime({ createdAt: new Date('2026-11-22T08:00:00Z'), now })).toBe(false)
  })

  it('should end a session without a readable start', () => {
    expect(isSessionWithinLifetime({ createdAt: undefined, now })).toBe(false)
    expect(isSessionWithinLifetime({ createdAt: 'igår', now })).toBe(false)
  })
})
