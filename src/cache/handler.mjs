/**
 * Next.js cache handler (next.config.ts `cacheHandler`) for the cached public pages and feeds.
 *
 * Each entry remembers the archive revision (src/cache/archiveRevision.ts) its render started from. An entry from an
 * older revision is a miss: Next renders it again before answering (blocking, never stale-while-revalidate), so a
 * withdrawal is never served from the cache once the revision moved. The revision is read through the app's Payload
 * at most once a second per process, so a write by any writer (another instance, a CLI, a job, a restore) reaches
 * every cached surface of every instance within about a second, with no cache server to share.
 *
 * Plain JavaScript beside the app: Next imports it at run time (in `next build` and `next start`), outside the app's
 * bundles. It shares state with the app only through globalThis. Entries live in this process's memory, starting
 * empty, so nothing rendered at build time is ever served.
 *
 * Pages are stored without Next's client runtime (src/http/staticHtml.mjs): stripped once per render, so a hit sends
 * the plain page with no work. Their RSC payload is not kept: public RSC requests get the HTML
 * (src/http/staticHtmlHook.ts), so it would only take half the memory.
 */
import { Buffer } from 'node:buffer'

import { stripClientRuntime } from '../http/staticHtml.mjs'

/** Set by registerArchiveRevision (src/cache/archiveRevision.ts) the first time a public page reads Payload. */
const READER_KEY = Symbol.for('sro-arkivet.archiveRevision')
/** The in-process write counter of src/search/freshness.ts: bumping it makes the next read see a new revision. */
const LOCAL_VERSION_KEY = Symbol.for('sro-arkivet.searchIndexVersion')
const STATE_KEY = Symbol.for('sro-arkivet.pageCache')
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024
/** Renders in flight whose revision is remembered; more than this many at once means keys nobody sets. */
const MAX_PENDING = 10_000
/** A render that has not stored its page after this long is taken to have failed: its revision is forgotten. */
const PENDING_MAX_AGE_MS = 30_000

/**
 * @typedef {{ value: unknown, lastModified: number, cacheControl: unknown, revision: string | null, size: number }} Entry
 * @typedef {{ entries: Map<string, Entry>, pending: Map<string, { revision: string | null, at: number }>, bytes: number }} State
 */

/** @returns {State} */
function state() {
  return (globalThis[STATE_KEY] ??= { entries: new Map(), pending: new Map(), bytes: 0 })
}

/** The current revision, or null when no reader is registered yet (fresh process) or the read failed. */
async function currentRevision() {
  const read = globalThis[READER_KEY]
  if (typeof read !== 'function') return null
  try {
    return await read()
  } catch {
    return null
  }
}

const byteLength = (data) => (typeof data === 'string' ? data.length : (data?.byteLength ?? data?.length ?? 0))

/** A rough size of a cached value, counted like Next's own memory cache. */
export function entrySize(key, value) {
  if (!value || typeof value !== 'object') return key.length + 25
  let size = byteLength(value.html) + byteLength(value.rscData) + byteLength(value.body) + byteLength(value.postponed)
  if (value.segmentData instanceof Map)
    for (const [path, buffer] of value.segmentData) size += path.length + byteLength(buffer)
  return key.length + Math.max(size, 1)
}

/** A page as visitors get it: no scripts, no inline RSC payload, no RSC payload kept beside it. */
function withoutClientRuntime(data) {
  if (data?.kind !== 'APP_PAGE' || data.html == null) return data
  const html = typeof data.html === 'string' ? data.html : Buffer.from(data.html).toString('utf8')
  return { ...data, html: stripClientRuntime(html), rscData: Buffer.alloc(0) }
}

function remove(current, key) {
  const entry = current.entries.get(key)
  if (!entry) return
  current.entries.delete(key)
  current.bytes -= entry.size
}

export default class ArchiveCacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} [options] Next passes `cacheMaxMemorySize` from next.config.ts. */
  constructor(options = {}) {
    this.maxBytes = options.maxMemoryCacheSize || DEFAULT_MAX_BYTES
  }

  async get(key) {
    const revision = await currentRevision()
    const current = state()
    const entry = current.entries.get(key)
    if (entry && revision !== null && entry.revision === revision) {
      // Least recently used last.
      current.entries.delete(key)
      current.entries.set(key, entry)
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl }
    }
    if (entry) remove(current, key)
    // A miss: the render that follows starts from this revision, and set() stamps it (never the revision at its end).
    // Overlapping renders of one page keep the revision the first of them started from: a page read before a write
    // must never be stored as current when a later request saw the new revision first.
    if (current.pending.size >= MAX_PENDING) current.pending.clear()
    const pending = current.pending.get(key)
    if (!pending || Date.now() - pending.at > PENDING_MAX_AGE_MS) current.pending.set(key, { revision, at: Date.now() })
    return null
  }

  async set(key, data, ctx = {}) {
    const current = state()
    const started = current.pending.get(key)?.revision ?? null
    current.pending.delete(key)
    remove(current, key)
    if (data === null || data === undefined) return
    const value = withoutClientRuntime(data)
    const size = entrySize(key, value)
    if (size > this.maxBytes) return
    current.entries.set(key, {
      value,
      lastModified: Date.now(),
      cacheControl: ctx.cacheControl,
      revision: started,
      size,
    })
    current.bytes += size
    for (const oldest of current.entries.keys()) {
      if (current.bytes <= this.maxBytes) break
      remove(current, oldest)
    }
  }

  /** revalidatePath / revalidateTag anywhere in this process: every cached page is rendered again. */
  async revalidateTag() {
    globalThis[LOCAL_VERSION_KEY] = (globalThis[LOCAL_VERSION_KEY] ?? 0) + 1
  }

  resetRequestCache() {}
}
