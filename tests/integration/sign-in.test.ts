/**
 * Sign-in per OWASP ASVS 5.0 level 2, through Payload's real REST handlers: constant-time failures, throttling
 * (429 + Retry-After) instead of a lockout anyone can trigger, password rules, re-authentication for password and
 * e-mail changes, other sessions ended by a password change, an absolute session lifetime.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD } from '../helpers/users'

let test: TestPayload
let http: typeof Http
const json = { 'content-type': 'application/json' }
// This file plays a deployment behind one reverse proxy that appends the client's address.
const from = (ip: string) => ({ ...json, 'x-forwarded-for': ip })

const login = (email: string, password: string, ip: string) =>
  http.api('POST', '/users/login', { body: JSON.stringify({ email, password }), headers: from(ip) })

async function createUser(email: string, roles: string[] = ['beredning']) {
  return test.payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: email, roles: roles as never },
  })
}

async function tokenFor(email: string, password = TEST_PASSWORD, ip = '192.0.2.200') {
  const response = await login(email, password, ip)
  const { token } = response.json() as { token?: string }
  if (!token) throw new Error(`login failed: ${response.status} ${response.text}`)
  return token
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

beforeAll(async () => {
  process.env.TRUSTED_PROXY = '1'
  test = await startTestPayload()
  http = await import('../helpers/http')
  await createUser('admin@test.example', ['admin'])
})
afterAll(async () => {
  delete process.env.TRUSTED_PROXY
  await test?.cleanup()
})

describe('failed sign-in', () => {
  it('should take as long for an unknown address as for a wrong password', async () => {
    // Four accounts, five wrong passwords each, stay under every throttle; each unknown address is new.
    for (let i = 0; i < 4; i += 1) await createUser(`tid-${i}@test.example`)
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 20; i += 1) {
      let start = performance.now()
      expect((await login(`tid-${i % 4}@test.example`, `fel-losenord-${i}`, `198.51.100.${i}`)).status).toBe(401)
      known.push(performance.now() - start)
      start = performance.now()
      expect((await login(`finns-inte-${i}@test.example`, `fel-losenord-${i}`, `198.51.100.${100 + i}`)).status).toBe(
        401,
      )
      unknown.push(performance.now() - start)
    }
    const ratio = median(unknown) / median(known)
    if (process.env.SIGN_IN_TIMING)
      console.info(
        `median of 20: unknown address ${median(unknown).toFixed(1)} ms, wrong password ${median(known).toFixed(1)} ms`,
      )
    expect(
      ratio,
      `unknown ${median(unknown).toFixed(1)} ms, wrong password ${median(known).toFixed(1)} ms`,
    ).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  }, 120_000)

  it('should answer the same error for an unknown address and a wrong password', async () => {
    await createUser('samma@test.example')
    const wrong = await login('samma@test.example', 'fel-losenord-1', '198.51.100.201')
    const unknown = await login('okand@test.example', 'fel-losenord-1', '198.51.100.202')
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.json()).toEqual(wrong.json())
  })
})

describe('throttling', () => {
  it('should answer 429 with Retry-After and a Swedish message after repeated wrong passwords from one client', async () => {
    await createUser('gissad@test.example')
    for (let i = 0; i < 6; i += 1)
      expect((await login('gissad@test.example', `gissning-${i}`, '203.0.113.10')).status).toBe(401)
    const throttled = await login('gissad@test.example', 'gissning-7', '203.0.113.10')
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(throttled.text).toMatch(/För många försök/)
  })

  it('should throttle the right password too while the client waits', async () => {
    await createUser('vantar@test.example')
    for (let i = 0; i < 6; i += 1) await login('vantar@test.example', `gissning-${i}`, '203.0.113.11')
    expect((await login('vantar@test.example', TEST_PASSWORD, '203.0.113.11')).status).toBe(429)
  })

  it('should not lock the owner out when someone else guesses their password', async () => {
    await createUser('agare@test.example')
    for (let i = 0; i < 8; i += 1) await login('agare@test.example', `gissning-${i}`, '203.0.113.12')
    const owner = await login('agare@test.example', TEST_PASSWORD, '192.0.2.12')
    expect(owner.status).toBe(200)
  })

  it('should throttle one client trying many accounts', async () => {
    for (let i = 0; i < 31; i += 1) await login(`spray-${i}@test.example`, 'Sommar2025!!', '203.0.113.13')
    const throttled = await login('spray-x@test.example', 'Sommar2025!!', '203.0.113.13')
    expect(throttled.status).toBe(429)
  }, 60_000)

  it('should answer forgot-password with 429 before running it when the address has asked too often', async () => {
    const { signInThrottles } = await import('@/auth/signInState')
    for (let i = 0; i < 4; i += 1)
      signInThrottles.attempt({ action: 'forgotPassword', client: '203.0.113.14', account: 'glomsk@test.example' })
    const started = performance.now()
    const response = await http.api('POST', '/users/forgot-password', {
      body: JSON.stringify({ email: 'glomsk@test.example' }),
      headers: from('192.0.2.14'),
    })
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(response.text).toMatch(/För många försök/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('should throttle reset-password attempts with bad tokens from one client', async () => {
    for (let i = 0; i < 11; i += 1) {
      const response = await http.api('POST', '/users/reset-password', {
        body: JSON.stringify({ token: `fel-${i}`, password: 'ett-langt-losenord-2026' }),
        headers: from('203.0.113.15'),
      })
      expect(response.status).toBe(403)
    }
    const throttled = await http.api('POST', '/users/reset-password', {
      body: JSON.stringify({ token: 'fel-x', password: 'ett-langt-losenord-2026' }),
      headers: from('203.0.113.15'),
    })
    expect(throttled.status).toBe(429)
    expect(throttled.headers.get('retry-after')).toBeTruthy()
  })
})

async function resetToken(email: string): Promise<string> {
  const token = `token-${Math.random().toString(16).slice(2)}`
  const { docs } = await test.payload.find({ collection: 'users', where: { email: { equals: email } } })
  await test.payload.db.updateOne({
    collection: 'users',
    id: docs[0].id,
    data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + 3_600_000).toISOString() },
  })
  return token
}

describe('passwords', () => {
  it('should refuse a password shorter than 12 characters on create, with a Swedish message on the field', async () => {
    const admin = { ...json, Authorization: `JWT ${await tokenFor('admin@test.example')}` }
    const response = await http.api('POST', '/users', {
      body: JSON.stringify({ email: 'kort@test.example', password: 'kort-123', name: 'K', roles: ['beredning'] }),
      headers: admin,
    })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/minst 12 tecken/)
    expect(JSON.stringify(response.json())).toMatch(/"path":"password"/)
  })

  it('should refuse a common password on create', async () => {
    await expect(
      test.payload.create({
        collection: 'users',
        data: { email: 'vanlig@test.example', password: 'qwertyuiop123', name: 'V', roles: ['beredning'] },
      }),
    ).rejects.toThrow(/för vanligt|password/i)
  })

  it('should refuse a weak password on reset-password', async () => {
    await createUser('aterstall@test.example')
    const token = await resetToken('aterstall@test.example')
    const response = await http.api('POST', '/users/reset-password', {
      body: JSON.stringify({ token, password: 'Password2025!' }),
      headers: from('192.0.2.30'),
    })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/för vanligt/)
  })

  it('should let the owner lift a throttle by resetting the password by e-mail', async () => {
    await createUser('lyfter@test.example')
    for (let i = 0; i < 12; i += 1) await login('lyfter@test.example', `gissning-${i}`, `203.0.113.${40 + i}`)
    expect((await login('lyfter@test.example', TEST_PASSWORD, '192.0.2.31')).status).toBe(429)
    const token = await resetToken('lyfter@test.example')
    const reset = await http.api('POST', '/users/reset-password', {
      body: JSON.stringify({ token, password: 'ett-nytt-langt-losenord' }),
      headers: from('192.0.2.31'),
    })
    expect(reset.status).toBe(200)
    expect((await login('lyfter@test.example', 'ett-nytt-langt-losenord', '192.0.2.31')).status).toBe(200)
  })
})

describe('changing password or e-mail', () => {
  const patchSelf = async ({ token, id, data }: { token: string; id: string; data: Record<string, unknown> }) =>
    http.api('PATCH', `/users/${id}`, {
      body: JSON.stringify(data),
      headers: { ...json, Authorization: `JWT ${token}` },
    })

  it('should refuse a new password without the current one', async () => {
    const user = await createUser('byter@test.example')
    const token = await tokenFor('byter@test.example')
    const response = await patchSelf({ token, id: user.id, data: { password: 'ett-nytt-langt-losenord' } })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/nuvarande lösenord/)
  })

  it('should refuse a new e-mail with a wrong current password', async () => {
    const user = await createUser('epost@test.example')
    const token = await tokenFor('epost@test.example')
    const response = await patchSelf({
      token,
      id: user.id,
      data: { email: 'ny-epost@test.example', currentPassword: 'fel-losenord-123' },
    })
    expect(response.status).toBe(400)
    expect((await test.payload.findByID({ collection: 'users', id: user.id })).email).toBe('epost@test.example')
  })

  it('should accept a new password with the current one and end the other sessions', async () => {
    const user = await createUser('sessioner@test.example')
    const here = await tokenFor('sessioner@test.example')
    const elsewhere = await tokenFor('sessioner@test.example')
    const response = await patchSelf({
      token: here,
      id: user.id,
      data: { password: 'ett-nytt-langt-losenord', currentPassword: TEST_PASSWORD },
    })
    expect(response.status).toBe(200)
    const me = async (token: string) =>
      (await http.api('GET', '/users/me', { headers: { Authorization: `JWT ${token}` } })).json() as { user: unknown }
    expect((await me(elsewhere)).user).toBeNull()
    expect((await me(here)).user).not.toBeNull()
  })

  it("should let an admin change another account with the admin's own password", async () => {
    const user = await createUser('hjalp@test.example')
    const admin = await tokenFor('admin@test.example')
    const without = await patchSelf({ token: admin, id: user.id, data: { password: 'ett-nytt-langt-losenord' } })
    expect(without.status).toBe(400)
    const withOwn = await patchSelf({
      token: admin,
      id: user.id,
      data: { password: 'ett-nytt-langt-losenord', currentPassword: TEST_PASSWORD },
    })
    expect(withOwn.status).toBe(200)
  })

  it('should save other fields without the current password', async () => {
    const user = await createUser('namn@test.example')
    const token = await tokenFor('namn@test.example')
    expect((await patchSelf({ token, id: user.id, data: { name: 'Nytt namn' } })).status).toBe(200)
  })
})

describe('sessions', () => {
  it('should end a session 12 hours after sign-in however often it is refreshed', async () => {
    const user = await createUser('lang@test.example')
    const token = await tokenFor('lang@test.example')
    const stored = await test.payload.db.findOne<{
      id: string
      sessions: Array<{ id: string; createdAt: string; expiresAt: string }>
    }>({ collection: 'users', where: { id: { equals: user.id } } })
    const sessions = stored!.sessions.map((session) => ({
      ...session,
      createdAt: new Date(Date.now() - 13 * 3_600_000).toISOString(),
    }))
    await test.payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions } })
    const me = (await http.api('GET', '/users/me', { headers: { Authorization: `JWT ${token}` } })).json() as {
      user: unknown
    }
    expect(me.user).toBeNull()
    const refresh = await http.api('POST', '/users/refresh-token', { headers: { Authorization: `JWT ${token}` } })
    expect(refresh.status).not.toBe(200)
  })
})
