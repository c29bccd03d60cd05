/**
 * The replay of cached pages on a real Node HTTP server whose listener answers like `next start` on a page cache hit
 * (compression, headers with setHeader, the stored page in one `end`, `x-nextjs-cache: HIT`). The page cache and the
 * archive revision are the real modules' process-wide state (src/cache/handler.mjs, src/cache/archiveRevision.ts),
 * set here as their own code would leave them.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

// @ts-expect-error Next's bundled copy of the `compression` middleware, untyped; the one `next start` uses.
import compression from 'next/dist/compiled/compression'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { REVISION_MAX_AGE_MS } from '../cache/archiveRevision'
import { invalidateSearchIndex, searchIndexVersion } from '../search/freshness'
import {
  MAX_RECORDED_PAGES,
  REPLAY_TIMING,
  acceptsGzip,
  forgetRecordedPages,
  isCacheKeyOf,
  pageRoutePath,
  recordPageResponse,
  recordedPageCount,
} from './pageReplay'
import { installStaticHtml } from './staticHtmlHook'

const PAGE = `<!DOCTYPE html><html lang="sv"><body><h1>Möte 13 november 2025</h1>${'<p>Punkt</p>'.repeat(200)}</body></html>`
const entries = new Map<string, { value: unknown; revision: string | null }>()
const holder = globalThis as Record<symbol, unknown>

function setRevision(revision: string, at = Date.now()) {
  holder[Symbol.for('sro-arkivet.archiveRevisionState')] = {
    known: { version: searchIndexVersion(), at, value: Promise.resolve(revision), revision },
  }
}
/** Next 16's key for a page: its own prefix, then `$` and the route path (`/index` for `/`). */
const cacheKeyOf = (routePath: string) => `/route-cache/APP_PAGE/0a1b2c/$${routePath === '/' ? '/index' : routePath}`
function store(routePath: string, revision: string, html = PAGE, status = 200) {
  entries.set(cacheKeyOf(routePath), { value: { kind: 'APP_PAGE', html, status }, revision })
}

const compress = compression()
let server: http.Server
let base = ''
let nextCalls = 0

beforeAll(async () => {
  holder[Symbol.for('sro-arkivet.pageCache')] = { entries, pending: new Map(), bytes: 0 }
  installStaticHtml()
  server = http.createServer((request, response) => {
    nextCalls += 1
    compress(request, response, () => {})
    const routePath = pageRoutePath(request.url ?? '/')
    const entry = routePath ? entries.get(cacheKeyOf(routePath)) : undefined
    response.setHeader('Content-Security-Policy', "script-src 'none'")
    response.setHeader('Cache-Control', 'public, max-age=0, s-maxage=5')
    response.setHeader('Vary', 'rsc, next-router-state-tree')
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.setHeader('x-nextjs-cache', entry ? 'HIT' : 'MISS')
    response.end(entry ? (entry.value as { html: string }).html : '<!DOCTYPE html><p>rendered</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  entries.clear()
  forgetRecordedPages()
  setRevision('r1')
})

function send(
  pathname: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; raw: Buffer }>(
    (resolve, reject) => {
      const request = http.request(`${base}${pathname}`, { method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          const body = response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8'), raw })
        })
      })
      request.on('error', reject)
      request.end()
    },
  )
}

/** Next answers once from its cache (headers recorded), then the count of requests Next saw after that. */
async function nextCallsAfterFirstHit(pathname: string, then: () => Promise<unknown>): Promise<number> {
  expect((await send(pathname)).headers['x-nextjs-cache']).toBe('HIT')
  const before = nextCalls
  await then()
  return nextCalls - before
}

describe('page cache keys', () => {
  it('should key pages by path like Next, query pages by their view, and leave other queries to Next', () => {
    expect(pageRoutePath('/')).toBe('/')
    expect(pageRoutePath('/moten/2025-11-13')).toBe('/moten/2025-11-13')
    expect(pageRoutePath('/moten?ar=2025')).toMatch(/^\/_vy\/moten\/[A-Za-z0-9_-]+$/)
    expect(pageRoutePath('/moten')).toBe('/_vy/moten/-')
    expect(pageRoutePath('/moten/2025-11-13?utm=x')).toBeNull()
    expect(pageRoutePath('/m%C3%B6ten')).toBeNull()
    expect(pageRoutePath('/a$/b')).toBeNull()
    // An internal view path asked for directly is the proxy's 404, not the public page it caches.
    expect(pageRoutePath('/_vy/moten/-')).toBeNull()
  })

  it("should find a page's entry by the route path at the end of Next's key", () => {
    const key = '/route-cache/APP_PAGE/a12005d095c926bf/$/moten/2025-11-13'
    expect(isCacheKeyOf(key, '/moten/2025-11-13')).toBe(true)
    expect(isCacheKeyOf(key, '/2025-11-13')).toBe(false)
    expect(isCacheKeyOf('/route-cache/APP_PAGE/a1/$/index', '/')).toBe(true)
    expect(isCacheKeyOf('/route-cache/APP_PAGE/a1/$/moten/2025-11-13/kallelse.pdf', '/moten/2025-11-13')).toBe(false)
  })

  it('should take gzip only when the client accepts it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('deflate, gzip;q=0.5')).toBe(true)
    expect(acceptsGzip('br')).toBe(false)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})

describe('replay of cached pages', () => {
  it("should answer a current cached page without Next, with Next's headers and the same bytes", async () => {
    store('/moten/2025-11-13', 'r1')
    let replayed: Awaited<ReturnType<typeof send>> | undefined
    const calls = await nextCallsAfterFirstHit('/moten/2025-11-13', async () => {
      replayed = await send('/moten/2025-11-13')
    })
    expect(calls).toBe(0)
    expect(replayed?.status).toBe(200)
    expect(replayed?.body).toBe(PAGE)
    expect(replayed?.headers['server-timing']).toBe(REPLAY_TIMING)
    expect(replayed?.headers['content-security-policy']).toBe("script-src 'none'")
    expect(replayed?.headers['x-nextjs-cache']).toBe('HIT')
    expect(replayed?.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(replayed?.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
    expect(Number(replayed?.headers['content-length'])).toBe(Buffer.byteLength(PAGE))
  })

  it('should gzip like Next when the client accepts it, and send no body to HEAD', async () => {
    store('/', 'r1')
    const calls = await nextCallsAfterFirstHit('/', async () => {
      const gzipped = await send('/', { headers: { 'accept-encoding': 'gzip' } })
      expect(gzipped.headers['content-encoding']).toBe('gzip')
      expect(gzipped.body).toBe(PAGE)
      expect(Number(gzipped.headers['content-length'])).toBe(gzipped.raw.length)
      const head = await send('/', { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.raw.length).toBe(0)
    })
    expect(calls).toBe(0)
  })

  it('should leave the request to Next when the revision moved, a write happened here, or the read is too old', async () => {
    store('/moten/2025-11-13', 'r1')
    expect(
      await nextCallsAfterFirstHit('/moten/2025-11-13', async () => {
        setRevision('r2')
        expect((await send('/moten/2025-11-13')).headers['server-timing']).toBeUndefined()
        setRevision('r1', Date.now() - 3 * REVISION_MAX_AGE_MS)
        await send('/moten/2025-11-13')
        setRevision('r1')
        invalidateSearchIndex()
        await send('/moten/2025-11-13')
      }),
    ).toBe(3)
  })

  it('should leave drafts, other methods, no-cache requests, misses and unrecorded pages to Next', async () => {
    store('/moten/2025-11-13', 'r1')
    store('/arenden', 'r1')
    expect(
      await nextCallsAfterFirstHit('/moten/2025-11-13', async () => {
        await send('/moten/2025-11-13', { headers: { cookie: '__prerender_bypass=1' } })
        await send('/moten/2025-11-13', { method: 'POST' })
        await send('/moten/2025-11-13', { headers: { 'cache-control': 'no-cache' } })
        await send('/moten/2025-11-13', { headers: { pragma: 'no-cache' } })
        // Never answered by Next from its cache yet: its headers are unknown.
        await send('/arenden')
        entries.delete(cacheKeyOf('/moten/2025-11-13'))
        await send('/moten/2025-11-13')
      }),
    ).toBe(6)
  })

  it('should not replay a page whose entry is not a plain 200 page', async () => {
    store('/moten/2025-11-13', 'r1')
    expect(
      await nextCallsAfterFirstHit('/moten/2025-11-13', async () => {
        store('/moten/2025-11-13', 'r1', PAGE, 404)
        await send('/moten/2025-11-13')
      }),
    ).toBe(1)
  })

  it('should keep a bounded number of records, and forget one whose page left the cache', async () => {
    store('/moten/2025-11-13', 'r1')
    await nextCallsAfterFirstHit('/moten/2025-11-13', async () => undefined)
    expect(recordedPageCount()).toBe(1)
    entries.delete(cacheKeyOf('/moten/2025-11-13'))
    await send('/moten/2025-11-13')
    expect(recordedPageCount()).toBe(0)

    // Many distinct searches, each answered from the cache by Next once.
    const hit = new http.ServerResponse(new http.IncomingMessage(null as never))
    hit.setHeader('x-nextjs-cache', 'HIT')
    for (let index = 0; index < MAX_RECORDED_PAGES + 50; index += 1) {
      const url = `/sok?q=fr%C3%A5ga${index}`
      store(pageRoutePath(url)!, 'r1')
      recordPageResponse(url, hit)
    }
    expect(recordedPageCount()).toBe(MAX_RECORDED_PAGES)
  })
})
