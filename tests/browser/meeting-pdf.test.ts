/**
 * The meeting PDFs against `next start`: linked from the page and its <head> (axe still clean), served by the
 * production build (PDFKit and the bundled font outside the bundle), 404 before publication, and a new PDF within
 * seconds of a change to the meeting (the same cache and archive revision as the page).
 */
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, useChromium } from '../helpers/browser'
import { get, staffSession } from '../helpers/server'

const chromium = useChromium()

async function pdfText(path: string): Promise<string> {
  const response = await fetch(`${BASE_URL}${path}`)
  expect(response.status, path).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()))
  return (await extractText(pdf, { mergePages: true })).text
}

describe('meeting PDFs in the production build', () => {
  it('should link the PDFs on the meeting page and in its head, with no axe violation', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/moten/2025-11-13`)
    const section = page.getByRole('region', { name: 'Som dokument' })
    expect(await section.getByRole('link', { name: 'Mötesanteckning (PDF)' }).getAttribute('href')).toBe(
      '/moten/2025-11-13/motesanteckning.pdf',
    )
    expect(await section.getByRole('link', { name: 'Kallelse (PDF)' }).getAttribute('href')).toBe(
      '/moten/2025-11-13/kallelse.pdf',
    )
    const alternates = await page
      .locator('head link[rel="alternate"][type="application/pdf"]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.getAttribute('title')]))
    expect(alternates).toContainEqual([expect.stringMatching(/\/moten\/2025-11-13\/kallelse\.pdf$/), 'Kallelse (PDF)'])
    expect(await axeViolations(page)).toEqual([])
  })

  it('should serve the mötesanteckning and möteshandlingar as PDF, and 404 before the minutes are published', async () => {
    expect(await pdfText('/moten/2025-11-13/motesanteckning.pdf')).toContain('Hjälpmedelsförsörjning i Västra Götaland')
    expect(await pdfText('/moten/2025-08-21/handlingar.pdf')).toContain('Psykisk hälsa')
    expect((await get('/moten/2025-08-21/motesanteckning.pdf')).status).toBe(404)
    expect((await get('/moten/2031-01-01/kallelse.pdf')).status).toBe(404)
    // Cached like the page: the second request comes from the cache (until the archive revision moves).
    const again = await fetch(`${BASE_URL}/moten/2025-11-13/motesanteckning.pdf`)
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('should give a new PDF within seconds of a change to the meeting', async () => {
    const before = await pdfText('/moten/2025-08-21/kallelse.pdf')
    expect(before).not.toContain('Ändrad rubrik för PDF-provet')
    const staff = await staffSession('sekreterare@sro.example', process.env.SEED_PASSWORD ?? '')
    const meetings = await staff.call<{ docs: { id: string }[] }>(
      'GET',
      '/meetings?where[slug][equals]=2025-08-21&depth=0',
    )
    const items = await staff.call<{ docs: { id: string; title: string }[] }>(
      'GET',
      `/agenda-items?where[meeting][equals]=${meetings.docs[0]!.id}&where[number][equals]=9&depth=0`,
    )
    const item = items.docs[0]!
    await staff.call('PATCH', `/agenda-items/${item.id}`, {
      title: 'Ändrad rubrik för PDF-provet',
      _status: 'published',
    })
    try {
      let text = ''
      for (let attempt = 0; attempt < 20 && !text.includes('Ändrad rubrik för PDF-provet'); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        text = await pdfText('/moten/2025-08-21/kallelse.pdf')
      }
      expect(text).toContain('Ändrad rubrik för PDF-provet')
    } finally {
      await staff.call('PATCH', `/agenda-items/${item.id}`, { title: item.title, _status: 'published' })
    }
  })
})
