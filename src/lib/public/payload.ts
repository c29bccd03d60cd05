import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance for public pages. Every public query passes `overrideAccess: false` and never `draft`. */
export const publicPayload = () => getPayload({ config })

/** Options every public query shares: access enforced as for an anonymous visitor. */
export const AS_VISITOR = { overrideAccess: false, draft: false } as const
