import config from '@payload-config'
import { getPayload } from 'payload'

import { registerArchiveRevision } from '@/cache/archiveRevision'

/**
 * The Payload instance for public pages. Every public query passes `overrideAccess: false` and never `draft`.
 * It also lets the page cache (src/cache/handler.mjs) read the archive revision through this instance.
 */
export async function publicPayload() {
  const payload = await getPayload({ config })
  registerArchiveRevision(payload)
  return payload
}

/** Options every public query shares: access enforced as for an anonymous visitor. */
export const AS_VISITOR = { overrideAccess: false, draft: false } as const
