/** The built app in Chromium: the public start page is accessible, the admin speaks Swedish and groups its menu. */
import { describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, logInToAdmin, useChromium } from '../helpers/browser'

const chromium = useChromium()

describe('public start page', () => {
  it('is Swedish, lists the seeded meeting and has no axe violations', async () => {
    const page = await chromium.context().newPage()
    const response = await page.goto(`${BASE_URL}/`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    await expect(page.getByRole('link', { name: 'SRO möte 13 november 2025' }).count()).resolves.toBe(1)
    expect(await axeViolations(page)).toEqual([])
  })

  it('starts keyboard navigation at the skip link', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet')
  })
})

describe('admin', () => {
  it('logs in in Swedish and shows the grouped navigation', async () => {
    const page = await chromium.context().newPage()
    await logInToAdmin(page, 'admin@sro.example')
    const navigation = page.locator('nav')
    for (const group of ['Möten', 'Register', 'Webbplats', 'Administration']) {
      await expect(navigation.getByText(group, { exact: true }).first().isVisible()).resolves.toBe(true)
    }
    await page.goto(`${BASE_URL}/admin/collections/meetings`)
    await expect(page.getByText('SRO möte 13 november 2025').first().isVisible()).resolves.toBe(true)
  })
})
