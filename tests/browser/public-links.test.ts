/**
 * The public site against `next start`, as a visitor finds it: no link leads to a 404 (every internal link on every
 * public page, anchors included), no staff-only planning text, calendars offered to subscribe to, and a staff preview
 * that can be ended.
 */
import { describe, expect, it } from 'vitest'

import { BASE_URL, logInToAdmin, useChromium } from '../helpers/browser'
import { get, staffSession } from '../helpers/server'

const chromium = useChromium()

/** Addresses the crawl does not follow: the admin, the API (documents, JSON), feeds and downloads, the preview. */
const SKIPPED = [/^\/admin(?:[/?#]|$)/, /^\/api\//, /^\/preview(?:[/?#]|$)/, /\.(?:ics|csv|json|xml)(?:[?#]|$)/]
const MAX_PAGES = 600

const decodeHtml = (value: string) =>
  value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')

/** Every href on a page, as same-origin paths (with query and fragment); other origins and schemes are dropped. */
function internalLinks(html: string, pagePath: string): string[] {
  const links: string[] = []
  for (const match of html.matchAll(/<a\b[^>]*?\bhref="([^"]*)"/g)) {
    const url = new URL(decodeHtml(match[1]!), `${BASE_URL}${pagePath}`)
    if (url.origin === new URL(BASE_URL).origin) links.push(`${url.pathname}${url.search}${url.hash}`)
  }
  return links
}

const hasId = (html: string, id: string) => html.includes(`id="${id}"`)

describe('links', () => {
  it('should find no dead internal link or anchor on any public page, starting from the start page', async () => {
    const pages = new Map<string, { status: number; html: string }>()
    const queue = ['/']
    const seen = new Set(queue)
    const problems: string[] = []
    const anchors: { from: string; path: string; id: string }[] = []
    while (queue.length > 0 && pages.size < MAX_PAGES) {
      const path = queue.shift()!
      const response = await get(path)
      pages.set(path, { status: response.status, html: response.text })
      if (response.status >= 300 && response.status < 400) {
        const location = new URL(response.headers.get('location') ?? '/', `${BASE_URL}${path}`)
        const target = `${location.pathname}${location.search}`
        if (!seen.has(target)) {
          seen.add(target)
          queue.push(target)
        }
        continue
      }
      if (response.status >= 400) continue
      for (const link of internalLinks(response.text, path)) {
        const [withoutHash, hash] = link.split('#') as [string, string | undefined]
        const target = withoutHash || path
        if (hash) anchors.push({ from: path, path: target, id: decodeURIComponent(hash) })
        if (SKIPPED.some((pattern) => pattern.test(target)) || seen.has(target)) continue
        seen.add(target)
        queue.push(target)
      }
    }
    expect(queue, `more than ${MAX_PAGES} pages: raise the bound`).toEqual([])
    if (process.env.CRAWL_REPORT === '1')
      console.log(`crawled ${pages.size} pages, checked ${anchors.length} anchors:\n${[...pages.keys()].join('\n')}`)
    // Where each broken address was linked from, so that the failure names the page to fix.
    const linkedFrom = (target: string) =>
      [...pages]
        .filter(([, page]) => internalLinks(page.html, '/').some((link) => link.split('#')[0] === target))
        .map(([from]) => from)
    for (const [path, { status }] of pages) {
      if (status >= 400)
        problems.push(`${path} answers ${status} (linked from ${linkedFrom(path).slice(0, 3).join(', ')})`)
    }
    for (const { from, path, id } of anchors) {
      const page = pages.get(path)
      if (page && page.status === 200 && !hasId(page.html, id))
        problems.push(`${from} links to ${path}#${id}, which has no such id`)
    }
    expect(problems).toEqual([])
    // The seeded site has these; if the crawl missed them, it did not crawl.
    expect([...pages.keys()]).toEqual(
      expect.arrayContaining([
        '/moten',
        '/moten/2025-11-13',
        '/arenden',
        '/beslutslogg',
        '/arshjul',
        '/om-sro',
        '/sok',
      ]),
    )
  }, 300_000)

  it('should show a planned meeting in the årshjul and under Kommande as a date, without a link, until its kallelse is out', async () => {
    // (The start page's Kommande starts from today, so the meeting page's, which starts from its own date, is used.)
    for (const path of ['/arshjul?ar=2026', '/moten/2025-11-13']) {
      const { text } = await get(path)
      expect(text.includes('19 mars 2026'), `${path} shows 19 mars 2026`).toBe(true)
      expect(text.includes('href="/moten/2026-03-19"'), `${path} links to /moten/2026-03-19`).toBe(false)
    }
    expect((await get('/moten/2026-03-19')).status).toBe(404)
  })
})

describe('planning text for staff', () => {
  it('should show the public an item’s time but not that it runs past the meeting’s end', async () => {
    const staff = await staffSession('sekreterare@sro.example', process.env.SEED_PASSWORD ?? '')
    const meeting = await staff.call<{ doc: { id: string; slug: string } }>('POST', '/meetings', {
      body: 'SRO',
      kind: 'extrainsatt',
      state: 'planned',
      startsAt: '2026-10-22T11:00:00.000Z',
      endsAt: '2026-10-22T12:00:00.000Z',
      location: 'Vänersborg',
      publication: { isNoticePublished: true },
      _status: 'published',
    })
    await staff.call('POST', '/agenda-items', {
      meeting: meeting.doc.id,
      number: '1',
      order: 10,
      title: 'Lång dragning i överdragstestet',
      durationMinutes: 90,
      _status: 'published',
    })
    const { status, text } = await get(`/moten/${meeting.doc.slug}`)
    expect(status).toBe(200)
    expect(text.includes('Lång dragning i överdragstestet'), 'the item is on the page').toBe(true)
    expect(text.match(/kl\. 13\.00–14\.30[^<]*/)?.[0]).toBe('kl. 13.00–14.30')
    expect(text.includes('sluttid'), 'the page says "efter mötets sluttid"').toBe(false)
  })
})

describe('calendar subscriptions', () => {
  const calendars = [
    { page: '/', path: '/moten.ics' },
    { page: '/moten/2025-11-13', path: '/moten.ics' },
    {
      page: '/arenden/lans-gemensam-riktlinje-patientsakerhet',
      path: '/arenden/lans-gemensam-riktlinje-patientsakerhet/kalender.ics',
    },
    { page: '/arshjul', path: '/arshjul.ics' },
  ]

  it.each(calendars)(
    'should offer $path on $page as webcal:// and as its web address, with how to add it',
    async ({ page: pagePath, path }) => {
      const page = await chromium.context().newPage()
      await page.goto(`${BASE_URL}${pagePath}`)
      const host = new URL(BASE_URL).host
      await expect(page.locator(`a[href="webcal://${host}${path}"]`).count()).resolves.toBe(1)
      await expect(page.locator(`a[href="${BASE_URL}${path}"]`).count()).resolves.toBe(1)
      await expect(page.locator('.calendar-subscription').textContent()).resolves.toMatch(/Outlook.*Telefon/s)
      const calendar = await get(path)
      expect(calendar.headers.get('content-type')).toContain('text/calendar')
      await page.close()
    },
  )

  it('should build the addresses from the configured server URL, not from the request’s host headers', async () => {
    const { text } = await get('/arenden/lans-gemensam-riktlinje-patientsakerhet', {
      headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    })
    expect(text.includes(`webcal://${new URL(BASE_URL).host}/arenden/`), 'webcal address on the configured host').toBe(
      true,
    )
    expect(text.includes('evil.example'), 'the forwarded host appears').toBe(false)
  })
})

describe('preview', () => {
  it('should show staff in draft mode an "Avsluta förhandsgranskning" that ends it and returns to the page', async () => {
    const context = await chromium.newContext()
    const page = await context.newPage()
    await logInToAdmin(page, 'kommunikator@sro.example')
    await page.goto(`${BASE_URL}/preview?path=/om-sro`)
    await page.waitForURL(`${BASE_URL}/om-sro`)
    const end = page.getByRole('link', { name: 'Avsluta förhandsgranskning' })
    await expect(end.isVisible()).resolves.toBe(true)
    await end.click()
    await page.waitForURL(`${BASE_URL}/om-sro`)
    await expect(page.getByRole('link', { name: 'Avsluta förhandsgranskning' }).count()).resolves.toBe(0)
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('__prerender_bypass')
    await context.close()
  })

  it('should not show the control to a visitor', async () => {
    expect((await get('/om-sro')).text.includes('Avsluta förhandsgranskning')).toBe(false)
  })
})
