/**
 * The decision log's cost (issue 18): a visitor's log is read in a fixed number of queries whatever the number of
 * rows (depth 0 and one query per related collection instead of population and report-back lookups per row), gives
 * the same rows, and shows nothing unpublished. The public page and downloads keep one read per archive revision:
 * a publish or a withdrawal shows at once.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countQueries, countedQueries } from '@/db/queryCounter'
import { relationId } from '@/lib/relations'
import type { SqliteClient } from '@/db/sqliteWrites'
import { decisionLogFixtures } from '../helpers/decisionLog'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let payload: Payload
const context = { disableRevalidate: true }
const { meeting, given } = decisionLogFixtures({ payload: () => payload })

/** The report-back meetings an assignment points at: each in its own meeting, as over ten years of archive. */
async function reportedBackAssignment(index: number) {
  const held = await meeting(`2030-0${1 + (index % 9)}-1${index % 10}`, { minutesPublished: true, state: 'held' })
  const { item, decision } = await given(held.id, `Uppdrag ${index}`)
  const later = await meeting(`2031-0${1 + (index % 9)}-1${index % 10}`, { minutesPublished: true, state: 'held' })
  const reportItem = await payload.create({
    collection: 'agenda-items',
    context,
    data: {
      meeting: later.id,
      number: '7',
      order: 70,
      title: `Återrapport ${index}`,
      isPublic: true,
      _status: 'published',
    },
  })
  const organisation = await payload.create({
    collection: 'organisations',
    context,
    data: { name: `Förbund ${index}`, shortName: `F${index}`, type: 'kommun' },
  })
  const assignment = await payload.create({
    collection: 'assignments',
    context,
    data: {
      title: `Uppdrag ${index}`,
      decision: decision.id,
      assigneeOrganisations: [organisation.id],
      due: { kind: 'date', date: '2032-01-01' },
      status: 'reported_back',
      reportBackItem: reportItem.id,
      reportedBackIn: reportItem.id,
    },
  })
  return { held, item, decision, later, reportItem, assignment }
}

const asVisitor = async () => {
  const { loadDecisionLog } = await import('@/lib/public/decisionLog')
  return countedQueries(() => loadDecisionLog({ payload, user: null, today: '2031-12-01' }))
}

let shown: Awaited<ReturnType<typeof reportedBackAssignment>>[]
let unpublished: Awaited<ReturnType<typeof given>>
let hidden: Awaited<ReturnType<typeof given>>

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  countQueries(payload.db.client as unknown as SqliteClient)
  shown = []
  for (let index = 0; index < 3; index += 1) shown.push(await reportedBackAssignment(index))
  // Minutes not published: neither the decision nor its assignment is public.
  const draftMinutes = await meeting('2030-10-01', { minutesPublished: false, state: 'held' })
  await payload.update({
    collection: 'meetings',
    id: draftMinutes.id,
    context,
    data: { _status: 'published', publication: { isNoticePublished: true } },
  })
  unpublished = await given(draftMinutes.id, 'Opublicerat uppdrag')
  await payload.create({
    collection: 'assignments',
    context,
    data: { title: 'Opublicerat uppdrag', decision: unpublished.decision.id, due: { kind: 'none' }, status: 'open' },
  })
  // An item hidden from the public in published minutes: its decision stays out of the log.
  const published = await meeting('2030-11-01', { minutesPublished: true, state: 'held' })
  hidden = await given(published.id, 'Dold punkt')
  await payload.update({ collection: 'agenda-items', id: hidden.item.id, context, data: { isPublic: false } })
})
afterAll(async () => test?.cleanup())

describe("a visitor's decision log", () => {
  it('should read the log in a fixed number of queries, not one or two per row', async () => {
    const few = await asVisitor()
    for (let index = 3; index < 9; index += 1) shown.push(await reportedBackAssignment(index))
    const many = await asVisitor()
    expect(many.result.length).toBeGreaterThan(few.result.length)
    // Before: two queries per reported-back assignment (its item's meeting, that meeting's stages), 20+ here.
    expect(many.statements).toBeLessThanOrEqual(12)
    expect(many.statements).toBe(few.statements)
  })

  it('should give every published row with its meeting, item, assignee and report-back, and nothing unpublished', async () => {
    const { result: entries } = await asVisitor()
    for (const { held, item, assignment, reportItem, later } of shown) {
      const entry = entries.find((row) => row.id === assignment.id)
      expect(entry).toMatchObject({
        kind: 'assignment',
        status: 'reported_back',
        meeting: { id: held.id, slug: held.slug },
        item: { id: item.id, number: '9', anchor: 'punkt-9' },
        reportedBackIn: { id: reportItem.id, title: reportItem.title, meetingSlug: later.slug },
      })
      expect(entry?.assignee).toMatch(/^F\d$/)
    }
    const ids = entries.map((row) => row.id)
    expect(ids).not.toContain(unpublished.decision.id)
    expect(entries.map((row) => row.title)).not.toContain('Opublicerat uppdrag')
    expect(ids).not.toContain(hidden.decision.id)
    expect(JSON.stringify(entries)).not.toMatch(/Opublicerat|Dold punkt/)
  })
})

describe('the public log kept per archive revision', () => {
  it('should show a publish and a withdrawal on the next request', async () => {
    const { publicDecisionLog } = await import('@/lib/public/publicDecisionLog')
    const first = await publicDecisionLog()
    expect(first.entries.map((row) => row.title)).not.toContain('Opublicerat uppdrag')
    // Kept: a second request reads nothing but the revision.
    const again = await countedQueries(() => publicDecisionLog())
    expect(again.result.entries).toBe(first.entries)

    const draftMinutes = relationId(unpublished.item.meeting)!
    await payload.update({
      collection: 'meetings',
      id: draftMinutes,
      context,
      data: { publication: { isMinutesPublished: true } },
    })
    expect((await publicDecisionLog()).entries.map((row) => row.title)).toContain('Opublicerat uppdrag')

    await payload.update({
      collection: 'meetings',
      id: draftMinutes,
      context,
      data: { publication: { isMinutesPublished: false } },
    })
    expect((await publicDecisionLog()).entries.map((row) => row.title)).not.toContain('Opublicerat uppdrag')
  })
})
