/** The admin's "Importera" view in Chromium: preview with warnings saves nothing; confirm publishes the meeting. */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, logInToAdmin, useChromium } from '../helpers/browser'

const chromium = useChromium()
let page: Page

// A kallelse in an older shape: no year in the date, an unknown presenter.
const KALLELSE = `Kallelse SRO

Datum: 12 februari

Tid: 13.00 – 15.00

Mötesform: Regionens Hus, Göteborg, lokal Lejonet

Dagordning

1. Mötets öppnande

2. Godkännande av dagens agenda

3. Handlingsplan psykisk hälsa 2026

Information och dialog (25 minuter)

Föredragande: Ingrid Importsson, VGR

4. Uppföljning av god och nära vård

Information (10 minuter)

Föredragande: Helén Eliason
`

beforeAll(async () => {
  page = await chromium.context().newPage()
  await logInToAdmin(page, 'sekreterare@sro.example')
})

const chooseFile = (name: string, text: string) =>
  page.locator('#sro-import-file').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) })

describe('Importera', () => {
  it('is in the navigation and has no axe violations', async () => {
    await expect(page.locator('nav a[href="/admin/importera"]').count()).resolves.toBeGreaterThan(0)
    await page.goto(`${BASE_URL}/admin/importera`)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Importera kallelse eller mötesanteckning' }).isVisible(),
    ).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])
  })

  it('says what is wrong with a file it cannot read', async () => {
    await page
      .locator('#sro-import-file')
      .setInputFiles({ name: 'bild.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) })
    await page.getByRole('button', { name: 'Förhandsgranska' }).click()
    await expect(page.locator('.sro-import [role=alert]').textContent()).resolves.toContain('Filtypen .png stöds inte')
  })

  it('previews the kallelse with its warnings, saving nothing, then imports it on confirm', async () => {
    await chooseFile('kallelse-2026-02-12.md', KALLELSE)
    await page.getByLabel('År, om dokumentets datum saknar årtal (valfritt)').fill('2026')
    await page.getByRole('button', { name: 'Förhandsgranska' }).click()
    await page.getByRole('heading', { name: 'Förhandsgranskning (inget är sparat än)' }).waitFor()
    await expect(
      page.getByRole('heading', { name: /Kallelse för mötet 2026-02-12, 13:00–15:00/ }).isVisible(),
    ).resolves.toBe(true)
    const table = page.getByRole('table', { name: /Dagordning, 4 punkter/ })
    await expect(table.getByRole('row', { name: /Handlingsplan psykisk hälsa 2026/ }).textContent()).resolves.toContain(
      'Ingrid Importsson',
    )
    await expect(page.locator('.sro-import__warnings').textContent()).resolves.toContain('Ingrid Importsson')
    // "Helén Eliason" is not in the register, but "Helen Eliasson" is: the user says it is her.
    const suggestion = page.getByRole('group', { name: /Helén Eliason/ })
    await suggestion.getByLabel('Samma person som Helen Eliasson (stavningen sparas som alias)').check()
    expect(await axeViolations(page)).toEqual([])
    const before = await page.request.get(`${BASE_URL}/moten/2026-02-12`)
    expect(before.status()).toBe(404)

    await page.getByRole('button', { name: 'Importera', exact: true }).click()
    await page.getByRole('heading', { name: 'Importerat' }).waitFor()
    await expect(page.locator('#sro-import-status').textContent()).resolves.toContain('Importen är klar')
    await page.getByRole('link', { name: 'Öppna mötet i administrationen' }).click()
    await page.waitForURL(/\/admin\/collections\/meetings\/\w+/)
    // The meeting lists its import run, and the run keeps the warnings and who imported.
    await page.getByText('kallelse-2026-02-12.md').first().waitFor()
    await page.goto(`${BASE_URL}/admin/collections/import-runs`)
    await page.getByRole('link', { name: 'kallelse-2026-02-12.md' }).click()
    await page.waitForURL(/\/admin\/collections\/import-runs\/[\w-]+/)
    await expect(page.getByLabel('Varningar').inputValue()).resolves.toContain('Ingrid Importsson')
    await expect(page.getByLabel('Ändringar').inputValue()).resolves.toMatch(/^Skapade: 1 möte, 4 dagordningspunkter/)

    const after = await page.request.get(`${BASE_URL}/moten/2026-02-12`)
    expect(after.status()).toBe(200)
    const html = await after.text()
    expect(html).toContain('Handlingsplan psykisk hälsa 2026')
    expect(html).toContain('Helen Eliasson')
    expect(html).not.toContain('Helén Eliason')
  })
})

// Minutes whose parse staff correct in the preview: a title, a decision, an item that is really part of the one before,
// and a person who was not called.
const MINUTES = `Mötesanteckning SRO

Datum: 14 januari 2026

Tid: 13.00–15.00

Plats: Teamsmöte

För Västra Götalands fyra kommunalförbund (VGK)

Kommunpolitiker

Rut Rättelse (S), Skaraborg

Tore Tvåsidig (M), Fyrbodal

Dagordning

1. Mötets öppnande

2. Regional plan

Efter dialog beslutar SRO att

- ställa sig bakom planen

3. Bilagor till planen

Texten om bilagorna.

4. Övriga frågor
`

describe('Rätta före import', () => {
  it('corrects titles, decisions, item boundaries and the list of those called before importing, with axe at 0', async () => {
    await page.goto(`${BASE_URL}/admin/importera`)
    await chooseFile('mötesanteckning-2026-01-14.md', MINUTES)
    await page.getByRole('button', { name: 'Förhandsgranska' }).click()
    await page.getByRole('heading', { name: 'Rätta före import' }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel('Rubrik för punkt 2').fill('Regional plan för vård')
    await page.getByLabel('Beslut 1 under punkt 2').fill('ställa sig bakom planen med ändringar')
    await page.getByRole('button', { name: 'Slå ihop punkt 3 med punkten ovanför' }).click()
    await page.getByRole('button', { name: 'Ta bort Tore Tvåsidig' }).click()
    await expect(page.getByRole('table', { name: 'Kallade (1)' }).isVisible()).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Importera', exact: true }).click()
    await page.getByRole('heading', { name: 'Importerat' }).waitFor()
    await expect(page.locator('#sro-import-status').textContent()).resolves.toContain('3 dagordningspunkter')

    const html = await (await page.request.get(`${BASE_URL}/moten/2026-01-14`)).text()
    expect(html).toContain('Regional plan för vård')
    expect(html).toContain('ställa sig bakom planen med ändringar')
    expect(html).toContain('Rut Rättelse')
    expect(html).not.toContain('Tore Tvåsidig')
  })

  it('keeps what was typed and says in Swedish what is missing', async () => {
    await page.goto(`${BASE_URL}/admin/importera`)
    await chooseFile('mötesanteckning-2026-01-15.md', MINUTES.replace('14 januari 2026', '15 januari 2026'))
    await page.getByRole('button', { name: 'Förhandsgranska' }).click()
    await page.getByRole('heading', { name: 'Rätta före import' }).waitFor()
    await page.getByLabel('Rubrik för punkt 4').fill('')
    await page.getByRole('button', { name: 'Importera', exact: true }).click()
    await expect(page.locator('.sro-import [role=alert]').textContent()).resolves.toContain(
      'Punkt 4 i dagordningen saknar rubrik.',
    )
    await expect(page.getByLabel('Rubrik för punkt 2').inputValue()).resolves.toBe('Regional plan')
    expect((await page.request.get(`${BASE_URL}/moten/2026-01-15`)).status()).toBe(404)
  })
})

describe('Importera for a role without the right', () => {
  it('is not offered to a kommunikatör', async () => {
    const context = await chromium.newContext()
    const other = await context.newPage()
    await logInToAdmin(other, 'kommunikator@sro.example')
    await expect(other.locator('nav a[href="/admin/importera"]').count()).resolves.toBe(0)
    await other.goto(`${BASE_URL}/admin/importera`)
    await expect(other.getByText('Din roll får inte importera').isVisible()).resolves.toBe(true)
    await context.close()
  })
})
