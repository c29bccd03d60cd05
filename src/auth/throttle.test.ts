import { describe, expect, it } from 'vitest'

import { type ThrottlePolicy, createThrottle, delayAfter } from './throttle'

const policy: ThrottlePolicy = { freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 }

function clock() {
  let time = 1_000_000
  return { now: () => time, advance: (ms: number) => (time += ms) }
}

describe('delayAfter', () => {
  it('should wait nothing within the free failures and then double up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((failures) => delayAfter({ failures, policy }))).toEqual([
      0, 0, 0, 1000, 2000, 4000, 8000, 8000,
    ])
  })

  it('should stay finite after a very large number of failures', () => {
    expect(delayAfter({ failures: 10_000, policy })).toBe(8000)
  })
})

describe('createThrottle', () => {
  it('should let a key try again only after its delay', () => {
    const time = clock()
    const throttle = createThrottle({ policy, now: time.now })
    for (let i = 0; i < 4; i += 1) throttle.hit('a')
    expect(throttle.retryAfterMs('a')).toBe(1000)
    time.advance(1000)
    expect(throttle.retryAfterMs('a')).toBe(0)
  })

  it('should keep keys apart', () => {
    const throttle = createThrottle({ policy, now: clock().now })
    for (let i = 0; i < 5; i += 1) throttle.hit('a')
    expect(throttle.retryAfterMs('b')).toBe(0)
  })

  it('should forget a key that has been quiet for the forget period', () => {
    const time = clock()
    const throttle = createThrottle({ policy, now: time.now })
    for (let i = 0; i < 5; i += 1) throttle.hit('a')
    time.advance(60_001)
    throttle.hit('a')
    expect(throttle.retryAfterMs('a')).toBe(0)
  })

  it('should take back an attempt that succeeded', () => {
    const throttle = createThrottle({ policy, now: clock().now })
    for (let i = 0; i < 4; i += 1) throttle.hit('a')
    throttle.refund('a')
    expect(throttle.retryAfterMs('a')).toBe(0)
  })

  it('should hold at most maxEntries keys, dropping the least recently used', () => {
    const throttle = createThrottle({ policy, maxEntries: 100, now: clock().now })
    for (let i = 0; i < 10_000; i += 1) throttle.hit(`flood-${i}`)
    expect(throttle.size()).toBe(100)
    for (let i = 0; i < 5; i += 1) throttle.hit('kept')
    throttle.hit('flood-x')
    expect(throttle.retryAfterMs('kept')).toBeGreaterThan(0)
  })
})
