/**
 * The response hook on a real Node HTTP server that answers the way `next start` does: Next's own compression
 * middleware first, then headers with setHeader, then the body (a cache hit in one `end`, a per-request render
 * streamed after `flushHeaders`).
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'

// @ts-expect-error Next's bundled copy of the `compression` middleware, untyped; the one `next start` uses.
import compression from 'next/dist/compiled/compression'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasMalformedPath, installStaticHtml } from './staticHtmlHook'

const page = fs.readFileSync(path.resolve(__dirname, '../../tests/fixtures/next-html/start-cached.html'), 'utf8')
const compress = compression()
let server: http.Server
let base = ''
let rscHeaderSeen: string | undefined

beforeAll(async () => {
  installStaticHtml()
  server = http.createServer((request, response) => {
    compress(request, response, () => {})
    rscHeaderSeen = request.headers.rsc as string | undefined
    const url = new URL(request.url ?? '/', 'http://x')
    if (url.pathname.endsWith('.pdf')) {
      response.setHeader('Content-Type', 'application/pdf')
      response.end('<script>not html</script>')
      return
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (url.searchParams.has('streamed')) {
      response.flushHeaders()
      const half = Math.floor(page.length / 2)
      response.write(page.slice(0, half))
      setTimeout(() => response.end(page.slice(half)), 5)
      return
    }
    response.setHeader('Content-Length', Buffer.byteLength(page))
    response.end(page)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function get(pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get(`${base}${pathname}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          const body = response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8') })
        })
      })
      .on('error', reject)
  })
}

describe('public HTML on its way out', () => {
  it('should strip a page sent in one piece and give its new length', async () => {
    const response = await get('/moten/2025-11-13')
    expect(response.body).not.toContain('<script')
    expect(response.body).toContain('<main id="innehall">')
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.body))
  })

  it('should strip a streamed page', async () => {
    const response = await get('/moten?streamed=1')
    expect(response.body).not.toContain('<script')
    expect(response.body.endsWith('</body></html>')).toBe(true)
  })

  it('should strip before Next compresses, so a gzip visitor gets the plain page compressed', async () => {
    for (const pathname of ['/sok?q=x&streamed=1', '/']) {
      const response = await get(pathname, { 'accept-encoding': 'gzip' })
      expect(response.headers['content-encoding']).toBe('gzip')
      expect(response.body).not.toContain('<script')
      expect(response.body).toContain('</main>')
    }
  })

  it('should answer an RSC request for a public page as an HTML request', async () => {
    const response = await get('/moten/2025-11-13?_rsc=abc', { rsc: '1', 'next-router-state-tree': '%5B%5D' })
    expect(rscHeaderSeen).toBeUndefined()
    expect(response.body).not.toContain('<script')
  })

  it.each([
    ['a draft preview', '/om-sro', { cookie: 'a=1; __prerender_bypass=abc' }],
    ['the admin', '/admin/collections/meetings', {}],
    ['Next files', '/_next/static/chunks/x.html', {}],
  ])('should leave %s alone', async (_what, pathname, headers: Record<string, string>) => {
    const response = await get(pathname, headers)
    expect(response.body).toBe(page)
  })

  it('should answer a broken percent escape in the path with 400 before Next, and let valid escapes through', async () => {
    for (const pathname of ['/moten/%E0%A4%A', '/api/meetings/%', '/admin/%zz?x=1']) {
      const response = await get(pathname)
      expect(response.status, pathname).toBe(400)
      expect(response.body, pathname).toMatch(/^Adressen är felaktigt kodad/)
    }
    expect(hasMalformedPath('/m%C3%B6ten?q=%E0%A4%A')).toBe(false)
    expect((await get('/m%C3%B6ten')).body).not.toContain('<script')
  })

  it('should leave other content types alone', async () => {
    expect((await get('/moten/2025-11-13/kallelse.pdf')).body).toBe('<script>not html</script>')
  })
})
