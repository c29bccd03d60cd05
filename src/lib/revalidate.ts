import type { PayloadRequest } from 'payload'

import { invalidateSearchIndex } from '../search/freshness'

/**
 * Tells Next.js that public pages changed, so the cached archive is never stale after a publish.
 * Outside a Next.js server (seed, import CLI, tests) there is no cache to revalidate.
 */
/** Paths whose cached pages change with any published meeting, item or case. */
export const ARCHIVE_PATHS = ['/', '/moten', '/moten.ics', '/feed.xml', '/sitemap.xml', '/arenden', '/arshjul', '/arshjul.ics']
/** Dynamic routes revalidated as a whole (every case page lists its meetings). */
export const ARCHIVE_ROUTE_PATTERNS = ['/arenden/[slug]', '/arenden/[slug]/kalender.ics']

export async function revalidatePublic({
  req,
  paths = [],
  tags = [],
  routePatterns = [],
  wholeSite = false,
}: {
  req: PayloadRequest
  paths?: string[]
  tags?: string[]
  routePatterns?: string[]
  wholeSite?: boolean
}) {
  // Search reads the same published content, so it is refreshed with the pages.
  invalidateSearchIndex()
  if (req.context.disableRevalidate) return
  try {
    const { revalidatePath, revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, 'max')
    for (const path of paths) revalidatePath(path)
    for (const pattern of routePatterns) revalidatePath(pattern, 'page')
    if (wholeSite) revalidatePath('/', 'layout')
  } catch (err) {
    // Expected outside the Next.js runtime; logged at debug level only.
    req.payload.logger.debug({ msg: 'revalidate skipped', err })
  }
}

/**
 * For records shown on many archive pages (decisions, cases, documents, the register): after any change,
 * every archive page is rebuilt on its next visit. Edits to these are rare; a stale page would be wrong.
 */
export const revalidateArchive = async ({ req, doc }: { req: PayloadRequest; doc: unknown }) => {
  await revalidatePublic({ req, paths: ARCHIVE_PATHS, routePatterns: [...ARCHIVE_ROUTE_PATTERNS, '/moten/[slug]'] })
  return doc
}

/** For what stands on every public page (the site settings): every cached page is rebuilt on its next visit. */
export const revalidateWholeSite = async ({ req, doc }: { req: PayloadRequest; doc: unknown }) => {
  await revalidatePublic({ req, wholeSite: true })
  return doc
}
