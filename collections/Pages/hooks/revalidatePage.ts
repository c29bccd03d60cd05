import type { CollectionAfterChangeHook } from 'payload'

import { revalidatePublic } from '../../../src/lib/revalidate'

export const revalidatePage: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    const paths = [`/${doc.slug}`]
    if (previousDoc?.slug && previousDoc.slug !== doc.slug) paths.push(`/${previousDoc.slug}`)
    await revalidatePublic({ req, tags: ['pages'], paths: [...paths, '/sitemap.xml'] })
  }
  return doc
}
