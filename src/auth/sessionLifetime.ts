/**
 * Sessions have an absolute lifetime (ASVS 5.0 V7.3.2): Payload's token expiry slides with every refresh, so a
 * session kept alive by refreshing would never end. Counted from the session's `createdAt` (the sign-in).
 */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000

export function isSessionWithinLifetime({
  createdAt,
  now = Date.now(),
  maxAgeMs = SESSION_MAX_AGE_MS,
}: {
  createdAt: unknown
  now?: number
  maxAgeMs?: number
}): boolean {
  const started =
    createdAt instanceof Date ? createdAt.getTime() : typeof createdAt === 'string' ? Date.parse(createdAt) : Number.NaN
  // A session without a readable start cannot be shown to be young enough.
  if (!Number.isFinite(started)) return false
  return now - started < maxAgeMs
}
