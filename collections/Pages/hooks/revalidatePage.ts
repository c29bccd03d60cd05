import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePublic } from '../../../src/lib/revalidate'

export const revalidatePage: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    const paths = [`/${doc.slug}`]
    if (previousDoc?.slug && previousDoc.slug !== doc.slug) paths.push(`/${previousDoc.slug}`)
    await revalidatePublic({ req, tags: ['pages'], paths: [...paths, '/sitemap.xml'] })
  }
  return doc
}

/** A page deleted for good leaves its address, the sitemap and search at once, not when the cache runs out. */
export const revalidateDeletedPage: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc?.slug) await revalidatePublic({ req, tags: ['pages'], paths: [`/${doc.slug}`, '/sitemap.xml'] })
  return doc
}
