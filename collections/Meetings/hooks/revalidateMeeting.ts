import type { CollectionAfterChangeHook } from 'payload'

import { ARCHIVE_PATHS, ARCHIVE_ROUTE_PATTERNS, revalidatePublic } from '../../../src/lib/revalidate'

export const revalidateMeeting: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const isPublicChange = doc._status === 'published' || previousDoc?._status === 'published'
  if (isPublicChange) {
    await revalidatePublic({ req, tags: ['meetings', `meeting:${doc.slug}`], paths: [...ARCHIVE_PATHS, `/moten/${doc.slug}`], routePatterns: ARCHIVE_ROUTE_PATTERNS })
  }
  return doc
}
