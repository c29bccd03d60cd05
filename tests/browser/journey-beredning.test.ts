/**
 * The beredning journey (issue 17) in Chromium against the production build: a new meeting, three items with
 * handling and minutes, one PDF on an item, the kallelse published. Every action is counted by the same rule as the
 * sekreterare journey (tests/helpers/journey.ts): clicks, choices in a select, files chosen, key presses other than
 * typing, and a click for moving to a field that is not focused; dialogs are counted too. Targets: at most 15
 * actions, no "Dokument låst" dialog, axe 0 on the new view (the Dagordning).
 * Before the agenda builder the same journey took 28 actions by hand count (see the closing note).
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

import { textPdf } from '../helpers/documents'
import { BASE_URL, axeViolations, logInToAdmin, useChromium } from '../helpers/browser'
import { countedJourney } from '../helpers/journey'

const chromium = useChromium({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Stockholm' })

const shot = (name: string) => path.resolve('docs/admin', name)

it('should let beredning build and publish a kallelse in at most 15 actions without lock dialogs', async () => {
  const page = await chromium.context().newPage()
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Content Security Policy|Failed to load resource/.test(message.text()))
      consoleErrors.push(message.text())
  })
  // Nothing about staff goes to another site (no Gravatar): every request stays on the app's own origin.
  const otherOrigins = new Set<string>()
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin
    if (origin !== new URL(BASE_URL).origin && !request.url().startsWith('data:')) otherOrigins.add(origin)
  })
  await logInToAdmin(page, 'beredning@sro.example')
  await page.goto(`${BASE_URL}/admin/collections/meetings`)
  const user = countedJourney(page)

  // 1. A new meeting: the view opens in Börjar, the start is typed and the end follows at two hours; saved as a
  // draft, it opens with SRO's standing items.
  await user.click('Skapa nytt möte', page.getByRole('link', { name: /^Skapa/ }).first())
  await page.waitForURL(/\/meetings\/create/)
  const startsAt = page.locator('#field-startsAt .react-datepicker__input-container input')
  await expect.poll(() => startsAt.evaluate((input) => input === document.activeElement)).toBe(true)
  await user.type('Börjar', startsAt, '2027-03-18 13:00')
  const endsAt = page.locator('#field-endsAt .react-datepicker__input-container input')
  await expect.poll(() => endsAt.inputValue()).toBe('2027-03-18 15:00')
  await user.click('Spara utkast', page.getByRole('button', { name: 'Spara utkast' }))
  await page.waitForURL(/\/meetings\/(?!create)[^/?]+$/)
  const builder = page.locator('.agenda-builder')
  await builder.getByRole('table').waitFor()
  await expect.poll(() => builder.locator('tbody tr').count(), { timeout: 15_000 }).toBe(5)
  expect(await builder.locator('tbody').innerText()).toContain('Godkännande av dagens agenda')
  expect(await axeViolations(page, '.agenda-builder')).toEqual([])

  // 2. Three items with handling and minutes, each in one row; Enter adds the item and focus goes back to the title.
  const items = [
    { title: 'Hälso- och sjukvårdsavtalet', handling: 'stallningstagande', minutes: '40' },
    { title: 'Psykisk hälsa – lägesrapport', handling: 'information', minutes: '20' },
    { title: 'Dialog om vårdinformationssystem', handling: 'dialog', minutes: '60' },
  ]
  for (const [index, item] of items.entries()) {
    const title = builder.locator('input[name=title]')
    await user.type('Rubrik', title, item.title)
    await user.select('Hantering', builder.locator('select[name=handling]'), item.handling)
    await user.type('Minuter', builder.locator('input[name=durationMinutes]'), item.minutes)
    await user.press('Enter')
    await expect.poll(() => builder.locator('tbody tr').count(), { timeout: 15_000 }).toBe(6 + index)
    await expect.poll(() => title.evaluate((input) => input === document.activeElement)).toBe(true)
  }
  const rows = await builder.locator('tbody').innerText()
  expect(rows).toMatch(/4\s+Hälso- och sjukvårdsavtalet\s+Ställningstagande\s+40\s+13\.00–13\.40/)
  expect(rows).toMatch(/6\s+Dialog om vårdinformationssystem\s+Dialog\s+60\s+14\.00–15\.00/)

  // 3. One PDF on the item that asks for a position: linked at once, as Beslutsunderlag.
  await user.chooseFile('Dokument till punkt 4', builder.getByLabel(/Ladda upp dokument till 4 Hälso/), {
    name: 'Avtalsforslag_2027.pdf',
    mimeType: 'application/pdf',
    buffer: textPdf([['Förslag till hälso- och sjukvårdsavtal 2027']]),
  })
  await expect.poll(() => builder.getByRole('status').innerText(), { timeout: 30_000 }).toContain('laddades upp')
  expect(await builder.locator('tbody tr', { hasText: 'Hälso- och sjukvårdsavtalet' }).innerText()).toContain('1 st')
  expect(await axeViolations(page, '.agenda-builder')).toEqual([])
  await builder.scrollIntoViewIfNeeded()
  // The screenshot for the closing note is refreshed on request only.
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.dirname(shot('x')), { recursive: true })
    await page.screenshot({ path: shot('meeting-edit-after.png'), fullPage: true })
  }

  // 4. Publish the kallelse.
  await user.click('Kallelsen är publicerad', page.getByLabel('Kallelsen är publicerad'))
  await user.click('Publicera ändringar', page.getByRole('button', { name: 'Publicera ändringar' }))
  await expect.poll(() => page.getByLabel('Kallelsen är publicerad').isChecked()).toBe(true)
  await page.waitForLoadState('networkidle')

  const counts = user.counts()
  console.log(
    `Beredningens resa: ${counts.actions} åtgärder, ${counts.dialogs} dialoger, ${counts.lockDialogs} låsdialoger`,
  )
  console.log(user.log.map((line, index) => `${index + 1}. ${line}`).join('\n'))
  expect(counts.actions).toBeLessThanOrEqual(15)
  expect(counts.lockDialogs).toBe(0)
  expect(consoleErrors).toEqual([])
  expect([...otherOrigins]).toEqual([])

  // What the public now sees: the kallelse with the three items and the document.
  const slug = '2027-03-18'
  const visitor = await (await chromium.newContext()).newPage()
  await expect
    .poll(
      async () => {
        await visitor.goto(`${BASE_URL}/moten/${slug}`)
        return visitor.locator('main').innerText()
      },
      { timeout: 20_000 },
    )
    .toContain('Hälso- och sjukvårdsavtalet')
  const page2 = await visitor.locator('main').innerText()
  expect(page2).toContain('Mötets öppnande')
  expect(page2).toContain('Avtalsforslag 2027')
})

it('should link a document uploaded from an item’s Dokument field and close the drawer', async () => {
  // The same browser context as the journey: beredning is still signed in.
  const page = await chromium.context().newPage()
  const found = await page.request.get(
    `${BASE_URL}/api/agenda-items?where[title][equals]=${encodeURIComponent('Hälso- och sjukvårdsavtalet')}&depth=0&draft=true`,
  )
  const item = ((await found.json()) as { docs: { id: string }[] }).docs[0]!
  await page.goto(`${BASE_URL}/admin/collections/agenda-items/${item.id}`)
  await page.getByRole('button', { name: 'Ladda upp nytt dokument' }).click()
  const drawer = page.locator('.drawer--is-open').last()
  await drawer.locator('input[type=file]').setInputFiles({
    name: 'Bilaga.pdf',
    mimeType: 'application/pdf',
    buffer: textPdf([['Remissvar']]),
  })
  await drawer.locator('#field-title').fill('Remissvar från kommunerna')
  // The type follows the item: Ställningstagande gives Beslutsunderlag.
  expect(await drawer.locator('#field-category').innerText()).toContain('Beslutsunderlag')
  await drawer.getByRole('button', { name: 'Spara', exact: true }).click()
  await expect.poll(() => page.locator('.drawer--is-open').count(), { timeout: 30_000 }).toBe(0)
  await expect
    .poll(() => page.locator('#field-attachments').locator('..').innerText(), { timeout: 10_000 })
    .toContain('Remissvar från kommunerna')
})
