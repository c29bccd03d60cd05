/**
 * Cached public pages answered before Next's router. On a page cache hit Next spends about 1.1 ms of CPU in its
 * router and render runtime to send bytes it already holds (bench/cached-page.mjs: 1 199 req/s against 5 751 for a
 * static server with the same bytes). This answers such a request from the same cache entry, with the headers Next
 * itself sent for that page, before Node hands the request to Next.
 *
 * It never decides what is current: a page is replayed only when the page cache (src/cache/handler.mjs) holds an
 * entry for it stamped with the revision the cache would use right now (`revisionWithoutWaiting`), and only after
 * Next itself answered that address from that cache once (its headers are recorded then). Anything else (a miss, an
 * entry from another revision, a revision that must be read first, a write in this process, a draft preview, another
 * method, a query string on a page that does not read one, `Cache-Control: no-cache`) goes to Next as before, which
 * renders and stores. So a withdrawal is never replayed, from any writer, exactly as with Next's own hits.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { revisionWithoutWaiting } from '../cache/archiveRevision'
import { QUERY_VIEWS, isQueryViewPath, queryViewPath } from '../lib/public/queryRoutes'

/** The page cache's state (src/cache/handler.mjs). */
const PAGE_CACHE_KEY = Symbol.for('sro-arkivet.pageCache')
type CacheEntry = { value: unknown; revision: string | null }
type PageValue = { kind: 'APP_PAGE'; html: unknown; status?: number }
type Holder = { [PAGE_CACHE_KEY]?: { entries: Map<string, CacheEntry> } }

/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
])
/** Next's compression middleware leaves smaller bodies as they are. */
const COMPRESSION_THRESHOLD = 1024
export const REPLAY_TIMING = 'cache;desc="replay"'

type Recorded = { headers: OutgoingHttpHeaders; cacheKey: string }
/** By route path: the page cache's key for it and the headers Next sent with it. */
const recorded = new Map<string, Recorded>()
/** Distinct searches are endless: past this many pages the oldest record goes (the page still comes from Next). */
export const MAX_RECORDED_PAGES = 5000
const bodies = new WeakMap<object, { plain: Buffer; gzip?: Buffer }>()

/**
 * Pure: the route path Next caches a public address under, or null when the address is not one it caches by path.
 * The query pages have their view path (src/proxy.ts).
 */
export function pageRoutePath(url: string): string | null {
  const queryAt = url.indexOf('?')
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
  const search = queryAt === -1 ? '' : url.slice(queryAt)
  if (QUERY_VIEWS[pathname]) return queryViewPath(pathname, search)
  // The views' own addresses answer 404 (src/proxy.ts), never their public page.
  if (isQueryViewPath(pathname)) return null
  // Next ignores the query string of a page that does not read it; replaying then would be right but is not needed.
  if (search || !pathname.startsWith('/') || /[%$]|\/\//.test(pathname)) return null
  return pathname
}

/**
 * Pure: whether a page cache key is the one for a route path. Next 16 keys a page `/route-cache/APP_PAGE/<build>/$`
 * followed by its path (`/index` for the start page); the part before `$` is Next's, so only the path is compared.
 */
export function isCacheKeyOf(key: string, routePath: string): boolean {
  const path = key.slice(key.lastIndexOf('$') + 1)
  return path === routePath || (routePath === '/' && path === '/index')
}

/** The part of Next's keys before the route path, once seen (it is the same for every page of a build). */
let keyPrefix: string | undefined

function findCacheKey(routePath: string): string | null {
  const entries = (globalThis as Holder)[PAGE_CACHE_KEY]?.entries
  if (!entries) return null
  if (keyPrefix !== undefined)
    for (const path of routePath === '/' ? ['/index', '/'] : [routePath])
      if (entries.has(keyPrefix + path)) return keyPrefix + path
  for (const key of entries.keys())
    if (isCacheKeyOf(key, routePath)) {
      keyPrefix = key.slice(0, key.lastIndexOf('$') + 1)
      return key
    }
  return null
}

/** Pure: whether a client takes gzip (as Next's compression negotiates it, without q-value subtleties beyond 0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  return /(?:^|,)\s*gzip\s*(?:,|$|;(?!\s*q=0(?:\.0*)?\s*(?:,|$)))/i.test(value)
}

function currentEntry(key: string): { entry: CacheEntry; html: string } | null {
  const entry = (globalThis as Holder)[PAGE_CACHE_KEY]?.entries.get(key)
  const value = entry?.value as PageValue | undefined
  if (!entry || value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return null
  if ((value.status ?? 200) !== 200) return null
  const revision = revisionWithoutWaiting()
  if (revision === null || entry.revision !== revision) return null
  return { entry, html: value.html }
}

/** Called when Next has answered a public page (src/http/staticHtmlHook.ts): keeps its headers if it was a hit. */
export function recordPageResponse(url: string | undefined, response: ServerResponse): void {
  if (!url || response.statusCode !== 200 || response.getHeader('x-nextjs-cache') !== 'HIT') return
  // A response for one visitor is never one to give others.
  if (response.hasHeader('set-cookie')) return
  const routePath = pageRoutePath(url)
  const cacheKey = routePath ? findCacheKey(routePath) : null
  if (!routePath || !cacheKey || !currentEntry(cacheKey)) return
  const headers: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(response.getHeaders()))
    if (!PER_RESPONSE.has(name) && value !== undefined) headers[name] = value
  recorded.delete(routePath)
  recorded.set(routePath, { headers, cacheKey })
  for (const oldest of recorded.keys()) {
    if (recorded.size <= MAX_RECORDED_PAGES) break
    recorded.delete(oldest)
  }
}

type Replay = { headers: OutgoingHttpHeaders; html: string; entry: CacheEntry }

/** The page for this request, ready to send, or null to let Next answer. */
export function replayablePage(request: IncomingMessage): Replay | null {
  // A client that asks past caches (`no-cache`) gets Next, which still answers from its page cache.
  if (/no-cache/i.test(`${request.headers['cache-control'] ?? ''}${request.headers.pragma ?? ''}`)) return null
  const routePath = request.url ? pageRoutePath(request.url) : null
  const known = routePath ? recorded.get(routePath) : undefined
  if (!routePath || !known) return null
  const current = currentEntry(known.cacheKey)
  // Gone from the page cache (pushed out by newer pages): the record goes too, until Next answers from it again.
  if (!current && !(globalThis as Holder)[PAGE_CACHE_KEY]?.entries.has(known.cacheKey)) recorded.delete(routePath)
  return current ? { headers: known.headers, ...current } : null
}

/** For tests: how many pages have recorded headers. */
export function recordedPageCount(): number {
  return recorded.size
}

/** Sends a page found by `replayablePage`: Next's headers, gzip when the client takes it, as Next would. */
export function replayPage(
  request: IncomingMessage,
  response: ServerResponse,
  { headers: sent, html, entry }: Replay,
): void {
  let body = bodies.get(entry)
  if (!body) bodies.set(entry, (body = { plain: Buffer.from(html, 'utf8') }))
  const headers: OutgoingHttpHeaders = { ...sent, 'server-timing': REPLAY_TIMING }
  let payload = body.plain
  if (body.plain.length >= COMPRESSION_THRESHOLD) {
    const vary = String(headers.vary ?? '')
    if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding'
    if (acceptsGzip(request.headers['accept-encoding'])) {
      payload = body.gzip ??= gzipSync(body.plain)
      headers['content-encoding'] = 'gzip'
    }
  }
  headers['content-length'] = payload.length
  response.writeHead(200, headers)
  // Node sends no body to a HEAD request itself.
  response.end(payload)
}

/** For tests: forget recorded headers. */
export function forgetRecordedPages(): void {
  recorded.clear()
}
