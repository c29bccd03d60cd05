import { describe, expect, it } from 'vitest'

import { DEVELOPMENT_SECRET, resolveSecret } from './secret'

describe('resolveSecret', () => {
  it('uses the development default outside production', () => {
    expect(resolveSecret({ env: {} })).toBe(DEVELOPMENT_SECRET)
    expect(resolveSecret({ env: { NODE_ENV: 'development' } })).toBe(DEVELOPMENT_SECRET)
  })

  it('requires a real secret in production, but lets next build render without one', () => {
    expect(() => resolveSecret({ env: { NODE_ENV: 'production' } })).toThrow(/PAYLOAD_SECRET saknas/)
    expect(() => resolveSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: 'short' } })).toThrow(/minst 32 tecken/)
    expect(resolveSecret({ env: { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' } })).toBe(
      DEVELOPMENT_SECRET,
    )
    const secret = 'a'.repeat(64)
    expect(resolveSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: secret } })).toBe(secret)
  })
})
