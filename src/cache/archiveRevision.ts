/**
 * The revision of the committed archive: one string that moves with any committed change from any writer (admin,
 * REST/GraphQL, import, seed, jobs, another instance, a restore) and with the Stockholm date (pages say "kommande"
 * and "försenat"). The page cache (src/cache/handler.mjs) and the search index both follow it, so every public surface
 * agrees with the database within a second. Read through Payload, so it works on any database adapter.
 */
import type { Payload } from 'payload'

import { stockholmDate } from '../domain/time'
import { searchIndexVersion } from '../search/freshness'

/**
 * How old a read revision may be when a request uses it as it is (per process). The page cache uses it up to twice this
 * age while a fresh read (about 20 ms) runs in the background; older than that (an idle process) the request waits.
 * A change is thus seen within 2 s plus one read.
 */
export const REVISION_MAX_AGE_MS = 1000

/** Where src/cache/handler.mjs finds the reader; the handler is loaded by Next outside the app's bundles. */
export const REVISION_READER_KEY = Symbol.for('sro-arkivet.archiveRevision')

/** The last revision read (`at`: when its read started) and the read under way, if any. */
type State = {
  known?: { version: number; at: number; value: Promise<string>; revision: string }
  reading?: { version: number; value: Promise<string> }
}
const STATE_KEY = Symbol.for('sro-arkivet.archiveRevisionState')
type Holder = { [STATE_KEY]?: State; [REVISION_READER_KEY]?: () => Promise<string> }
const holder = globalThis as Holder

/**
 * Pure: whether a collection's rows can show on the public site. Accounts, import runs and Payload's own bookkeeping
 * (jobs every minute, edit locks, preferences, migrations) change often and never show; counting them would empty
 * the page cache for nothing.
 */
export function isPublicContent({ slug, isAuth }: { slug: string; isAuth: boolean }): boolean {
  // Import runs and sendings (Utskick) are staff-only records.
  return !isAuth && slug !== 'import-runs' && slug !== 'sendings' && !slug.startsWith('payload-')
}

/** Pure: one collection's part of the fingerprint. A delete moves the count, any save the latest `updatedAt`. */
export function fingerprintPart({
  slug,
  totalDocs,
  latest,
}: {
  slug: string
  totalDocs: number
  latest?: string | null
}): string {
  return `${slug}:${totalDocs}@${latest ?? ''}`
}

/** Count and latest change of every public collection (trash and drafts' main rows included) and every global. */
export async function archiveFingerprint(payload: Payload): Promise<string> {
  const collections = payload.config.collections.filter((collection) =>
    isPublicContent({ slug: collection.slug, isAuth: Boolean(collection.auth) }),
  )
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
export function revisionOf({
  version,
  date,
  fingerprint,
}: {
  version: number
  date: string
  fingerprint: string
}): string {
  return `${date}/${version}/${fingerprint}`
}

/** Starts one read of the revision, or joins the one under way. */
function read(payload: Payload, version: number): Promise<string> {
  const state = (holder[STATE_KEY] ??= {})
  if (state.reading?.version === version) return state.reading.value
  const at = Date.now()
  const value = archiveFingerprint(payload).then((fingerprint) =>
    revisionOf({ version, date: stockholmDate(new Date(at)), fingerprint }),
  )
  state.reading = { version, value }
  value
    .then(
      (revision) => {
        if (!state.known || state.known.at < at) state.known = { version, at, value, revision }
      },
      // A failed read is not kept: the next request reads again.
      () => undefined,
    )
    .finally(() => {
      if (state.reading?.value === value) state.reading = undefined
    })
  return value
}

/**
 * The current revision: read at most once a second per process, and at once after a write in this process. With
 * `canRefreshInBackground` (the page cache) a revision up to twice REVISION_MAX_AGE_MS old is used while a fresh read
 * runs, so under load no request waits for the read; without it (search) a revision older than the limit is read first.
 */
export function archiveRevision({
  payload,
  canRefreshInBackground = false,
}: {
  payload: Payload
  canRefreshInBackground?: boolean
}): Promise<string> {
  const version = searchIndexVersion()
  const known = holder[STATE_KEY]?.known
  const use = knownRevisionUse({ known, version, now: Date.now(), canRefreshInBackground })
  if (use === 'read' || !known) return read(payload, version)
  if (use === 'refresh') read(payload, version).catch(() => undefined)
  return known.value
}

/**
 * Pure: what a request does with the last revision read (`at`: when its read started): use it, use it while a read
 * starts in the background, or read first. Read first after a write in this process (`version` moved), or once it is
 * older than REVISION_MAX_AGE_MS (twice that when the caller can refresh in the background).
 */
export function knownRevisionUse({
  known,
  version,
  now,
  canRefreshInBackground,
}: {
  known?: { version: number; at: number }
  version: number
  now: number
  canRefreshInBackground: boolean
}): 'use' | 'refresh' | 'read' {
  if (!known || known.version !== version) return 'read'
  const age = now - known.at
  if (age <= REVISION_MAX_AGE_MS) return 'use'
  return canRefreshInBackground && age <= 2 * REVISION_MAX_AGE_MS ? 'refresh' : 'read'
}

/**
 * The revision the page cache would use right now, without waiting: null when it would have to read first (a write in
 * this process, an idle process, no read yet). The page cache's rule (`knownRevisionUse`), whose background read it
 * starts when due. For the replay of cached pages (src/http/pageReplay.ts), which answers before any promise could
 * settle.
 */
export function revisionWithoutWaiting(): string | null {
  const known = holder[STATE_KEY]?.known
  const use = knownRevisionUse({ known, version: searchIndexVersion(), now: Date.now(), canRefreshInBackground: true })
  if (use === 'read' || !known) return null
  if (use === 'refresh') holder[REVISION_READER_KEY]?.().catch(() => undefined)
  return known.revision
}

/** Lets the page cache handler read the revision through this process's Payload. */
export function registerArchiveRevision(payload: Payload): void {
  holder[REVISION_READER_KEY] = () => archiveRevision({ payload, canRefreshInBackground: true })
}
