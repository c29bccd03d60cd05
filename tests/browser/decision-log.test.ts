/**
 * Beslutslogg in Chromium against the built app with the demo seed: the public log, its filters and the
 * assignment page work without JavaScript and have no axe violations; so does the admin view and its widget.
 */
import { describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, logInToAdmin, useChromium } from '../helpers/browser'

const chromium = useChromium()

describe('public /beslutslogg', () => {
  it('lists the fixtures’ assignments with their due dates and has no axe violations', async () => {
    const page = await chromium.context().newPage()
    const response = await page.goto(`${BASE_URL}/beslutslogg`)
    expect(response?.status()).toBe(200)
    const table = page.getByRole('table')
    await expect(table.locator('caption').textContent()).resolves.toContain('Beslut och uppdrag')
    const plan = table.getByRole('row').filter({ hasText: 'senast i juni 2026' })
    await expect(plan.textContent()).resolves.toMatch(/senast 2026-06-30.*Försenat/s)
    // Linked to the item's anchor on the meeting page.
    await expect(plan.getByRole('link', { name: /Punkt 4\./ }).getAttribute('href')).resolves.toBe(
      '/moten/2025-11-13#punkt-4',
    )
    // Only the kallelse of 2025-08-21 is published, so its assignment is not in the public log.
    await expect(
      table.getByRole('row').filter({ hasText: 'Former och forum för länsgemensamma digitaliseringsfrågor' }).count(),
    ).resolves.toBe(0)
    expect(await axeViolations(page)).toEqual([])
  })

  it('filters with a plain form, explains bad filters and shows the assignment’s timeline', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/beslutslogg`)
    await page.getByLabel('Status').selectOption({ label: 'Återrapporterat' })
    await page.getByRole('button', { name: 'Filtrera' }).click()
    await page.waitForURL(/status=aterrapporterat/)
    await expect(page.getByRole('row').filter({ hasText: 'senast i juni 2026' }).count()).resolves.toBe(0)
    await page.getByLabel('Status').selectOption({ label: 'Försenat' })
    await page.getByRole('button', { name: 'Filtrera' }).click()
    await page.waitForURL(/status=forsenat/)
    await expect(page.getByRole('row').filter({ hasText: 'senast i juni 2026' }).count()).resolves.toBe(1)

    const bad = await page.goto(`${BASE_URL}/beslutslogg?status=borta&ar=tjugo`)
    expect(bad?.status()).toBe(200)
    await expect(page.getByRole('status').textContent()).resolves.toContain('Okänd status')
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${BASE_URL}/beslutslogg`)
    await page.getByRole('link', { name: /^Efter dialog med den länsgemensamma arbetsgruppen/ }).click()
    await page.waitForURL(/\/beslutslogg\/[0-9a-f-]{36}$/)
    const timeline = page.locator('ol.timeline')
    await expect(timeline.textContent()).resolves.toMatch(
      /13 november 2025\s*Uppdraget gavs.*Lägesrapport.*Väntar på återrapportering/s,
    )
    expect(await axeViolations(page)).toEqual([])

    expect((await page.goto(`${BASE_URL}/beslutslogg/inte-ett-id`))?.status()).toBe(404)
    const csv = await chromium.context().request.get(`${BASE_URL}/beslutslogg.csv?inom=7`)
    expect(csv.status()).toBe(400)
  })
})

describe('admin Beslutslogg', () => {
  it('is in the navigation, shows every assignment with filters and has no axe violations', async () => {
    const page = await chromium.context().newPage()
    await logInToAdmin(page, 'sekreterare@sro.example')
    await expect(page.locator('.decision-log-widget').textContent()).resolves.toMatch(/försenade uppdrag/)

    // In the navigation (which may be collapsed at this window size, so it is read rather than clicked).
    await expect(page.locator('a.decision-log-nav-link').getAttribute('href')).resolves.toBe('/admin/beslutslogg')
    await page.goto(`${BASE_URL}/admin/beslutslogg`)
    await expect(page.getByRole('heading', { level: 1, name: 'Beslutslogg' }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('row').filter({ hasText: 'senast i juni 2026' }).count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: /Ladda ner som CSV/ }).getAttribute('href')).resolves.toBe(
      '/api/assignments/beslutslogg.csv',
    )
    expect(await axeViolations(page)).toEqual([])

    // Downloaded the way the link does, with the browser's session cookie.
    const [status, text] = await page.evaluate(async () => {
      const response = await fetch('/api/assignments/beslutslogg.csv')
      return [response.status, await response.text()] as const
    })
    expect(status).toBe(200)
    expect(text).toContain('Former och forum för länsgemensamma digitaliseringsfrågor')
  })
})
