/**
 * Two jobs, both before Next picks a route:
 *
 * - The query pages (/moten, /sok, /arshjul, /beslutslogg and its downloads) go to their cached views: the query
 *   string moves into the path (src/lib/public/queryRoutes.ts), so Next keeps one rendered page per archive revision
 *   and query instead of rendering every request. The internal paths themselves answer 404.
 * - Draft previews (staff with the `__prerender_bypass` cookie; such pages render per request anyway) get a
 *   nonce-based CSP: Next reads the nonce from the request's CSP header and puts it on its scripts, and live
 *   preview's client component can run. Visitors' pages get `script-src 'none'` from next.config.ts
 *   (src/http/securityHeaders.ts).
 */
import { type NextRequest, NextResponse } from 'next/server'

import { isQueryViewPath, queryViewPath } from './lib/public/queryRoutes'
import { DRAFT_COOKIE, draftPolicy } from './http/securityHeaders'

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (isQueryViewPath(pathname)) return new NextResponse('Sidan finns inte.', { status: 404 })
  const view = queryViewPath(pathname, search)
  const isDraft = request.cookies.has(DRAFT_COOKIE)
  if (!isDraft) return view ? NextResponse.rewrite(new URL(view, request.url)) : NextResponse.next()

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = draftPolicy({ nonce, isDev: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = view
    ? NextResponse.rewrite(new URL(view, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: [
    // Kept in step with QUERY_VIEWS (a matcher must be a literal).
    '/(moten|sok|arshjul|beslutslogg|beslutslogg\\.csv|beslutslogg\\.json)',
    '/_vy/:path*',
    {
      source: '/((?!admin|api|_next/static|_next/image).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
}
