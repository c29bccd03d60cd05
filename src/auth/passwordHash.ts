/**
 * Payload's password hash, read side (payload 3.90: `pbkdf2-sha256-v1:` hashes are PBKDF2-SHA256 with 600 000
 * iterations and 32 bytes; older hashes 25 000 iterations and 512 bytes). Mirrored here so that a failed sign-in
 * for an unknown address costs the same as a wrong password, and so the current password can be checked.
 * Keep in step with node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js.
 */
import crypto from 'node:crypto'

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

const pbkdf2 = ({
  password,
  salt,
  iterations,
  keyLength,
}: {
  password: string
  salt: string
  iterations: number
  keyLength: number
}) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

export async function verifyPassword({
  password,
  hash,
  salt,
}: {
  password: string
  hash: unknown
  salt: unknown
}): Promise<boolean> {
  if (typeof hash !== 'string' || typeof salt !== 'string') {
    await burnPasswordCheck({ password })
    return false
  }
  const isCurrent = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = isCurrent ? CURRENT : LEGACY
  const stored = Buffer.from(isCurrent ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const computed = await pbkdf2({ password, salt, iterations, keyLength })
  return stored.length === computed.length && crypto.timingSafeEqual(stored, computed)
}

// A fixed salt is fine: the result is thrown away, only the time it takes matters.
const DUMMY_SALT = 'a'.repeat(64)

/** The work of checking one password against a current hash, for an account that does not exist. */
export async function burnPasswordCheck({ password }: { password: string }): Promise<void> {
  await pbkdf2({ password, salt: DUMMY_SALT, iterations: CURRENT.iterations, keyLength: CURRENT.keyLength })
}
