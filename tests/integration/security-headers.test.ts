/** The headers next.config.ts gives each kind of address, matched with Next's own path matcher. */
import { modifyRouteRegex } from 'next/dist/lib/redirect-status'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { describe, expect, it } from 'vitest'

import nextConfig from '../../next.config'
import { DRAFT_COOKIE, PUBLIC_CACHE_CONTROL, draftPolicy, securityHeaderRoutes } from '@/http/securityHeaders'

type Route = { source: string; headers: { key: string; value: string }[]; missing?: { type: string; key: string }[] }

async function headersFor(pathname: string, { isDraft = false } = {}): Promise<Record<string, string>> {
  const routes = (await nextConfig.headers!()) as Route[]
  const found: Record<string, string> = {}
  for (const route of routes) {
    // The options Next's router uses for header routes (server/lib/router-utils/filesystem.js).
    const match = getPathMatch(route.source, {
      strict: true,
      removeUnnamedParams: true,
      regexModifier: (regex) => modifyRouteRegex(regex),
    })
    if (!match(pathname)) continue
    if (isDraft && route.missing?.some((condition) => condition.type === 'cookie' && condition.key === DRAFT_COOKIE))
      continue
    for (const { key, value } of route.headers) found[key.toLowerCase()] = value
  }
  return found
}

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `))

describe('security headers', () => {
  it.each(['/', '/moten', '/moten/2025-11-13', '/sok', '/feed.xml', '/om-sro'])(
    'should give the public page %s a CSP without any script',
    async (pathname) => {
      const headers = await headersFor(pathname)
      expect(directive(headers['content-security-policy'], 'script-src')).toBe("script-src 'none'")
      expect(directive(headers['content-security-policy'], 'frame-ancestors')).toBe("frame-ancestors 'self'")
    },
  )

  it.each(['/', '/moten/2025-11-13', '/feed.xml', '/moten.ics', '/sitemap.xml'])(
    'should let a shared cache keep %s for seconds, not the year Next sends',
    async (pathname) => {
      const cacheControl = (await headersFor(pathname))['cache-control']
      expect(cacheControl).toBe(PUBLIC_CACHE_CONTROL)
      const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1])
      expect(seconds('s-maxage') + seconds('stale-while-revalidate')).toBeLessThanOrEqual(10)
    },
  )

  it.each(['/preview', '/admin', '/api/meetings'])('should set no shared-cache lifetime on %s', async (pathname) => {
    expect((await headersFor(pathname))['cache-control']).toBeUndefined()
  })

  it('should set no shared-cache lifetime on a draft preview', async () => {
    expect((await headersFor('/moten/2025-11-13', { isDraft: true }))['cache-control']).toBeUndefined()
  })

  it('should give the admin a CSP of its own, allowing its inline bootstrap and nothing from elsewhere', async () => {
    for (const pathname of ['/admin', '/admin/collections/meetings']) {
      const policy = (await headersFor(pathname))['content-security-policy']
      expect(directive(policy, 'script-src')).toMatch(/^script-src 'self' 'unsafe-inline'/)
      expect(directive(policy, 'frame-src')).toBe("frame-src 'self'")
      expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'self'")
      expect(policy).not.toMatch(/https?:|\*/)
    }
  })

  it('should leave the CSP of a draft preview to the proxy', async () => {
    expect((await headersFor('/moten/2025-11-13', { isDraft: true }))['content-security-policy']).toBeUndefined()
    const policy = draftPolicy({ nonce: 'abc', isDev: false })
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'")
  })

  it('should give every address Permissions-Policy, COOP, nosniff and frame protection', async () => {
    for (const pathname of ['/', '/admin', '/api/meetings']) {
      const headers = await headersFor(pathname)
      expect(headers['permissions-policy']).toContain('camera=()')
      expect(headers['cross-origin-opener-policy']).toBe('same-origin')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    }
    expect((await headersFor('/api/meetings'))['content-security-policy']).toBeUndefined()
  })

  it('should send HSTS only when the site is served over HTTPS', () => {
    const hsts = (serverURL: string) =>
      securityHeaderRoutes({ serverURL, isDev: false })
        .flatMap((route) => route.headers)
        .find((header) => header.key === 'Strict-Transport-Security')
    expect(hsts('http://localhost:3000')).toBeUndefined()
    expect(hsts('https://sro.example')?.value).toMatch(/^max-age=31536000/)
  })
})

describe('draft preview proxy', () => {
  it('should run only for requests with the draft cookie, never for the admin or the API', async () => {
    const { unstable_doesMiddlewareMatch: matches } = await import('next/experimental/testing/server')
    const { config } = await import('@/proxy')
    const draft = { [DRAFT_COOKIE]: 'x' }
    expect(matches({ config, url: '/moten/2025-11-13', cookies: draft })).toBe(true)
    expect(matches({ config, url: '/', cookies: draft })).toBe(true)
    expect(matches({ config, url: '/moten/2025-11-13' })).toBe(false)
    expect(matches({ config, url: '/admin/collections/meetings', cookies: draft })).toBe(false)
    expect(matches({ config, url: '/api/meetings', cookies: draft })).toBe(false)
  })

  it('should give a draft page a fresh nonce in its CSP, on the request (for Next) and the response', async () => {
    const { NextRequest } = await import('next/server')
    const { proxy } = await import('@/proxy')
    const nonces = [1, 2].map(() => {
      const response = proxy(
        new NextRequest('http://localhost:3000/moten/2025-11-13', { headers: { cookie: `${DRAFT_COOKIE}=x` } }),
      )
      const policy = response.headers.get('content-security-policy') ?? ''
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
      return /'nonce-([^']+)'/.exec(policy)?.[1]
    })
    expect(nonces[0]).toBeTruthy()
    expect(nonces[0]).not.toBe(nonces[1])
  })
})
