import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePublic } from '@/lib/revalidate'

export const revalidatePage: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await revalidatePublic({ req })
  }
  return doc
}

/** A page deleted for good leaves its address, the sitemap and search at once, not when the cache runs out. */
export const revalidateDeletedPage: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidatePublic({ req })
  return doc
}
