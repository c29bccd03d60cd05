import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import ArchiveCacheHandler, { entrySize } from './handler.mjs'

const READER_KEY = Symbol.for('sro-arkivet.archiveRevision')
const LOCAL_VERSION_KEY = Symbol.for('sro-arkivet.searchIndexVersion')
const STATE_KEY = Symbol.for('sro-arkivet.pageCache')
type Global = Record<symbol, unknown>

let revision = 'r1'
const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from(html), headers: {}, status: 200 })

beforeEach(() => {
  revision = 'r1'
  ;(globalThis as Global)[READER_KEY] = async () => revision
  delete (globalThis as Global)[STATE_KEY]
})
afterEach(() => {
  delete (globalThis as Global)[READER_KEY]
  delete (globalThis as Global)[STATE_KEY]
})

/** What Next does on a miss: get, render, set. */
async function render(handler: ArchiveCacheHandler, key: string, html: string) {
  expect(await handler.get(key)).toBeNull()
  await handler.set(key, page(html), { cacheControl: { revalidate: false } })
}

describe('page cache handler', () => {
  it('should serve an entry while the archive revision stays the same', async () => {
    const handler = new ArchiveCacheHandler()
    await render(handler, '/moten/2025-11-13', 'möte')
    const hit = await handler.get('/moten/2025-11-13')
    expect(hit?.value).toMatchObject({ html: 'möte' })
    expect(hit?.cacheControl).toEqual({ revalidate: false })
  })

  it('should miss once the archive revision moved (a blocking render, never the old page)', async () => {
    const handler = new ArchiveCacheHandler()
    await render(handler, '/', 'före')
    revision = 'r2'
    expect(await handler.get('/')).toBeNull()
  })

  it('should stamp overlapping renders of one page with the revision the first of them started from', async () => {
    const handler = new ArchiveCacheHandler()
    // A renders from r1; a write moves the revision; B asks for the same page before A stores its (r1) page.
    expect(await handler.get('/moten/2025-11-13')).toBeNull()
    revision = 'r2'
    expect(await handler.get('/moten/2025-11-13')).toBeNull()
    await handler.set('/moten/2025-11-13', page('från r1'), { cacheControl: { revalidate: false } })
    // Stamped r2, the page read before the write would be served as current.
    expect(await handler.get('/moten/2025-11-13')).toBeNull()
  })

  it('should stamp an entry with the revision its render started from, not the one at its end', async () => {
    const handler = new ArchiveCacheHandler()
    expect(await handler.get('/feed.xml')).toBeNull()
    // A write commits while the page renders: the render may have read the old rows.
    revision = 'r2'
    await handler.set('/feed.xml', page('kanske gammal'), {})
    expect(await handler.get('/feed.xml')).toBeNull()
  })

  it('should miss when no revision can be read (a fresh process before Payload ran, or the database failing)', async () => {
    const handler = new ArchiveCacheHandler()
    delete (globalThis as Global)[READER_KEY]
    await render(handler, '/sitemap.xml', 'utan revision')
    expect(await handler.get('/sitemap.xml')).toBeNull()
    ;(globalThis as Global)[READER_KEY] = async () => {
      throw new Error('databasen svarar inte')
    }
    expect(await handler.get('/sitemap.xml')).toBeNull()
  })

  it('should drop the least recently used entries beyond cacheMaxMemorySize', async () => {
    // Stored without its RSC payload.
    const size = entrySize('/a', { ...page('x'.repeat(100)), rscData: Buffer.alloc(0) })
    const handler = new ArchiveCacheHandler({ maxMemoryCacheSize: size * 2 })
    await render(handler, '/a', 'x'.repeat(100))
    await render(handler, '/b', 'x'.repeat(100))
    expect(await handler.get('/a')).not.toBeNull()
    await render(handler, '/c', 'x'.repeat(100))
    expect(await handler.get('/b')).toBeNull()
    expect(await handler.get('/a')).not.toBeNull()
  })

  it('should store a page without scripts, script preloads or its RSC payload', async () => {
    const handler = new ArchiveCacheHandler()
    const html =
      '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
      '<script src="/_next/static/chunks/b.js" async=""></script></head><body><h1>Möte</h1>' +
      '<script>self.__next_f.push([1,"x"])</script></body></html>'
    await render(handler, '/moten/2025-11-13', html)
    const hit = (await handler.get('/moten/2025-11-13'))?.value as { html: string; rscData: Buffer }
    expect(hit.html).toBe('<!DOCTYPE html><html><head></head><body><h1>Möte</h1></body></html>')
    expect(hit.rscData.byteLength).toBe(0)
  })

  it('should make every page render again after revalidatePath or revalidateTag in this process', async () => {
    const before = ((globalThis as Global)[LOCAL_VERSION_KEY] as number | undefined) ?? 0
    await new ArchiveCacheHandler().revalidateTag()
    expect((globalThis as Global)[LOCAL_VERSION_KEY]).toBe(before + 1)
  })
})
