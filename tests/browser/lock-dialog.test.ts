/**
 * Issue 17: when beredning holds a meeting's edit lock, the sekreterare's "Dokument låst" dialog and the meeting list's
 * lock badge name the beredning officer (not an e-mail or id) and date the lock as "2026-11-30 09:38", not
 * "Nov 30, 2026, 4:38 AM". The name comes from Users' read rule (staff see colleagues' names), the wording from the
 * edits scripts/patch-payload-ui.mjs makes in @payloadcms/ui.
 */
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'

import { BASE_URL, logInToAdmin, useChromium } from '../helpers/browser'

const chromium = useChromium({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Stockholm' })
const HOLDER = { email: 'beredning@sro.example', name: 'Beredning' }

let lockId = ''
let holderPage: Page | undefined

/** Same-origin fetch in the signed-in page, as the admin itself calls the API. */
const api = (page: Page, url: string, init: { method: string; body?: unknown }) =>
  page.evaluate(
    async ({ url, init }) => {
      const response = await fetch(url, {
        method: init.method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      return { status: response.status, json: await response.json().catch(() => null) }
    },
    { url, init },
  )

afterAll(async () => {
  if (holderPage && lockId) await api(holderPage, `/api/payload-locked-documents/${lockId}`, { method: 'DELETE' })
})

it('should name the colleague holding the lock and date it in Swedish, in the dialog and the list', async () => {
  // Beredning takes the lock of the newest meeting: the record Payload's edit view writes while someone edits.
  const holderContext = await chromium.newContext()
  holderPage = await holderContext.newPage()
  await logInToAdmin(holderPage, HOLDER.email)
  const me = await api(holderPage, '/api/users/me', { method: 'GET' })
  const meetings = await api(holderPage, '/api/meetings?limit=1&depth=0&sort=-startsAt', { method: 'GET' })
  const meetingId = (meetings.json as { docs: { id: string }[] }).docs[0].id
  const lock = await api(holderPage, '/api/payload-locked-documents', {
    method: 'POST',
    body: {
      document: { relationTo: 'meetings', value: meetingId },
      user: { relationTo: 'users', value: (me.json as { user: { id: string } }).user.id },
    },
  })
  expect(lock.status).toBe(201)
  lockId = (lock.json as { doc: { id: string } }).doc.id

  // The sekreterare opens the same meeting.
  const page = await chromium.context().newPage()
  await logInToAdmin(page, 'sekreterare@sro.example')
  await page.goto(`${BASE_URL}/admin/collections/meetings/${meetingId}`)
  const dialog = page.locator('.document-locked')
  await dialog.waitFor({ state: 'visible' })
  const text = (await dialog.innerText()).replace(/\s+/g, ' ')
  console.log(`Dialogen: ${text}`)
  expect(text).toContain('Dokument låst')
  expect(text).toContain(`${HOLDER.name} redigerar för närvarande`)
  expect(text).not.toContain(HOLDER.email)
  expect(text).toMatch(/Redigerad sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}\b/)
  expect(text).not.toMatch(/\b(AM|PM)\b|[A-Z][a-z]{2} \d{1,2}, \d{4}/)

  // The meeting list marks the row as locked, with the colleague's name.
  await page.goto(`${BASE_URL}/admin/collections/meetings`)
  const badge = page.locator('tr .locked')
  await badge.first().waitFor({ state: 'visible' })
  expect(await badge.count()).toBe(1)
  await badge.hover()
  // Payload's Tooltip renders the text twice: an aria-hidden copy for measuring, and the tooltip with a title.
  const tooltip = await badge.locator('.locked__tooltip[title]').getAttribute('title')
  console.log(`Listans lås: ${tooltip}`)
  expect(tooltip).toBe(`${HOLDER.name} redigerar`)

  expect((await api(holderPage, `/api/payload-locked-documents/${lockId}`, { method: 'DELETE' })).status).toBe(200)
  lockId = ''
  await holderContext.close()
})
