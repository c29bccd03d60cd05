/** Debian's Chromium driven by playwright-core, plus axe-core for WCAG 2.1 AA checks. */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const BASE_URL = process.env.APP_URL ?? 'http://localhost:3000'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  })
}

/** WCAG 2.1 AA violations on the page, or only inside `include` (a selector, e.g. one new view) when given. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  const result = await (include ? axe.include(include) : axe).analyze()
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
}

/**
 * Chromium for one test file: launched before its tests, closed after them. `context()` is a Swedish browser context
 * the file's tests share; `newContext()` opens another (a second visitor, or one without JavaScript).
 */
export function useChromium(options: BrowserContextOptions = {}) {
  let browser: Browser | undefined
  let shared: BrowserContext | undefined
  beforeAll(async () => {
    browser = await launchChromium()
    shared = await browser.newContext({ locale: 'sv-SE', ...options })
  })
  afterAll(async () => browser?.close())
  return {
    context: (): BrowserContext => shared!,
    newContext: (extra: BrowserContextOptions = {}): Promise<BrowserContext> =>
      browser!.newContext({ locale: 'sv-SE', ...extra }),
  }
}

/** Logs in to the admin with one of the seed's accounts (the test runner passes the seed password). */
export async function logInToAdmin(page: Page, email: string): Promise<void> {
  await page.goto(`${BASE_URL}/admin/login`)
  await page.getByLabel('E-post').fill(email)
  await page.getByLabel('Lösenord').fill(process.env.SEED_PASSWORD ?? '')
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.waitForURL(`${BASE_URL}/admin`)
}
