/**
 * The archive revision that the page cache and the search index follow: it moves with every committed change that can
 * show on the public site, withdrawals included, and stays put for what never shows (sign-ins, drafts, jobs).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { REVISION_MAX_AGE_MS, archiveFingerprint, archiveRevision } from '@/cache/archiveRevision'
import { invalidateSearchIndex } from '@/search/freshness'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { type Scenario, buildScenario } from '../helpers/scenario'

let test: TestPayload
let payload: Payload
let scenario: Scenario
const context = { disableRevalidate: true }

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  scenario = await buildScenario(payload)
})
afterAll(async () => test?.cleanup())

/** The fingerprint before and after a change. */
async function moves(change: () => Promise<unknown>): Promise<boolean> {
  const before = await archiveFingerprint(payload)
  await change()
  return (await archiveFingerprint(payload)) !== before
}

describe('archive fingerprint', () => {
  it('should move when a published meeting is unpublished', async () => {
    const meeting = scenario.meeting
    expect(
      await moves(() =>
        payload.update({ collection: 'meetings', id: meeting.id, data: { _status: 'draft' }, context }),
      ),
    ).toBe(true)
    expect(
      await moves(() =>
        payload.update({ collection: 'meetings', id: meeting.id, data: { _status: 'published' }, context }),
      ),
    ).toBe(true)
  })

  it('should move when an agenda item is moved to the trash', async () => {
    expect(
      await moves(() =>
        payload.update({
          collection: 'agenda-items',
          id: scenario.publicItem.id,
          data: { deletedAt: new Date().toISOString() },
          trash: true,
          context,
        }),
      ),
    ).toBe(true)
    await payload.update({
      collection: 'agenda-items',
      id: scenario.publicItem.id,
      data: { deletedAt: null },
      trash: true,
      context,
    })
  })

  it('should move when an older row is deleted for good', async () => {
    const older = await payload.create({
      collection: 'cases',
      data: { title: 'Ärende som raderas', _status: 'published' },
      context,
    })
    await payload.create({ collection: 'cases', data: { title: 'Senare ärende', _status: 'published' }, context })
    expect(await moves(() => payload.delete({ collection: 'cases', id: older.id, context }))).toBe(true)
  })

  it('should move when the site settings change', async () => {
    expect(
      await moves(() =>
        payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'SRO-arkivet (test)' }, context }),
      ),
    ).toBe(true)
  })

  it('should stay the same when staff sign in or save a draft', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'revision@sro.example', password: 'ett-langt-losenord-2025', name: 'Revision', roles: ['admin'] },
      context,
    })
    expect(
      await moves(() =>
        payload.login({ collection: 'users', data: { email: user.email, password: 'ett-langt-losenord-2025' } }),
      ),
    ).toBe(false)
    expect(
      await moves(() =>
        payload.update({
          collection: 'meetings',
          id: scenario.meeting.id,
          data: { title: 'Utkast till ny rubrik' },
          draft: true,
          context,
        }),
      ),
    ).toBe(false)
  })
})

describe('archive revision', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('should be read from the database at most once a second, and at once after a write in this process', async () => {
    const find = vi.spyOn(payload, 'find')
    try {
      const first = await archiveRevision({ payload, canRefreshInBackground: true })
      const reads = find.mock.calls.length
      expect(await archiveRevision({ payload, canRefreshInBackground: true })).toBe(first)
      expect(find.mock.calls.length).toBe(reads)

      invalidateSearchIndex()
      expect(await archiveRevision({ payload, canRefreshInBackground: true })).not.toBe(first)
      expect(find.mock.calls.length).toBeGreaterThan(reads)
    } finally {
      find.mockRestore()
    }
  })

  it('should see a write that ran no hook in this process (another instance) within twice the limit', async () => {
    const before = await archiveRevision({ payload, canRefreshInBackground: true })
    // As another instance would: the row changes in the database, and nothing in this process is told.
    await payload.db.updateOne({
      collection: 'cases',
      where: { id: { equals: scenario.draftCase.id } },
      data: { title: 'Ändrad av en annan instans', updatedAt: new Date().toISOString() },
    })
    expect(await archiveRevision({ payload, canRefreshInBackground: true })).toBe(before)
    await wait(REVISION_MAX_AGE_MS + 50)
    // Between one and two limits a request gets the known revision while a fresh read runs in the background.
    await archiveRevision({ payload, canRefreshInBackground: true })
    await wait(REVISION_MAX_AGE_MS + 50)
    expect(await archiveRevision({ payload, canRefreshInBackground: true })).not.toBe(before)
  })

  it('should wait for a fresh read after an idle spell longer than twice the limit', async () => {
    const before = await archiveRevision({ payload, canRefreshInBackground: true })
    await payload.db.updateOne({
      collection: 'cases',
      where: { id: { equals: scenario.draftCase.id } },
      data: { title: 'Ändrad under tystnad', updatedAt: new Date().toISOString() },
    })
    await wait(2 * REVISION_MAX_AGE_MS + 50)
    expect(await archiveRevision({ payload, canRefreshInBackground: true })).not.toBe(before)
  })

  it('should read again as soon as the limit passed when no background refresh is allowed (search)', async () => {
    const before = await archiveRevision({ payload })
    await payload.db.updateOne({
      collection: 'cases',
      where: { id: { equals: scenario.draftCase.id } },
      data: { title: 'Ändrad för sökningen', updatedAt: new Date().toISOString() },
    })
    await wait(REVISION_MAX_AGE_MS + 50)
    expect(await archiveRevision({ payload })).not.toBe(before)
  })
})
