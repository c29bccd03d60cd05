/**
 * Response headers for the whole site (next.config.ts `headers()`), and the Content-Security-Policy the proxy gives
 * draft-mode pages (src/proxy.ts).
 *
 * Public pages are static (ISR) server-rendered HTML that needs no JavaScript, and a per-request nonce would make them
 * dynamic. So visitors get `script-src 'none'`: no script runs at all, Next's runtime included (its inline bootstrap
 * could only run with `'unsafe-inline'` or a nonce, and its chunks without that bootstrap would start half a runtime).
 * Links and forms are plain HTML. Staff previewing a draft (cookie `__prerender_bypass`, dynamic anyway) get a nonce
 * from the proxy instead, so live preview's one client component runs. The admin needs Next's inline bootstrap and
 * inline styles; it gets `'unsafe-inline'` for both, and nothing from other origins.
 */
export const DRAFT_COOKIE = '__prerender_bypass'

type Header = { key: string; value: string }
export type HeaderRoute = { source: string; headers: Header[]; missing?: { type: 'cookie'; key: string }[] }

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

const BASE = {
  'default-src': "'self'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'object-src': "'none'",
  // The admin's live preview shows the site in a frame from the same origin.
  'frame-ancestors': "'self'",
}

export function publicPolicy(): string {
  return policy({
    ...BASE,
    'script-src': "'none'",
    'style-src': "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
  })
}

export function draftPolicy({ nonce, isDev }: { nonce: string; isDev: boolean }): string {
  return policy({
    ...BASE,
    // 'strict-dynamic': the nonce'd bootstrap may load Next's chunks; React's dev tooling needs eval in development.
    'script-src': `'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': `'self'${isDev ? ' ws: wss:' : ''}`,
  })
}

export function adminPolicy({ isDev }: { isDev: boolean }): string {
  return policy({
    ...BASE,
    'script-src': `'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': `'self'${isDev ? ' ws: wss:' : ''}`,
    'worker-src': "'self' blob:",
    // Live preview frames the public site.
    'frame-src': "'self'",
  })
}

/**
 * How long a cache in front (CDN, reverse proxy) may keep a public page. Next marks cached pages `s-maxage=31536000`
 * (a year), but a page here changes whenever any writer changes the archive (src/cache/handler.mjs): a withdrawal must
 * leave every public surface within 10 s, so a shared cache keeps a page 5 s and may serve it 5 s more while it asks
 * again. Browsers always ask again (`max-age=0`).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=5'

const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ')

export function securityHeaderRoutes({ serverURL, isDev }: { serverURL: string; isDev: boolean }): HeaderRoute[] {
  const common: Header[] = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  // Only over HTTPS: on plain http (development, tests) the browser ignores it, and a wrong one locks visitors out.
  if (serverURL.startsWith('https://'))
    common.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  return [
    { source: '/:path*', headers: common },
    // Every site page; not the admin, the API (Payload sets its own on files) or Next's static files.
    {
      source: '/:path((?!admin|api|_next).*)',
      missing: [{ type: 'cookie', key: DRAFT_COOKIE }],
      headers: [{ key: 'Content-Security-Policy', value: publicPolicy() }],
    },
    // Not /preview: it sets the draft cookie, and a response with a cookie is never for a shared cache.
    {
      source: '/:path((?!admin|api|_next|preview).*)',
      missing: [{ type: 'cookie', key: DRAFT_COOKIE }],
      headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }],
    },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: adminPolicy({ isDev }) }] },
  ]
}
