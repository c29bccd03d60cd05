/**
 * The CSP in a real browser: public pages run no script at all and still work as HTML, and the admin works under
 * its own policy with no violation.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { PUBLIC_CACHE_CONTROL } from '@/http/securityHeaders'
import { BASE_URL, logInToAdmin, useChromium } from '../helpers/browser'

const chromium = useChromium()

/** Console errors and uncaught page errors, with CSP reports kept apart from the rest. */
function watch(page: Page) {
  const violations: string[] = []
  const otherErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(text)) violations.push(text)
    else otherErrors.push(text)
  })
  page.on('pageerror', (error) => otherErrors.push(error.message))
  return { violations, otherErrors }
}

describe('public pages under script-src none', () => {
  it.each(['/', '/moten', '/sok?q=patients%C3%A4kerhet', '/beslutslogg'])(
    '%s has the CSP and works without script errors',
    async (path) => {
      const page = await chromium.context().newPage()
      const seen = watch(page)
      const response = await page.goto(`${BASE_URL}${path}`)
      expect(response?.status()).toBe(200)
      const policy = response?.headers()['content-security-policy'] ?? ''
      expect(policy).toContain("script-src 'none'")
      expect(policy).toContain("frame-ancestors 'self'")
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true)
      // Only blocked scripts are reported; nothing else fails.
      expect(seen.otherErrors).toEqual([])
      expect(seen.violations.every((text) => /script/i.test(text))).toBe(true)
    },
  )

  it.each(['/', '/moten/2025-11-13', '/feed.xml', '/beslutslogg.csv', '/beslutslogg.json'])(
    '%s tells a shared cache seconds, not the year Next marks cached pages with',
    async (path) => {
      const response = await fetch(`${BASE_URL}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    },
  )

  it('follows a link from the start page as plain HTML', async () => {
    const page = await chromium.context().newPage()
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('link', { name: 'SRO möte 13 november 2025' }).first().click()
    await page.waitForURL(/\/moten\/2025-11-13/)
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true)
  })
})

describe('admin under its own CSP', () => {
  it('logs in and lists meetings with no CSP violation', async () => {
    const page = await chromium.context().newPage()
    const seen = watch(page)
    const response = await page.goto(`${BASE_URL}/admin/login`)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'")
    await logInToAdmin(page, 'admin@sro.example')
    await page.goto(`${BASE_URL}/admin/collections/meetings`)
    await expect(page.getByText('SRO möte 13 november 2025').first().isVisible()).resolves.toBe(true)
    expect(seen.violations).toEqual([])
  })
})
