import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { verifyPassword } from './passwordHash'

const salt = 'b'.repeat(64)
const currentHash = (password: string) =>
  `pbkdf2-sha256-v1:${crypto.pbkdf2Sync(password, salt, 600_000, 32, 'sha256').toString('hex')}`

describe('verifyPassword', () => {
  it('should accept the right password against a current Payload hash', async () => {
    expect(await verifyPassword({ password: 'rätt-lösenord-1', hash: currentHash('rätt-lösenord-1'), salt })).toBe(true)
  })

  it('should refuse a wrong password', async () => {
    expect(await verifyPassword({ password: 'fel', hash: currentHash('rätt-lösenord-1'), salt })).toBe(false)
  })

  it('should read a legacy hash (25 000 iterations, 512 bytes)', async () => {
    const legacy = crypto.pbkdf2Sync('gammalt-lösen', salt, 25_000, 512, 'sha256').toString('hex')
    expect(await verifyPassword({ password: 'gammalt-lösen', hash: legacy, salt })).toBe(true)
  })

  it('should refuse an account without a hash', async () => {
    expect(await verifyPassword({ password: 'x', hash: null, salt: null })).toBe(false)
  })
})
