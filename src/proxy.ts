/**
 * Runs only for draft previews (staff with the `__prerender_bypass` cookie; such pages render per request anyway), so
 * cached pages for visitors never pass through it. It gives the page a nonce-based CSP: Next reads the nonce from the
 * request's CSP header and puts it on its scripts, and live preview's client component can run. Visitors' pages get
 * `script-src 'none'` from next.config.ts (src/http/securityHeaders.ts).
 */
import { type NextRequest, NextResponse } from 'next/server'

import { draftPolicy } from './http/securityHeaders'

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = draftPolicy({ nonce, isDev: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      source: '/((?!admin|api|_next/static|_next/image).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
}
