/**
 * Issue 18: every public template is plain HTML from `next start`: no <script>, no inline RSC payload
 * (`self.__next_f`), no script preload, just rendered or from the page cache (the query pages too), compressed or not,
 * and an RSC request gets the same HTML. Axe stays at 0 and the browser loads no script. A draft preview keeps Next's
 * runtime, and live preview's client component runs.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, logInToAdmin, useChromium } from '../helpers/browser'
import { get } from '../helpers/server'

const chromium = useChromium()

const TEMPLATES: [string, string, number][] = [
  ['start', '/', 200],
  ['möten (query page)', '/moten?ar=2025', 200],
  ['möte, kallelse (cached)', '/moten/2025-08-21', 200],
  ['möte, mötesanteckning (cached)', '/moten/2025-11-13', 200],
  ['ärenden', '/arenden', 200],
  ['ärende', '/arenden/lans-gemensam-riktlinje-patientsakerhet', 200],
  ['beslutslogg (query page)', '/beslutslogg', 200],
  ['årshjul (query page)', '/arshjul', 200],
  ['sök (query page)', '/sok?q=patients%C3%A4kerhet', 200],
  ['sida från Sidor', '/om-sro', 200],
  ['404, ingen route', '/finns-inte', 404],
  ['404, möte som inte finns', '/moten/1999-01-01', 404],
]

function clientRuntimeIn(html: string): string[] {
  const found: string[] = []
  if (/<script\b/i.test(html)) found.push('<script')
  if (html.includes('__next_f')) found.push('__next_f')
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? [])
    if (/as="?script|modulepreload/i.test(tag)) found.push(`script preload ${tag}`)
  return found
}

describe('public pages carry no client JavaScript', () => {
  it.each(TEMPLATES)('%s (%s) is plain HTML, first and second time, gzip or not', async (_name, path, status) => {
    // Twice: a cached page is rendered (miss) and then served from the cache (hit).
    for (const encoding of ['gzip', 'identity', 'gzip']) {
      const response = await get(path, { headers: { 'accept-encoding': encoding } })
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(response.text).toContain('</html>')
      expect(clientRuntimeIn(response.text)).toEqual([])
      expect(response.headers.get('link') ?? '').not.toMatch(/as="?script|modulepreload/)
    }
  })

  it.each(TEMPLATES)('%s (%s) loads no script in the browser and has no axe violations', async (_name, path) => {
    const page = await chromium.context().newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await page.goto(`${BASE_URL}${path}`)
    expect(await page.locator('script').count()).toBe(0)
    expect(scripts).toEqual([])
    // Nothing left for the CSP to block, so the console stays quiet (Lighthouse counts those errors).
    expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it.each([
    ['the RSC header', { headers: { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' } }, ''],
    ['?_rsc=', {}, '?_rsc=1a2b3'],
  ])('answers a request with %s for a public page with its HTML', async (_what, init, query) => {
    for (const path of ['/moten/2025-11-13', '/moten']) {
      const response = await get(`${path}${query}`, init)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(clientRuntimeIn(response.text)).toEqual([])
      expect(response.text).toContain('<h1')
    }
  })
})

/** Messages the page posts to itself (a top window is its own parent): live preview says it is ready that way. */
async function recordMessages(page: Page) {
  await page.addInitScript(() => {
    const seen: unknown[] = []
    ;(window as unknown as { seenMessages: unknown[] }).seenMessages = seen
    window.addEventListener('message', (event) => seen.push(event.data))
  })
}

describe('draft mode keeps Next and live preview', () => {
  it('should load Next runtime in a staff preview and run the live preview component', async () => {
    const context = await chromium.newContext()
    const page = await context.newPage()
    await logInToAdmin(page, 'kommunikator@sro.example')
    await recordMessages(page)
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(`${BASE_URL}/preview?path=/om-sro`)
    await page.waitForURL(`${BASE_URL}/om-sro`)
    const html = await page.content()
    expect(html).toContain('__next_f')
    expect(await page.locator('script[src*="/_next/static/"]').count()).toBeGreaterThan(0)
    expect(scripts.length).toBeGreaterThan(0)
    // RefreshRouteOnSave (a client component) ran: it announces itself to its parent, here the page itself.
    await page.waitForFunction(() =>
      (window as unknown as { seenMessages: { type?: string; ready?: boolean }[] }).seenMessages.some(
        (message) => message?.type === 'payload-live-preview' && message.ready === true,
      ),
    )
    await context.close()
  })
})
