import type { CollectionAfterChangeHook } from 'payload'

import { revalidatePublic } from '@/lib/revalidate'

export const revalidateMeeting: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const isPublicChange = doc._status === 'published' || previousDoc?._status === 'published'
  if (isPublicChange) {
    await revalidatePublic({ req })
  }
  return doc
}
