/**
 * The agenda builder (issue 17) on a real Payload: a meeting created by staff starts from SRO's standing items (from
 * the site settings, in the meeting's transaction, never for imports or scripts that say so), and the Dagordning's
 * endpoint moves and renumbers items in one transaction, only for staff who may write items, drafts in their drafts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let payload: Payload
let http: typeof Http
let users: Record<Role, User>
const headers: Partial<Record<Role, Record<string, string>>> = {}
const context = { disableRevalidate: true }

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  users = await createRoleUsers(payload)
  http = await import('../helpers/http')
  for (const role of ['beredning', 'kommunikator'] as const)
    headers[role] = await http.loginHeaders(`${role}@test.example`, TEST_PASSWORD)
})
afterAll(async () => test?.cleanup())

let day = 1
const meetingData = () => {
  const date = `2027-02-${String(day++).padStart(2, '0')}`
  return {
    body: 'SRO',
    kind: 'ordinarie' as const,
    state: 'planned' as const,
    startsAt: `${date}T12:00:00.000Z`,
    startsAt_tz: 'Europe/Stockholm' as const,
    endsAt: `${date}T14:00:00.000Z`,
    _status: 'draft' as const,
  }
}

/** As the admin creates a meeting: REST with a staff session. */
async function createAsStaff(): Promise<string> {
  const response = await http.api('POST', '/meetings?draft=true', {
    body: JSON.stringify(meetingData()),
    headers: { ...headers.beredning, 'content-type': 'application/json' },
  })
  expect(response.status, response.text).toBe(201)
  return (response.json() as { doc: { id: string } }).doc.id
}

async function agenda(meetingId: string) {
  const { docs } = await payload.find({
    collection: 'agenda-items',
    where: { meeting: { equals: meetingId } },
    sort: 'order',
    draft: true,
    depth: 0,
    pagination: false,
    context,
  })
  const numberOf = new Map(docs.map((doc) => [doc.id, doc.number]))
  return docs.map((doc) => ({
    id: doc.id,
    line: `${doc.parent ? `${numberOf.get(doc.parent as string)}${doc.number}` : doc.number} ${doc.title}`,
    order: doc.order,
    status: doc._status,
  }))
}

const arrange = (body: Record<string, unknown>, role: Role | null = 'beredning') =>
  http.api('POST', '/agenda-items/ordna', {
    body: JSON.stringify(body),
    headers: { ...(role ? headers[role] : {}), 'content-type': 'application/json' },
  })

describe('standing items of a new meeting', () => {
  it('should start a meeting created in the admin with SRO standing items, published, in agenda order', async () => {
    const id = await createAsStaff()
    const items = await agenda(id)
    expect(items.map((item) => item.line)).toEqual([
      '1 Mötets öppnande',
      '1a Närvaro/upprop',
      '1b Övriga frågor',
      '2 Godkännande av dagens agenda',
      '3 Föregående mötesanteckning',
    ])
    expect(items.map((item) => item.order)).toEqual([10, 20, 30, 40, 50])
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['published']))
  })

  it('should hide the standing items from visitors until the kallelse is published', async () => {
    const id = await createAsStaff()
    const response = await http.api('GET', `/agenda-items?where[meeting][equals]=${id}&depth=0`)
    expect((response.json() as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('should add nothing for scripts, the importer or a meeting saved again', async () => {
    const script = await payload.create({ collection: 'meetings', data: meetingData(), draft: true, context })
    const skipped = await payload.create({
      collection: 'meetings',
      data: meetingData(),
      draft: true,
      user: users.beredning,
      context: { ...context, skipStandingItems: true },
    })
    expect(await agenda(script.id)).toEqual([])
    expect(await agenda(skipped.id)).toEqual([])
    const id = await createAsStaff()
    await payload.update({ collection: 'meetings', id, data: { location: 'Lejonet' }, user: users.beredning, context })
    expect(await agenda(id)).toHaveLength(5)
  })

  it('should follow the template edited in the site settings', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        standingItems: [
          { number: '1', title: 'Välkommen', handling: ['information'], durationMinutes: 5, subItems: [] },
          { number: '2', title: 'Agendan', subItems: [{ number: 'a', title: 'Tillägg' }] },
        ],
      },
      context,
    })
    const id = await createAsStaff()
    expect((await agenda(id)).map((item) => item.line)).toEqual(['1 Välkommen', '2 Agendan', '2a Tillägg'])
    const [first] = await payload
      .find({
        collection: 'agenda-items',
        where: { meeting: { equals: id }, number: { equals: '1' } },
        depth: 0,
        context,
      })
      .then((result) => result.docs)
    expect(first).toMatchObject({ handling: ['information'], durationMinutes: 5 })
    await payload.updateGlobal({ slug: 'site-settings', data: { standingItems: [] }, context })
    expect(await agenda(await createAsStaff())).toEqual([])
  })
})

describe('the Dagordning endpoint', () => {
  const template = async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        standingItems: [
          { number: '1', title: 'Mötets öppnande', subItems: [{ number: 'a', title: 'Närvaro' }] },
          { number: '2', title: 'Godkännande av dagens agenda', subItems: [] },
        ],
      },
      context,
    })
    return createAsStaff()
  }

  it('should refuse visitors, roles without agenda rights and bad requests, changing nothing', async () => {
    const id = await template()
    const before = await agenda(id)
    const item = before[0]!.id
    expect((await arrange({ meeting: id, action: 'renumber' }, null)).status).toBe(401)
    const refused = await arrange({ meeting: id, action: 'move', item, direction: 'down' }, 'kommunikator')
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Din roll får inte')
    expect((await arrange({ meeting: id, action: 'move', item })).status).toBe(400)
    expect((await arrange({ meeting: 'finns-inte', action: 'renumber' })).status).toBe(404)
    expect(await agenda(id)).toEqual(before)
  })

  it('should move an item with its sub-items and renumber in one action', async () => {
    const id = await template()
    const [opening] = await agenda(id)
    const moved = await arrange({ meeting: id, action: 'move', item: opening!.id, direction: 'down' })
    expect(moved.status, moved.text).toBe(200)
    expect((await agenda(id)).map((item) => item.line)).toEqual([
      '2 Godkännande av dagens agenda',
      '1 Mötets öppnande',
      '1a Närvaro',
    ])
    expect((await arrange({ meeting: id, action: 'renumber' })).status).toBe(200)
    const renumbered = await agenda(id)
    expect(renumbered.map((item) => item.line)).toEqual([
      '1 Godkännande av dagens agenda',
      '2 Mötets öppnande',
      '2a Närvaro',
    ])
    expect(renumbered.map((item) => item.status)).toEqual(['published', 'published', 'published'])
  })

  it('should change a draft item in its draft, so the published agenda keeps its order', async () => {
    const id = await template()
    const draft = await payload.create({
      collection: 'agenda-items',
      data: { meeting: id, number: '3', title: 'Budget', _status: 'draft' },
      draft: true,
      context,
    })
    expect((await arrange({ meeting: id, action: 'move', item: draft.id, direction: 'up' })).status).toBe(200)
    expect((await agenda(id)).map((item) => item.line)).toEqual([
      '1 Mötets öppnande',
      '1a Närvaro',
      '3 Budget',
      '2 Godkännande av dagens agenda',
    ])
    const stored = await payload.findByID({ collection: 'agenda-items', id: draft.id, draft: true, context })
    expect(stored._status).toBe('draft')
    // The published agenda (what the public plan counts) keeps its order.
    const published = await payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: id }, _status: { equals: 'published' } },
      sort: 'order',
      depth: 0,
      context,
    })
    expect(published.docs.map((doc) => doc.title)).toEqual([
      'Mötets öppnande',
      'Närvaro',
      'Godkännande av dagens agenda',
    ])
  })
})

describe('the standing items migration', () => {
  it('should give site settings saved before the template SRO standing items', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'SRO' }, context })
    const migration = await import('@/migrations/20261130_082428_standing_items')
    const args = { db: payload.db.drizzle, payload, req: {} } as unknown as Parameters<typeof migration.up>[0]
    await migration.down(args)
    await migration.up(args)
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, context })
    expect(
      settings.standingItems?.map((item) => [item.number, item.title, item.subItems?.map((sub) => sub.title)]),
    ).toEqual([
      ['1', 'Mötets öppnande', ['Närvaro/upprop', 'Övriga frågor']],
      ['2', 'Godkännande av dagens agenda', []],
      ['3', 'Föregående mötesanteckning', []],
    ])
  })
})
