import { describe, expect, it } from 'vitest'

import { accountKey, createSignInThrottles, tooManyAttemptsMessage, waitInWords } from './signInLimits'

function clock() {
  let time = 5_000_000
  return { now: () => time, advance: (ms: number) => (time += ms) }
}

const login = (client: string | null, account: string) => ({ action: 'login' as const, client, account })

describe('sign-in throttles', () => {
  it('should slow a client guessing one account after five failures', () => {
    const throttles = createSignInThrottles({ now: clock().now })
    for (let i = 0; i < 5; i += 1) expect(throttles.attempt(login('203.0.113.1', 'a@x')).retryAfterMs).toBe(0)
    throttles.attempt(login('203.0.113.1', 'a@x'))
    expect(throttles.attempt(login('203.0.113.1', 'a@x')).retryAfterMs).toBe(1000)
  })

  it('should not slow another client signing in to the same account before the account limit', () => {
    const throttles = createSignInThrottles({ now: clock().now })
    for (let i = 0; i < 7; i += 1) throttles.attempt(login('203.0.113.1', 'a@x'))
    expect(throttles.attempt(login('198.51.100.2', 'a@x')).retryAfterMs).toBe(0)
  })

  it('should not count a successful sign-in', () => {
    const throttles = createSignInThrottles({ now: clock().now })
    for (let i = 0; i < 20; i += 1) {
      throttles.attempt(login('203.0.113.1', 'a@x'))
      throttles.succeeded(login('203.0.113.1', 'a@x'))
    }
    expect(throttles.attempt(login('203.0.113.1', 'a@x')).retryAfterMs).toBe(0)
  })

  it('should slow guesses at one account from many clients', () => {
    const throttles = createSignInThrottles({ now: clock().now })
    for (let i = 0; i < 11; i += 1) throttles.attempt(login(`203.0.113.${i}`, 'a@x'))
    expect(throttles.attempt(login('198.51.100.2', 'a@x')).retryAfterMs).toBeGreaterThan(0)
  })

  it('should let the owner start over after a reset by e-mail', () => {
    const throttles = createSignInThrottles({ now: clock().now })
    for (let i = 0; i < 12; i += 1) throttles.attempt(login(`203.0.113.${i}`, 'a@x'))
    throttles.clearAccount({ client: '198.51.100.2', account: 'a@x' })
    expect(throttles.attempt(login('198.51.100.2', 'a@x')).retryAfterMs).toBe(0)
  })

  it('should never wait longer than 15 minutes', () => {
    const time = clock()
    const throttles = createSignInThrottles({ now: time.now })
    for (let i = 0; i < 100; i += 1) {
      throttles.attempt(login('203.0.113.1', 'a@x'))
      time.advance(throttles.attempt(login('203.0.113.1', 'a@x')).retryAfterMs)
    }
    expect(throttles.attempt(login('203.0.113.1', 'a@x')).retryAfterMs).toBeLessThanOrEqual(15 * 60 * 1000)
  })

  it('should allow three reset e-mails per address and then ask to wait', () => {
    const throttles = createSignInThrottles({ now: clock().now })
    const forgot = { action: 'forgotPassword' as const, client: null, account: 'a@x' }
    for (let i = 0; i < 4; i += 1) throttles.attempt(forgot)
    expect(throttles.attempt(forgot).retryAfterMs).toBe(60_000)
  })

  it('should throttle setting a password with a token only per client', () => {
    const throttles = createSignInThrottles({ now: clock().now })
    const reset = { action: 'resetPassword' as const, client: null, account: null }
    for (let i = 0; i < 50; i += 1) expect(throttles.attempt(reset).retryAfterMs).toBe(0)
  })
})

describe('accountKey', () => {
  it('should compare addresses as Payload does', () => {
    expect(accountKey('  Admin@SRO.example ')).toBe('admin@sro.example')
    expect(accountKey(42)).toBeNull()
  })
})

describe('messages', () => {
  it('should say the wait in Swedish, rounded up', () => {
    expect(waitInWords(400)).toBe('1 sekund')
    expect(waitInWords(4_100)).toBe('5 sekunder')
    expect(waitInWords(61_000)).toBe('2 minuter')
  })

  it('should point a throttled sign-in to the reset e-mail', () => {
    expect(tooManyAttemptsMessage({ action: 'login', retryAfterMs: 2000 })).toMatch(
      /Vänta 2 sekunder.*återställa lösenordet/,
    )
  })
})
