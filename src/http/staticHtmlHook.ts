/**
 * Every public HTML response leaves the server without Next's client runtime (src/http/staticHtml.mjs).
 *
 * Where: cached pages are stored stripped by the page cache (src/cache/handler.mjs), so a hit is only searched. The
 * first response of a render and pages that never pass the cache (404s) are stripped here, on the response itself; a
 * hit this process may answer itself is replayed without Next (src/http/pageReplay.ts). Node announces each request on
 * the `http.server.request.start` diagnostics channel before Next sees it. For a public page (the addresses that get
 * `script-src 'none'`: not the admin, the API, Next's files or a draft preview) the response's body is collected once
 * its Content-Type says HTML, and written stripped at the end. That hook sits inside Next's compression (installed when
 * Next starts the request, before any Content-Type), so it reads the HTML and compression still gzips the result. It
 * relies on Node's public API and on Next writing through `res.write`/`res.end`, not on Next's internals, so a Next
 * upgrade cannot silently bypass it; the browser test tests/browser/no-client-js.test.ts fails if scripts come back.
 *
 * RSC requests (`RSC: 1`) for public pages have no use without the runtime: their RSC headers are dropped, so they
 * get the page's HTML like any visitor.
 */
import { subscribe } from 'node:diagnostics_channel'
import { type IncomingMessage, Server, type ServerResponse } from 'node:http'

import { recordPageResponse, replayPage, replayablePage } from './pageReplay'
import { DRAFT_COOKIE } from './securityHeaders'
import { hasClientRuntime, stripClientRuntime } from './staticHtml.mjs'

const INSTALLED = Symbol.for('sro-arkivet.staticHtml')
/** The headers that make Next answer with an RSC payload instead of HTML. */
export const RSC_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-hmr-refresh',
]

/** The addresses whose CSP is `script-src 'none'` (src/http/securityHeaders.ts), read as GET or HEAD. */
export function isStaticHtmlRequest({
  method,
  url,
  cookie,
}: {
  method?: string
  url?: string
  cookie?: string
}): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  if (!url || !url.startsWith('/') || /^\/(?:admin|api|_next)/.test(url)) return false
  return !cookie?.includes(`${DRAFT_COOKIE}=`)
}

type Callback = (error?: Error | null) => void
type Chunk = string | Buffer | Uint8Array

const toBuffer = (chunk: Chunk, encoding?: unknown) =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    : Buffer.from(chunk)

/** From now on the body is collected, and written once, stripped, when Next ends the response. */
function collectBody(response: ServerResponse, onEnd: () => void): void {
  const write = response.write
  const end = response.end
  const chunks: Buffer[] = []
  response.write = function (chunk: Chunk, encoding?: unknown, callback?: unknown) {
    if (chunk != null) chunks.push(toBuffer(chunk, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done as Callback)
    return true
  } as ServerResponse['write']
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    response.write = write
    response.end = end
    onEnd()
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    const done = callback as Callback | undefined
    // A cache hit: one string, stored stripped. Searched, not copied.
    if (chunks.length === 0 && typeof chunk === 'string' && !hasClientRuntime(chunk))
      return end.call(this, chunk, (encoding as BufferEncoding) ?? 'utf8', done)
    if (chunk != null) chunks.push(toBuffer(chunk as Chunk, encoding))
    const html = Buffer.concat(chunks).toString('utf8')
    if (!hasClientRuntime(html)) return end.call(this, html, 'utf8', done)
    const stripped = stripClientRuntime(html)
    if (response.headersSent) {
      // Streamed: the headers went out without a length, so a shorter body is fine; with a length it is not.
      if (response.getHeader('content-length') !== undefined) return end.call(this, html, 'utf8', done)
    } else if (response.getHeader('content-length') !== undefined) {
      response.setHeader('content-length', Buffer.byteLength(stripped))
    }
    return end.call(this, stripped, 'utf8', done)
  } as ServerResponse['end']
}

/** Waits for Next to say the response is HTML (it sets Content-Type with setHeader before the body). */
function watch(request: IncomingMessage, response: ServerResponse): void {
  const setHeader = response.setHeader
  let isCollecting = false
  response.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    if (!isCollecting && name.toLowerCase() === 'content-type' && String(value).startsWith('text/html')) {
      isCollecting = true
      collectBody(response, () => recordPageResponse(request.url, response))
    }
    return setHeader.call(this, name, value)
  } as ServerResponse['setHeader']
}

/**
 * Pure: whether a request's path has a broken percent escape (`/moten/%E0%A4%A`). Next's router throws on it and
 * answers 500; it is the client's mistake, so it gets a 400 before Next sees it.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0] ?? ''
  if (!path.includes('%')) return false
  try {
    decodeURIComponent(path)
    return false
  } catch {
    return true
  }
}

/** What this process answers itself, chosen when the request starts and sent instead of Next. */
type OwnAnswer = { kind: 'replay'; page: NonNullable<ReturnType<typeof replayablePage>> } | { kind: 'malformed' }
const ownAnswers = new WeakMap<IncomingMessage, OwnAnswer>()

function sendOwnAnswer(request: IncomingMessage, response: ServerResponse, answer: OwnAnswer): void {
  if (answer.kind === 'replay') return replayPage(request, response, answer.page)
  const body = 'Adressen är felaktigt kodad (ett %-tecken följs inte av en giltig kod).\n'
  response.writeHead(400, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(body)
}

export function prepareStaticHtml(request: IncomingMessage, response: ServerResponse): void {
  if (hasMalformedPath(request.url)) {
    ownAnswers.set(request, { kind: 'malformed' })
    return
  }
  if (!isStaticHtmlRequest({ method: request.method, url: request.url, cookie: request.headers.cookie })) return
  for (const name of RSC_REQUEST_HEADERS) delete request.headers[name]
  const page = replayablePage(request)
  if (page) ownAnswers.set(request, { kind: 'replay', page })
  else watch(request, response)
}

/**
 * Once per process (src/instrumentation.ts). Node publishes `http.server.request.start` and then emits `request` to
 * Next's listener; a page chosen for replay, or the 400 for a broken path, is sent there and Next never sees it.
 */
export function installStaticHtml(): void {
  const state = globalThis as Record<symbol, unknown>
  if (state[INSTALLED]) return
  state[INSTALLED] = true
  subscribe('http.server.request.start', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse }
    prepareStaticHtml(request, response)
  })
  const emit = Server.prototype.emit
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse]
      const answer = ownAnswers.get(request)
      if (answer) {
        ownAnswers.delete(request)
        sendOwnAnswer(request, response, answer)
        return true
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as Server['emit']
}
