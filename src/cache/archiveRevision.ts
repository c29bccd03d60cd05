/**
 * The revision of the committed archive: one string that moves with any committed change from any writer (admin,
 * REST/GraphQL, import, seed, jobs, another instance, a restore) and with the Stockholm date (pages say "kommande"
 * and "försenat"). The page cache (src/cache/handler.mjs) and the search index both follow it, so every public surface
 * agrees with the database within a second. Read through Payload, so it works on any database adapter.
 */
import type { Payload } from 'payload'

import { stockholmDate } from '../domain/time'
import { searchIndexVersion } from '../search/freshness'

/** How old a read fingerprint may be before a request reads it again (per process). */
export const REVISION_MAX_AGE_MS = 1000

/** Where src/cache/handler.mjs finds the reader; the handler is loaded by Next outside the app's bundles. */
export const REVISION_READER_KEY = Symbol.for('sro-arkivet.archiveRevision')

type Cached = { version: number; at: number; value: Promise<string> }
const STATE_KEY = Symbol.for('sro-arkivet.archiveRevisionState')
type Holder = { [STATE_KEY]?: Cached; [REVISION_READER_KEY]?: () => Promise<string> }
const holder = globalThis as Holder

/**
 * Pure: whether a collection's rows can show on the public site. Accounts, import runs and Payload's own bookkeeping
 * (jobs every minute, edit locks, preferences, migrations) change often and never show; counting them would empty
 * the page cache for nothing.
 */
export function isPublicContent({ slug, isAuth }: { slug: string; isAuth: boolean }): boolean {
  return !isAuth && slug !== 'import-runs' && !slug.startsWith('payload-')
}

/** Pure: one collection's part of the fingerprint. A delete moves the count, any save the latest `updatedAt`. */
export function fingerprintPart({ slug, totalDocs, latest }: { slug: string; totalDocs: number; latest?: string | null }): string {
  return `${slug}:${totalDocs}@${latest ?? ''}`
}

/** Count and latest change of every public collection (trash and drafts' main rows included) and every global. */
export async function archiveFingerprint(payload: Payload): Promise<string> {
  const collections = payload.config.collections.filter((collection) => isPublicContent({ slug: collection.slug, isAuth: Boolean(collection.auth) }))
  const parts = await Promise.all([
    ...collections.map(async ({ slug, trash }) => {
      const { totalDocs, docs } = await payload.find({
        collection: slug,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: true,
        ...(trash ? { trash: true } : {}),
      })
      return fingerprintPart({ slug, totalDocs, latest: (docs[0] as { updatedAt?: string } | undefined)?.updatedAt })
    }),
    ...payload.config.globals.map(async ({ slug }) => {
      const global = await payload.findGlobal({ slug, depth: 0, overrideAccess: true })
      return fingerprintPart({ slug, totalDocs: 1, latest: (global as { updatedAt?: string }).updatedAt })
    }),
  ])
  return parts.join('|')
}

/** Pure: the revision string. The local version moves at once when this process writes (before the commit is seen). */
export function revisionOf({ version, date, fingerprint }: { version: number; date: string; fingerprint: string }): string {
  return `${date}/${version}/${fingerprint}`
}

/**
 * The current revision, read at most once a second per process (concurrent callers share one read), and at once
 * after a write in this process.
 */
export function archiveRevision(payload: Payload): Promise<string> {
  const version = searchIndexVersion()
  const cached = holder[STATE_KEY]
  const now = Date.now()
  if (cached && cached.version === version && now - cached.at <= REVISION_MAX_AGE_MS) return cached.value
  const value = archiveFingerprint(payload).then((fingerprint) => revisionOf({ version, date: stockholmDate(new Date(now)), fingerprint }))
  holder[STATE_KEY] = { version, at: now, value }
  // A failed read is not kept: the next request reads again.
  value.catch(() => {
    if (holder[STATE_KEY]?.value === value) holder[STATE_KEY] = undefined
  })
  return value
}

/** Lets the page cache handler read the revision through this process's Payload. */
export function registerArchiveRevision(payload: Payload): void {
  holder[REVISION_READER_KEY] = () => archiveRevision(payload)
}
