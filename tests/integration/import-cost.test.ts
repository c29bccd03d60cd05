/**
 * What an import costs besides the records it writes (issue 18: the import bench).
 * - Minutes that approve the previous minutes set one field on the previous meeting. A full save rewrote that whole
 *   meeting (its lists in both tables, a new version, ~20 statements, about a fifth of an import's time); the importer
 *   now sets the approval on the row and its latest version, unless a staff draft is pending, where the save keeps
 *   deciding as before.
 * - No time plan is computed: the import reads no time slots, yet every read of an item computed its meeting's plan.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countQueries, countedQueries } from '@/db/queryCounter'
import type { SqliteClient } from '@/db/sqliteWrites'
import { importDocument } from '@/import/write'
import { generateDocument } from '../../bench/archive/corpus'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let payload: Payload

/** Every statement `run` sends, inside transactions too (src/db/queryCounter.ts; the first 500, abridged). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const { statements, samples } = await countedQueries(run)
  expect(samples).toHaveLength(statements)
  return samples
}

// Weekly meetings: the minutes of document 1 approve those of document 0, and document 2's those of document 1.
const documents = [0, 1, 2, 3, 4].map((index) => generateDocument(index))
const importIt = (index: number) =>
  importDocument({ payload, text: documents[index]!.text, fileName: documents[index]!.fileName })

async function meetingOf(outcome: Awaited<ReturnType<typeof importIt>>, { draft }: { draft: boolean }) {
  return payload.findByID({ collection: 'meetings', id: outcome.meetingId!, depth: 0, draft })
}
const versionsOf = async (id: string) =>
  (await payload.countVersions({ collection: 'meetings', where: { parent: { equals: id } } })).totalDocs

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  countQueries(payload.db.client as unknown as SqliteClient)
})
afterAll(async () => test?.cleanup())

describe('recording the approval of the previous minutes', () => {
  it('should set only the approval on a published meeting, in a few statements', async () => {
    const earlier = await importIt(0)
    const before = await meetingOf(earlier, { draft: false })
    const versionsBefore = await versionsOf(before.id)

    let approving: Awaited<ReturnType<typeof importIt>> | undefined
    const statements = await statementsOf(async () => (approving = await importIt(1)))
    expect(approving!.updated.meetings).toBe(1)

    const after = await meetingOf(earlier, { draft: false })
    const latest = await meetingOf(earlier, { draft: true })
    // The public row and what the admin edits (the latest version) both say it.
    expect(after.approval?.approvedAtMeeting).toBe(approving!.meetingId)
    expect(latest.approval?.approvedAtMeeting).toBe(approving!.meetingId)
    expect(latest._status).toBe('published')
    // Nothing else of the approved meeting changed; it counts as changed for the page cache.
    // (publicStatus is derived: "Godkänd" now.)
    const { approval: _a, updatedAt: _u, publicStatus: _p, ...rest } = after
    const { approval: _b, updatedAt: _v, publicStatus: _q, ...restBefore } = before
    expect(rest).toEqual(restBefore)
    expect(after.publicStatus).toBe('Godkänd')
    expect(after.called?.length).toBeGreaterThan(10)
    expect(after.updatedAt > before.updatedAt).toBe(true)

    // The approved meeting's lists are not rewritten (a full save deletes and inserts every one, in both tables).
    expect(statements.filter((sql) => /^\s*delete from "_?meetings/i.test(sql))).toEqual([])
    // The previous meeting is looked up without counting all earlier ones.
    expect(statements.filter((sql) => /count\(\*\) from "_meetings_v"/i.test(sql))).toEqual([])
    // Measured: 183 with a full save of the approved meeting, 165 now (the rest is the document's own meeting).
    expect(statements.length).toBeLessThanOrEqual(170)
    // No version of its own: the approving document's import run records the change.
    expect(await versionsOf(before.id)).toBe(versionsBefore)
  })

  it('should change nothing when the same minutes are imported again', async () => {
    const again = await importIt(1)
    const changed = [...Object.values(again.created), ...Object.values(again.updated)].reduce((a, b) => a + b, 0)
    expect(changed).toBe(0)
  })

  it('should leave a meeting with a pending staff draft to the save, which keeps the draft a draft', async () => {
    const earlier = await importIt(2)
    // Staff edit the meeting without publishing: the public row stays as it was.
    await payload.update({
      collection: 'meetings',
      id: earlier.meetingId!,
      draft: true,
      context: { disableRevalidate: true },
      data: { location: 'Utkast: annan lokal' },
    })
    const approving = await importIt(3)
    expect(approving.updated.meetings).toBe(1)
    const published = await meetingOf(earlier, { draft: false })
    const latest = await meetingOf(earlier, { draft: true })
    expect(latest).toMatchObject({ _status: 'draft', location: 'Utkast: annan lokal' })
    expect(latest.approval?.approvedAtMeeting).toBe(approving.meetingId)
    expect(published.location).not.toBe('Utkast: annan lokal')
    expect(published.approval?.approvedAtMeeting ?? null).toBeNull()
  })
})

describe('the time plan during an import', () => {
  // Read afterwards, the items have their times: see import-documents and import-rules.
  it('should not be read', async () => {
    const statements = await statementsOf(() => importIt(4))
    // The plan's first read: the meeting's start and end.
    expect(statements.filter((sql) => /^select "id", "starts_at", "ends_at" from "meetings"/i.test(sql))).toEqual([])
  })
})
