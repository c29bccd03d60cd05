import type { PayloadRequest } from 'payload'

import { invalidateSearchIndex } from '../search/freshness'

/**
 * Tells this process at once that public content changed. The cached pages and the search index follow the archive
 * revision (src/cache/archiveRevision.ts), which every instance reads at most once a second, so writers without
 * hooks (another instance, a CLI, a restore) are seen too; this only spares the writing process that second.
 * No paths or tags: every cached page is checked against the revision, so none can be forgotten.
 */
export async function revalidatePublic(_args: { req: PayloadRequest }): Promise<void> {
  invalidateSearchIndex()
}

/** For records shown on many archive pages (decisions, cases, documents, the register). */
export const revalidateArchive = async ({ req, doc }: { req: PayloadRequest; doc: unknown }) => {
  await revalidatePublic({ req })
  return doc
}

/** For what stands on every public page (the site settings). */
export const revalidateWholeSite = async ({ req, doc }: { req: PayloadRequest; doc: unknown }) => {
  await revalidatePublic({ req })
  return doc
}
