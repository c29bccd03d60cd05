/** Used only outside production so that a fresh clone starts without an `.env`. */
export const DEVELOPMENT_SECRET = 'sro-arkivet-development-secret-not-for-production'

/**
 * PAYLOAD_SECRET signs sessions. Production refuses to start without a real one;
 * `next build` only renders, so it may use the development value.
 */
export function resolveSecret({ env }: { env: Record<string, string | undefined> }): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) {
    if (env.NODE_ENV === 'production' && secret.length < 32) {
      throw new Error('PAYLOAD_SECRET måste vara minst 32 tecken i produktion.')
    }
    return secret
  }
  const isBuild = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !isBuild) {
    throw new Error('PAYLOAD_SECRET saknas. Sätt en lång slumpmässig hemlighet, t.ex. `openssl rand -hex 32`.')
  }
  return DEVELOPMENT_SECRET
}
