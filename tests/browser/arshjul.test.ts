/** The årshjul in Chromium: the admin view (wheel, grid, promote) and the public /arshjul, both without axe violations. */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, logInToAdmin, useChromium } from '../helpers/browser'

const chromium = useChromium({ viewport: { width: 1400, height: 1000 } })
let page: Page

beforeAll(async () => {
  page = await chromium.context().newPage()
  await logInToAdmin(page, 'sekreterare@sro.example')
})

describe('admin view Årshjul', () => {
  it('shows the wheel and the grid of the 2026 årshjul, with no axe violations', async () => {
    await expect(page.locator('nav a[href="/admin/arshjul"]').count()).resolves.toBeGreaterThan(0)
    await page.goto(`${BASE_URL}/admin/arshjul?ar=2026`)
    await expect(page.getByRole('heading', { level: 1, name: 'Årshjul 2026' }).isVisible()).resolves.toBe(true)
    // Waits for it (isVisible does not), so a slow first render on a busy machine is not a failure.
    const wheel = page.getByRole('img', { name: /Årshjul 2026/ })
    await wheel.waitFor({ state: 'visible', timeout: 15_000 })
    const table = page.getByRole('table', { name: 'Årshjul 2026: möten och teman' })
    // Other tests may add 2026 meetings; the document's columns must be there, in order.
    const documentColumns = [
      'Tema',
      'januari 2026',
      '19 mars 2026',
      '4 juni 2026',
      '24 september 2026',
      '12 november 2026',
    ]
    const headers = await table.getByRole('columnheader').allTextContents()
    expect(headers.filter((header) => documentColumns.includes(header))).toEqual(documentColumns)
    // Report-backs the decision log proposes on meetings other tests plan have no theme: they stand in "Övrigt".
    const rowHeaders = (await table.getByRole('rowheader').allTextContents())
      .map((text) => text.trim())
      .filter((header) => header !== 'Övrigt')
    expect(rowHeaders).toEqual([
      'Dialog om aktuella ärenden',
      'Hjälpmedelsförsörjning',
      'Uppföljning god och nära vård',
      'Processen för nytt hälso- och sjukvårdsavtal',
      'Psykisk hälsa',
      'Vårdinformationssystem',
    ])
    expect(await axeViolations(page)).toEqual([])
    // The screenshot for the closing note is refreshed on request only.
    if (process.env.UPDATE_SCREENSHOTS === '1') await wheel.screenshot({ path: path.resolve('docs/arshjul-wheel.png') })
    else expect(fs.existsSync(path.resolve('docs/arshjul-wheel.png'))).toBe(true)
  })

  it('promotes a plan item to a draft agenda item on its meeting', async () => {
    await page.getByRole('button', { name: 'Lägg "Uppföljning god och nära vård" på dagordningen' }).click()
    await expect(page.getByText('Lagd på dagordningen som utkast.').waitFor()).resolves.toBeUndefined()
    // Asked from the admin page itself, with the signed-in user's session, as the admin UI would.
    const query = `/api/agenda-items?draft=true&depth=1&where[title][equals]=${encodeURIComponent('Uppföljning god och nära vård')}`
    const body = (await page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), query)) as {
      docs: { _status: string; meeting: { slug: string } }[]
    }
    expect(body.docs.map((doc) => [doc.meeting.slug, doc._status])).toEqual([['2026-03-19', 'draft']])
    await page.getByRole('link', { name: 'Dagordningspunkten' }).first().click()
    await page.waitForURL(/\/admin\/collections\/agenda-items\//)
    await expect(
      page
        .getByRole('textbox', { name: /Rubrik/ })
        .first()
        .inputValue(),
    ).resolves.toBe('Uppföljning god och nära vård')
  })
})

describe('public /arshjul', () => {
  it('shows the published plan as an accessible table and says when the year in the address is wrong', async () => {
    const visitorContext = await chromium.newContext()
    const visitor = await visitorContext.newPage()
    const response = await visitor.goto(`${BASE_URL}/arshjul?ar=2026`)
    expect(response?.status()).toBe(200)
    const table = visitor.getByRole('table', { name: 'Årshjul 2026: planerade teman per möte' })
    // The study trip has no meeting; it is public because the seed ticked "Visa publikt".
    const documentColumns = [
      'Tema',
      'januari 2026',
      '19 mars 2026',
      '4 juni 2026',
      '24 september 2026',
      '12 november 2026',
    ]
    const headers = await table.getByRole('columnheader').allTextContents()
    expect(headers.filter((header) => documentColumns.includes(header))).toEqual(documentColumns)
    expect(await axeViolations(visitor)).toEqual([])
    const bad = await visitor.goto(`${BASE_URL}/arshjul?ar=tjugotjugosex`)
    expect(bad?.status()).toBe(200)
    await expect(visitor.getByText('finns inte i årshjulet').isVisible()).resolves.toBe(true)
    await visitor.goto(`${BASE_URL}/moten/2025-11-13`)
    const upcoming = visitor.getByRole('region', { name: 'Kommande möten och teman' })
    await expect(upcoming.getByText('Vårdinformationssystem').first().isVisible()).resolves.toBe(true)
    await visitorContext.close()
  })
})
