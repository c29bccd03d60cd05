/** Debian's Chromium driven by playwright-core, plus axe-core for WCAG 2.1 AA checks. */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type Page, chromium } from 'playwright-core'

export const BASE_URL = process.env.APP_URL ?? 'http://localhost:3000'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)
}
