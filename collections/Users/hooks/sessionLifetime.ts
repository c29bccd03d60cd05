/**
 * Payload's JWT strategy accepts a token while its session is listed on the user it reads; leaving out sessions
 * older than the absolute lifetime ends them, for requests and for refresh alike.
 */
import type { CollectionAfterReadHook } from 'payload'

import { isSessionWithinLifetime } from '@/auth/sessionLifetime'

export const endOldSessions: CollectionAfterReadHook = ({ doc }) => {
  const sessions = (doc as { sessions?: Array<{ createdAt?: unknown }> | null }).sessions
  if (!Array.isArray(sessions)) return doc
  return { ...doc, sessions: sessions.filter((session) => isSessionWithinLifetime({ createdAt: session.createdAt })) }
}
