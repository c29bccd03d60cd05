/**
 * The query pages (/moten, /sok, /arshjul, /beslutslogg and its downloads) against `next start`: the proxy sends them
 * to cached views (src/lib/public/queryRoutes.ts), so the second visit of the same address comes from the page cache,
 * while each query still gets its own page, bad queries still get their Swedish explanation, and the internal
 * addresses are not reachable. That a change shows on them within seconds, from any process, is
 * tests/browser/scale-out.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, useChromium } from '../helpers/browser'
import { get } from '../helpers/server'

const chromium = useChromium()

const QUERY_PAGES = [
  '/moten',
  '/moten?ar=2025',
  '/sok?q=patients%C3%A4kerhet',
  '/arshjul',
  '/beslutslogg',
  '/beslutslogg?typ=uppdrag',
  '/beslutslogg.csv',
  '/beslutslogg.json?typ=uppdrag',
]

describe('query pages from the page cache', () => {
  it('should answer a repeated visit of each address from the cache, with the same page', async () => {
    for (const path of QUERY_PAGES) {
      const first = await get(path)
      expect(first.status, path).toBe(200)
      // A fresh process renders a page twice: on the first visit it does not know the archive revision yet.
      let again = await get(path)
      if (again.headers.get('x-nextjs-cache') !== 'HIT') again = await get(path)
      expect(again.status, path).toBe(200)
      expect(again.headers.get('x-nextjs-cache'), path).toBe('HIT')
      expect(again.text, path).toBe(first.text)
    }
  })

  it('should send a page Next has answered from its cache itself after that, byte for byte', async () => {
    for (const path of ['/', '/moten/2025-11-13', '/moten?ar=2025', '/beslutslogg', '/sok?q=patients%C3%A4kerhet']) {
      await get(path)
      // `Cache-Control: no-cache` asks Next itself, which answers from its page cache.
      const fromNext = await get(path, { headers: { 'cache-control': 'no-cache' } })
      expect(fromNext.headers.get('x-nextjs-cache'), path).toBe('HIT')
      expect(fromNext.headers.get('server-timing'), path).toBeNull()
      const replayed = await get(path)
      expect(replayed.headers.get('server-timing'), path).toBe('cache;desc="replay"')
      expect(replayed.text, path).toBe(fromNext.text)
      for (const header of ['content-type', 'content-security-policy', 'cache-control', 'x-content-type-options'])
        expect(replayed.headers.get(header), `${path} ${header}`).toBe(fromNext.headers.get(header))
      // A draft preview is never replayed.
      const draft = await get(path, { headers: { cookie: '__prerender_bypass=x' } })
      expect(draft.headers.get('server-timing'), path).toBeNull()
    }
  })

  it('should give each query its own page, and one page for the same filters in another order', async () => {
    const year2025 = (await get('/moten?ar=2025')).text
    const year2023 = (await get('/moten?ar=2023')).text
    expect(year2025).toContain('href="/moten/2025-11-13"')
    expect(year2025).not.toContain('href="/moten/2023-11-23"')
    expect(year2023).toContain('href="/moten/2023-11-23"')
    expect(year2023).not.toContain('href="/moten/2025-11-13"')

    const search = (await get('/sok?q=patients%C3%A4kerhet&typ=item')).text
    const reordered = await get('/sok?typ=item&q=patients%C3%A4kerhet')
    expect(reordered.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(reordered.text).toBe(search)
    expect(search).not.toBe((await get('/sok?q=hj%C3%A4lpmedel')).text)
  })

  it('should still explain a bad query in Swedish, also when it comes from the cache', async () => {
    for (let visit = 0; visit < 2; visit += 1) {
      const page = await get('/moten?ar=tjugo')
      expect(page.status).toBe(200)
      expect(page.text).toContain('Året &quot;tjugo&quot; finns inte; visar alla år.')
      const csv = await get('/beslutslogg.csv?status=borta')
      expect(csv.status).toBe(400)
      expect(csv.text).toMatch(/kunde inte laddas ner:\n- Okänd status/)
    }
  })

  it('should not serve the internal addresses themselves, also once their public page is replayed', async () => {
    for (let visit = 0; visit < 3; visit += 1) await get('/moten')
    expect((await get('/moten')).headers.get('server-timing')).toBe('cache;desc="replay"')
    for (const path of ['/_vy', '/_vy/moten/-', '/_vy/beslutslogg.csv/-', '/_vy/nagot']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.text, path).not.toContain('<table')
    }
  })

  it('should keep the public address when the filter form is sent from a browser', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/moten`)
    await page.locator('select[name="ar"]').selectOption('2023')
    await page.getByRole('button', { name: 'Visa' }).click()
    await page.waitForURL(/\/moten\?ar=2023/)
    expect(await page.getByRole('heading', { level: 2, name: '2023' }).isVisible()).toBe(true)
    expect(await page.locator('a[href="/moten/2023-11-23"]').count()).toBeGreaterThan(0)
    expect(await page.locator('a[href="/moten/2025-11-13"]').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
