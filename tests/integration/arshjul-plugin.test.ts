/**
 * The årshjul plugin on a host that is not SRO-arkivet: a tiny config with one "sessions" collection whose fields
 * have other names (beginsAt, finishesAt, heading, phase), no drafts, no agenda collection and its own hook, on a temp
 * SQLite through the app's adapter helper. Proves the plugin reads and writes only what its options name.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  type CollectionAfterChangeHook,
  type CollectionConfig,
  type CollectionSlug,
  type DatabaseAdapterObj,
  type Payload,
  buildConfig,
  getPayload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { arshjulOptionsOf, arshjulPlugin, isCollectionSlug, loadYearPlan } from '../../plugins/arshjul/exports'
import type { ArshjulOptionsInput } from '../../plugins/arshjul/exports'
import { databaseAdapter } from '@/db/adapter'

const OPTIONS: ArshjulOptionsInput = {
  meetings: {
    slug: 'sessions',
    fields: { startsAt: 'beginsAt', endsAt: 'finishesAt', title: 'heading', status: 'phase' },
    cancelledStatus: 'called-off',
    publicPath: '/sessions/{id}',
  },
  timeZone: 'America/New_York',
  editRoles: ['planner'],
}

const hostHookCalls: string[] = []
const countHostHook: CollectionAfterChangeHook = ({ doc }) => {
  hostHookCalls.push(String(doc.id))
  return doc
}

const Sessions: CollectionConfig = {
  slug: 'sessions',
  access: { read: () => true },
  fields: [
    { name: 'heading', type: 'text' },
    { name: 'beginsAt', type: 'date', required: true },
    { name: 'finishesAt', type: 'date' },
    { name: 'phase', type: 'select', options: ['open', 'called-off'], defaultValue: 'open' },
  ],
  hooks: { afterChange: [countHostHook] },
}

/** The app's adapter, with the schema pushed from this config (the app's own schema comes from its migrations). */
function pushedAdapter(databaseUri: string): DatabaseAdapterObj {
  const adapter = databaseAdapter({ databaseUri })
  return { ...adapter, init: (args) => Object.assign(adapter.init(args), { push: true }) }
}

let payload: Payload
let dir: string
let sessions: CollectionSlug

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arshjul-host-'))
  const config = buildConfig({
    secret: 'arshjul-plugin-test-secret-0123456789',
    telemetry: false,
    db: pushedAdapter(`file:${path.join(dir, 'host.db')}`),
    collections: [Sessions],
    plugins: [arshjulPlugin(OPTIONS)],
    typescript: { autoGenerate: false },
  })
  payload = await getPayload({ config, key: 'arshjul-host' })
  const slug: string = Sessions.slug
  if (!isCollectionSlug(payload, slug)) throw new Error('sessions saknas')
  sessions = slug
})
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

// The host's collection is not in the app's generated types: written as plain records, as the plugin does.
const session = (data: Record<string, unknown>) => payload.create({ collection: sessions, data })
const updateSession = (id: string | number, data: Record<string, unknown>) =>
  payload.update({ collection: sessions, id, data })
const planItem = (data: { title: string; meeting?: string; theme?: string }) =>
  payload.create({ collection: 'plan-items', data: { year: 2027, status: 'planerad', ...data } })
const options = () => {
  const found = arshjulOptionsOf(payload)
  if (!found) throw new Error('arshjul saknas')
  return found
}

describe('a host with other field names', () => {
  it("should read the meeting's day, title and link from the fields the options name, in the options' time zone", async () => {
    // 02:30 UTC on 11 March is still 10 March in New York.
    const meeting = await session({
      heading: 'Styrelsemöte',
      beginsAt: '2027-03-11T02:30:00.000Z',
      finishesAt: '2027-03-11T04:00:00.000Z',
    })
    const theme = await payload.create({
      collection: 'plan-themes',
      data: { name: 'Ekonomi', order: 1, colour: '#1f5f8b' },
    })
    const item = await planItem({ title: 'Budget', meeting: String(meeting.id), theme: theme.id })
    const plan = await loadYearPlan(payload, options(), { year: 2027, asVisitor: true })
    expect(plan.meetings.find((candidate) => candidate.id === String(meeting.id))).toMatchObject({
      date: '2027-03-10',
      title: 'Styrelsemöte',
      durationMinutes: 90,
      cancelled: false,
      href: `/sessions/${meeting.id}`,
    })
    // Sessions keep no drafts: a plan item on one is public at once.
    expect(plan.items.map((entry) => entry.id)).toContain(item.id)
  })

  it("should flag plan items when the host's own status field says cancelled, and when the start field moves", async () => {
    const cancelled = await session({ heading: 'Inställt', beginsAt: '2027-05-06T15:00:00.000Z' })
    const moved = await session({ heading: 'Flyttat', beginsAt: '2027-06-03T15:00:00.000Z' })
    const a = await planItem({ title: 'A', meeting: String(cancelled.id) })
    const b = await planItem({ title: 'B', meeting: String(moved.id) })
    await updateSession(cancelled.id, { phase: 'called-off' })
    await updateSession(moved.id, { beginsAt: '2027-06-10T15:00:00.000Z' })
    // The host's default language is English: the plugin writes its notes in it.
    expect(await payload.findByID({ collection: 'plan-items', id: a.id })).toMatchObject({
      needsAttention: true,
      attentionNote: 'The meeting is cancelled: move the item to another meeting or strike it.',
    })
    expect(await payload.findByID({ collection: 'plan-items', id: b.id })).toMatchObject({
      needsAttention: true,
      attentionNote: 'The meeting has been moved from 3 juni 2027 to 10 juni 2027.',
    })
    const plan = await loadYearPlan(payload, options(), { year: 2027, asVisitor: false })
    expect(plan.meetings.find((candidate) => candidate.id === String(cancelled.id))?.cancelled).toBe(true)
  })

  it("should keep the host's own meeting hooks and run its own after them", async () => {
    const meeting = await session({ heading: 'Med krok', beginsAt: '2027-09-02T15:00:00.000Z' })
    const item = await planItem({ title: 'C', meeting: String(meeting.id) })
    hostHookCalls.length = 0
    await updateSession(meeting.id, { beginsAt: '2027-09-09T15:00:00.000Z' })
    expect(hostHookCalls).toEqual([String(meeting.id)])
    expect(await payload.findByID({ collection: 'plan-items', id: item.id })).toMatchObject({ needsAttention: true })
  })

  it('should add neither promote, calendar nor relation fields the options do not ask for', () => {
    const config = payload.collections['plan-items'].config
    const paths = config.endpoints === false ? [] : config.endpoints.map((endpoint) => endpoint.path)
    expect(paths).not.toContain('/:id/promote')
    expect(paths).not.toContain('/meeting-calendar')
    const names = config.flattenedFields.map((field) => field.name)
    expect(names).toEqual(expect.arrayContaining(['title', 'meeting', 'theme']))
    for (const name of ['agendaItem', 'case', 'responsiblePeople', 'responsibleOrganisation'])
      expect(names).not.toContain(name)
  })
})

describe('options that do not fit the host', () => {
  it('should stop start-up when the options name a collection the host lacks', () => {
    expect(() =>
      arshjulPlugin({ ...OPTIONS, meetings: { slug: 'meetings', fields: { startsAt: 'startsAt' } } })({
        collections: [Sessions],
        secret: 'x',
        db: pushedAdapter(':memory:'),
      }),
    ).toThrow('arshjulPlugin: samlingen "meetings" (meetings.slug) finns inte i konfigurationen.')
  })
})
