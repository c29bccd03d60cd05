/**
 * Phones (WCAG 1.4.10 reflow): at 320 and 390 CSS pixels no template is wider than the screen, axe stays at 0, and
 * wide tables scroll inside a labelled, keyboard-focusable region with a visible hint instead of widening the page.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, axeViolations, useChromium } from '../helpers/browser'
import { get } from '../helpers/server'

const chromium = useChromium()

/** Stands for the first entry the decision log links to (its id differs per run). */
const LOG_ENTRY = '/beslutslogg/<första posten>'
let logEntryPath = ''

const templates = [
  '/',
  '/moten',
  '/moten/2025-11-13',
  '/arenden',
  '/arenden/lans-gemensam-riktlinje-patientsakerhet',
  '/om-sro',
  '/sok?q=patients%C3%A4kerhet',
  '/beslutslogg',
  LOG_ENTRY,
  '/arshjul',
  '/tillganglighet',
  '/finns-inte',
]

beforeAll(async () => {
  const { text } = await get('/beslutslogg')
  const entry = text.match(/href="(\/beslutslogg\/[^"#?]+)"/)?.[1]
  if (!entry) throw new Error('Beslutsloggen har ingen post att öppna.')
  logEntryPath = entry
})

describe.each([320, 390])('at %i px', (width) => {
  it.each(templates)('%s fits the screen with no axe violations', async (template) => {
    const path = template === LOG_ENTRY ? logEntryPath : template
    const context = await chromium.newContext({ viewport: { width, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}${path}`)
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }))
    expect(widths.page, `${path} at ${width} px`).toBeLessThanOrEqual(widths.screen)
    expect(await axeViolations(page), path).toEqual([])
    await context.close()
  })
})

describe('wide tables on a phone', () => {
  it.each([
    { path: '/beslutslogg', name: 'Beslutsloggen (tabell)' },
    { path: '/arshjul?ar=2026', name: 'Årshjul 2026 (tabell)' },
  ])('should scroll $path in a labelled, focusable region with a visible hint', async ({ path, name }) => {
    const context = await chromium.newContext({ viewport: { width: 320, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}${path}`)
    const region = page.getByRole('region', { name })
    await expect(region.getAttribute('tabindex')).resolves.toBe('0')
    const hint = page.locator(`#${await region.getAttribute('aria-describedby')}`)
    await expect(hint.isVisible()).resolves.toBe(true)
    await expect(hint.textContent()).resolves.toContain('rulla')
    // The region, not the page, is what scrolls, and the keyboard scrolls it.
    const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(overflow).toBeGreaterThan(0)
    await region.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    await context.close()
  })
})

describe('årshjul table styles', () => {
  it('should draw the årshjul grid under the public CSP, which refuses inline styles', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/arshjul?ar=2026`)
    const border = await page
      .locator('.arshjul-table td')
      .first()
      .evaluate((cell) => getComputedStyle(cell).borderTopWidth)
    expect(border).toBe('1px')
    await page.close()
  })
})
