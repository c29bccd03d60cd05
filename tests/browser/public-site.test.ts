/**
 * The public archive in Chromium against `next start`: main journeys, WCAG 2.1 AA with axe on every template,
 * helpful pages for bad addresses, and no unpublished content on any public URL (created through the admin API,
 * so the server's own publish hooks and caches are exercised).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { demoPdf } from '@/seed/content'
import { BASE_URL, axeViolations, useChromium } from '../helpers/browser'
import { get, staffSession } from '../helpers/server'

const chromium = useChromium()

describe('journeys', () => {
  it('finds the 2025-11-13 meeting from the start page, opens item 6 and downloads its document', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('link', { name: 'SRO möte 13 november 2025' }).first().click()
    await page.waitForURL(`${BASE_URL}/moten/2025-11-13`)
    expect(await page.getByText('Mötesanteckning, ej godkänd').count()).toBeGreaterThan(0)

    await page.goto(`${BASE_URL}/moten/2025-11-13#punkt-6`)
    const item = page.locator('#punkt-6')
    expect(await item.getByRole('heading', { level: 3 }).textContent()).toContain(
      'Läns gemensam riktlinje patientsäkerhet',
    )
    expect(await item.textContent()).toContain('kl. 13.40–13.50')
    expect(await item.textContent()).toContain('Jenny Nilsson')

    const link = item.getByRole('link', { name: 'Remissförslag - Läns gemensam riktlinje patientsäkerhet' })
    expect(await link.locator('xpath=..').textContent()).toMatch(/PDF, [\d,]+ k?B/)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const href = (await link.getAttribute('href'))!
    const file = await get(href.replace(BASE_URL, ''))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('application/pdf')
  })

  it('offers calendar and feed subscriptions that work', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/`)
    expect(await page.locator('a[href="/moten.ics"]').count()).toBeGreaterThan(0)
    expect(await page.locator('a[href="/feed.xml"]').count()).toBeGreaterThan(0)
    const ics = await get('/moten.ics')
    expect(ics.headers.get('content-type')).toContain('text/calendar')
    expect(ics.text).toContain('SUMMARY:SRO möte 13 november 2025')
    expect(ics.text).toContain('LOCATION:Regionens Hus\\, Göteborg\\, lokal Lejonet')
    const feed = await get('/feed.xml')
    expect(feed.text).toContain('Mötesanteckning: SRO möte 13 november 2025')
    const caseFeed = await get('/arenden/lans-gemensam-riktlinje-patientsakerhet/kalender.ics')
    expect(caseFeed.text).toContain('BEGIN:VEVENT')
  })

  it('searches "patientsäkerhet" without JavaScript and lands on the right item', async () => {
    const noScript = await chromium.newContext({ javaScriptEnabled: false })
    const page = await noScript.newPage()
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('link', { name: 'Sök', exact: true }).click()
    await page.getByLabel('Sökord').fill('patientsäkerhet')
    await page.getByRole('button', { name: 'Sök' }).click()
    await page.waitForURL(/\/sok\?q=/)
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(/patientsäkerhet/i)
    await page.locator('.search-results a[href="/moten/2025-11-13#punkt-6"]').first().click()
    await page.waitForURL(`${BASE_URL}/moten/2025-11-13#punkt-6`)
    await noScript.close()
  })

  it('finds "avtalet" in the compound "Hälso- och sjukvårdsavtalet"', async () => {
    const { text } = await get(`/sok?q=${encodeURIComponent('avtalet')}`)
    expect(text).toMatch(/<mark>sjukvårdsavtalet<\/mark>/i)
  })

  it('shows a case with its tidsplan and the meetings where it was handled', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/arenden/lans-gemensam-riktlinje-patientsakerhet`)
    expect(await page.locator('.milestones').textContent()).toContain('Ställningstagande i SRO: 4 juni 2026')
    await page.getByRole('link', { name: /13 november 2025, punkt 6/ }).click()
    await page.waitForURL(`${BASE_URL}/moten/2025-11-13#punkt-6`)
  })
})

describe('accessibility (axe, WCAG 2.1 AA) and keyboard', () => {
  const templates = [
    '/',
    '/sok',
    '/sok?q=patients%C3%A4kerhet',
    '/sok?q=xyzzy',
    '/moten',
    '/moten?ar=2025&typ=ordinarie',
    '/moten/2025-11-13',
    '/arenden',
    '/arenden/lans-gemensam-riktlinje-patientsakerhet',
    '/tillganglighet',
    '/om-sro',
    '/moten?ar=abc&sida=-1',
    '/finns-inte',
  ]
  it.each(templates)('%s has no violations', async (path) => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}${path}`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('reaches every filter control by keyboard with a visible focus', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/moten`)
    const reached: string[] = []
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        if (!element || element === document.body) return null
        const style = getComputedStyle(element)
        return {
          name: element.getAttribute('name') ?? element.textContent?.trim().slice(0, 40) ?? '',
          outline: style.outlineStyle,
        }
      })
      if (focused) {
        reached.push(focused.name)
        expect(focused.outline, `focus on ${focused.name}`).not.toBe('none')
      }
    }
    expect(reached).toEqual(expect.arrayContaining(['ar', 'typ', 'arende', 'organisation', 'Visa']))
  })
})

describe('site settings', () => {
  it('show the name, footer links and contact communicators set, on cached pages too, and refuse a bad link', async () => {
    const admin = await staffSession('admin@sro.example', process.env.SEED_PASSWORD ?? '')
    const before = await admin.call<Record<string, unknown>>('GET', '/globals/site-settings?depth=0')
    // Warm the cache first, so the check below proves the change rebuilt the cached pages.
    await get('/moten/2025-11-13')
    try {
      // (The admin form shows the field's own message; the production API names the field.)
      await expect(
        admin.call('POST', '/globals/site-settings', {
          footerLinks: [{ label: 'Farlig', url: 'javascript:alert(1)' }],
        }),
      ).rejects.toThrow(/400 .*ogiltigt.*Adress/)
      await admin.call('POST', '/globals/site-settings', {
        tagline: 'Samrådet i Västra Götaland (inställningstest)',
        contact: { email: 'kansliet@sro.example', phone: '010-000 00 00', address: 'Regionens Hus' },
        footerLinks: [{ label: 'Kontakta kansliet', url: '/om-sro' }],
      })
      for (const path of ['/', '/moten/2025-11-13']) {
        const page = await chromium.context().newPage()
        await page.goto(`${BASE_URL}${path}`)
        const footer = page.locator('footer')
        await expect(footer.textContent()).resolves.toContain('Samrådet i Västra Götaland (inställningstest)')
        await expect(footer.getByRole('link', { name: 'Kontakta kansliet' }).getAttribute('href')).resolves.toBe(
          '/om-sro',
        )
        await expect(footer.getByRole('link', { name: 'kansliet@sro.example' }).getAttribute('href')).resolves.toBe(
          'mailto:kansliet@sro.example',
        )
        // The accessibility statement (a setting of its own) stays linked.
        await expect(
          footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).getAttribute('href'),
        ).resolves.toBe('/tillganglighet')
        expect(await axeViolations(page)).toEqual([])
        await page.close()
      }
    } finally {
      await admin.call('POST', '/globals/site-settings', {
        tagline: before.tagline,
        contact: before.contact,
        footerLinks: before.footerLinks,
      })
    }
  })
})

describe('bad addresses', () => {
  it.each([
    '/moten?sida=-1',
    '/moten?ar=abc',
    `/moten?ar=${'9'.repeat(10_000)}`,
    '/moten?okand=1',
    '/moten?typ[]=x',
    `/sok?q=${'a'.repeat(10_000)}`,
    '/sok?q=avtal&sida=-1',
    '/sok?q=avtal&typ=hemligt',
  ])('%s gives a helpful page, not an error', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(200)
    expect(response.text).toContain('Något i adressen kunde inte användas')
  })

  it.each(['/moten/2099-01-01', '/moten/%3Cscript%3E', '/arenden/finns-inte', '/finns-inte'])(
    '%s is a Swedish 404',
    async (path) => {
      const response = await get(path)
      expect(response.status).toBe(404)
    },
  )

  // Visitors' pages run no script (CSP script-src 'none'): the 404 must be complete in the HTML itself, inside the
  // site's own frame, for a missing document (notFound() in a page) as for an address no route matches.
  it.each([
    '/finns-inte',
    '/moten/2099-01-01',
    '/arenden/finns-inte',
    '/nope/deeper',
    '/moten/2025-11-13/finns-inte',
    '/beslutslogg/00000000-0000-4000-8000-000000000000',
  ])('%s answers 404 with the Swedish not-found page in the site frame, without JavaScript', async (path) => {
    // Twice: the first answer is rendered, the second may come from the page cache.
    for (const response of [await get(path), await get(path)]) {
      expect(response.status).toBe(404)
      expect(response.text).toMatch(/<html lang="sv"/)
      expect(response.text).toMatch(/<h1[^>]*>Sidan hittades inte<\/h1>/)
      expect(response.text).toContain('<a class="skip-link" href="#innehall">')
      expect(response.text).toMatch(/<nav aria-label="Huvudmeny">[\s\S]*<a href="\/moten">Möten<\/a>/)
      expect(response.text).toMatch(/<footer class="site-footer">/)
      expect(response.text).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/)
    }
  })
})

describe('nothing unpublished on any public URL', () => {
  const MARKERS = {
    draftMeeting: 'BROWSERDRAFTMEETING',
    minutes: 'BROWSERUNPUBLISHEDMINUTES',
    hiddenItem: 'BROWSERHIDDENITEM',
    hiddenFile: 'BROWSERHIDDENFILE',
    draftPage: 'BROWSERDRAFTPAGE',
    draftCase: 'BROWSERDRAFTCASE',
  }
  const visibleTitle = 'Synlig punkt om patientsäkerhet i läckagetestet'
  let slugs: { published: string; draft: string }

  beforeAll(async () => {
    const staff = await staffSession('admin@sro.example', process.env.SEED_PASSWORD ?? '')
    const upload = async (title: string, isPublic: boolean) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(demoPdf(title))], { type: 'application/pdf' }), `${title}.pdf`)
      form.append('_payload', JSON.stringify({ title, category: 'bilaga', isPublic }))
      return (await staff.call<{ doc: { id: string } }>('POST', '/attachments', form)).doc
    }
    const hiddenFile = await upload(`Dokument ${MARKERS.hiddenFile}`, false)
    const draftCase = await staff.call<{ doc: { id: string } }>('POST', '/cases?draft=true', {
      title: `Ärende ${MARKERS.draftCase}`,
      _status: 'draft',
    })
    const meeting = await staff.call<{ doc: { id: string; slug: string } }>('POST', '/meetings', {
      body: 'SRO',
      kind: 'extrainsatt',
      state: 'held',
      startsAt: '2026-10-01T11:00:00.000Z',
      endsAt: '2026-10-01T13:00:00.000Z',
      location: 'Vänersborg',
      minutesNotes: MARKERS.minutes,
      publication: { isNoticePublished: true, isMinutesPublished: false },
      _status: 'published',
    })
    const item = await staff.call<{ doc: { id: string } }>('POST', '/agenda-items', {
      meeting: meeting.doc.id,
      number: '1',
      order: 10,
      title: visibleTitle,
      positionTaken: MARKERS.minutes,
      attachments: [hiddenFile.id],
      case: draftCase.doc.id,
      _status: 'published',
    })
    await staff.call('POST', '/agenda-items', {
      meeting: meeting.doc.id,
      number: '2',
      order: 20,
      title: `Punkt ${MARKERS.hiddenItem}`,
      isPublic: false,
      _status: 'published',
    })
    const draft = await staff.call<{ doc: { id: string; slug: string } }>('POST', '/meetings?draft=true', {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: '2026-12-10T12:00:00.000Z',
      location: MARKERS.draftMeeting,
      publication: { isNoticePublished: true },
      _status: 'draft',
    })
    await staff.call('POST', '/pages?draft=true', {
      title: `Sida ${MARKERS.draftPage}`,
      slug: 'utkast-lackage',
      _status: 'draft',
    })
    // A decision and an assignment in the unpublished minutes; the assignment's report-back is proposed in the
    // årshjul on the next planned meeting. And a plan item on the draft meeting.
    const decision = await staff.call<{ doc: { id: string } }>('POST', '/decisions', {
      agendaItem: item.doc.id,
      number: 1,
      kind: 'ger_i_uppdrag',
      text: `Beslut ${MARKERS.minutes}`,
    })
    await staff.call('POST', '/assignments', {
      title: `Uppdrag ${MARKERS.minutes}`,
      decision: decision.doc.id,
      due: { kind: 'date', date: '2026-11-30' },
      status: 'open',
    })
    await staff.call('POST', '/plan-items', {
      title: `Plan ${MARKERS.draftMeeting}`,
      year: 2026,
      meeting: draft.doc.id,
      status: 'planerad',
    })
    slugs = { published: meeting.doc.slug, draft: draft.doc.slug }
  })

  it('shows the published item (the pages really were rebuilt) but none of the markers', async () => {
    const meetingPage = await get(`/moten/${slugs.published}`)
    expect(meetingPage.status).toBe(200)
    expect(meetingPage.text).toContain(visibleTitle)
    // The search index was refreshed by the publish too.
    expect((await get(`/sok?q=${encodeURIComponent('läckagetestet')}`)).text).toContain(visibleTitle)

    const urls = [
      '/',
      '/moten',
      '/moten?ar=2026',
      `/moten/${slugs.published}`,
      `/moten/${slugs.draft}`,
      '/arenden',
      '/arenden/arende-browserdraftcase',
      '/utkast-lackage',
      '/moten.ics',
      '/feed.xml',
      '/sitemap.xml',
      '/arshjul',
      '/arshjul?ar=2026',
      '/arshjul.ics',
      '/beslutslogg',
      '/beslutslogg.csv',
      '/beslutslogg.json',
      '/api/meetings?depth=2',
      '/api/decisions?depth=2',
      '/api/assignments?depth=2',
      '/api/plan-items?depth=2',
      '/api/agenda-items?depth=2',
      '/api/attachments',
      '/api/pages?draft=true',
      '/api/cases?draft=true',
    ]
    for (const url of urls) {
      const { text } = await get(url)
      for (const marker of Object.values(MARKERS)) expect(text, `${marker} on ${url}`).not.toContain(marker)
    }
    // The search page repeats the query, so there the test is that nothing is found.
    for (const marker of Object.values(MARKERS)) {
      expect((await get(`/sok?q=${marker}`)).text, `search for ${marker}`).toContain('Inga träffar')
    }
    expect((await get(`/moten/${slugs.draft}`)).status).toBe(404)
    expect((await get('/utkast-lackage')).status).toBe(404)
  })
})
