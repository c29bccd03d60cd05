/** The årshjul plugin on a real Payload: promote (idempotent), moved and cancelled meetings, the public's view, the calendar, the 2026 seed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ArshjulOptions, buildGrid, loadYearPlan } from '../../plugins/arshjul/exports'
import { seedArshjul2026 } from '@/seed/arshjul2026'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let http: typeof Http
const headers: Record<string, Record<string, string>> = {}
let themeId: string

beforeAll(async () => {
  test = await startTestPayload()
  await createRoleUsers(test.payload)
  http = await import('../helpers/http')
  for (const role of ['sekreterare', 'kommunikator'])
    headers[role] = await http.loginHeaders(`${role}@test.example`, TEST_PASSWORD)
  themeId = String(
    (
      await test.payload.create({
        collection: 'plan-themes',
        data: { name: 'Psykisk hälsa', colour: '#5b3a8c', order: 1 },
      })
    ).id,
  )
})
afterAll(async () => test?.cleanup())

async function meeting(date: string, status: 'published' | 'draft' = 'published') {
  const data = {
    body: 'SRO',
    kind: 'ordinarie' as const,
    state: 'planned' as const,
    startsAt: `${date}T12:00:00.000Z`,
    endsAt: `${date}T14:00:00.000Z`,
  }
  if (status === 'draft')
    return test.payload.create({ collection: 'meetings', data: { ...data, _status: 'draft' }, draft: true })
  return test.payload.create({ collection: 'meetings', data: { ...data, _status: 'published' } as never })
}
const planItem = (data: Record<string, unknown>) =>
  test.payload.create({
    collection: 'plan-items',
    data: {
      year: 2027,
      title: 'Handlingsplan psykisk hälsa',
      theme: themeId,
      handling: ['information'],
      durationMinutes: 20,
      ...data,
    } as never,
  })

describe('promote', () => {
  it('turns a plan item into one draft agenda item on its meeting, however often it is asked', async () => {
    const target = await meeting('2027-03-18')
    const item = await planItem({ meeting: target.id })
    const first = await http.api('POST', `/plan-items/${item.id}/promote`, { headers: headers.sekreterare })
    expect(first.status).toBe(201)
    const { agendaItem } = first.json() as { agendaItem: string }
    const created = await test.payload.findByID({ collection: 'agenda-items', id: agendaItem, draft: true, depth: 0 })
    expect(created).toMatchObject({
      title: 'Handlingsplan psykisk hälsa',
      meeting: target.id,
      number: '1',
      handling: ['information'],
      durationMinutes: 20,
      _status: 'draft',
    })

    const again = await http.api('POST', `/plan-items/${item.id}/promote`, { headers: headers.sekreterare })
    expect(again.status).toBe(200)
    expect(again.json()).toEqual({ agendaItem, created: false })
    const items = await test.payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: target.id } },
      draft: true,
    })
    expect(items.totalDocs).toBe(1)
    expect(await test.payload.findByID({ collection: 'plan-items', id: item.id, depth: 0 })).toMatchObject({
      agendaItem,
      status: 'pa_dagordningen',
    })
    // The draft agenda item is not public.
    const anonymous = await http.api('GET', `/agenda-items/${agendaItem}`)
    expect(anonymous.status).toBe(404)
  })

  it('says what is wrong, in Swedish', async () => {
    const withoutMeeting = await planItem({ period: '2027-Q2' })
    const response = await http.api('POST', `/plan-items/${withoutMeeting.id}/promote`, {
      headers: headers.sekreterare,
    })
    expect(response.status).toBe(400)
    expect(response.text).toContain('Punkten har inget möte än')
    expect(
      (await http.api('POST', `/plan-items/${withoutMeeting.id}/promote`, { headers: headers.kommunikator })).status,
    ).toBe(403)
    expect((await http.api('POST', '/plan-items/finns-inte/promote', { headers: headers.sekreterare })).status).toBe(
      404,
    )
    expect((await http.api('POST', `/plan-items/${withoutMeeting.id}/promote`)).status).toBe(401)
  })
})

describe('moving and cancelling a meeting', () => {
  it('flags the plan items of a moved or cancelled meeting, not the others', async () => {
    const moved = await meeting('2027-06-03')
    const cancelled = await meeting('2027-09-23')
    const untouched = await meeting('2027-11-11')
    const a = await planItem({ meeting: moved.id })
    const b = await planItem({ meeting: cancelled.id })
    const c = await planItem({ meeting: untouched.id })
    await test.payload.update({
      collection: 'meetings',
      id: moved.id,
      data: { startsAt: '2027-06-10T11:00:00.000Z', endsAt: '2027-06-10T13:00:00.000Z' },
    })
    await test.payload.update({ collection: 'meetings', id: cancelled.id, data: { state: 'cancelled' } })
    await test.payload.update({ collection: 'meetings', id: untouched.id, data: { location: 'Vänersborg' } })
    const read = (id: string) => test.payload.findByID({ collection: 'plan-items', id, depth: 0 })
    expect(await read(a.id)).toMatchObject({
      needsAttention: true,
      attentionNote: 'Mötet har flyttats från 3 juni 2027 till 10 juni 2027.',
    })
    expect(await read(b.id)).toMatchObject({
      needsAttention: true,
      attentionNote: 'Mötet är inställt: flytta punkten till ett annat möte eller stryk den.',
    })
    expect(await read(c.id)).toMatchObject({ needsAttention: false })
  })

  it("keeps a plan item in its meeting's year, also when the meeting moves into another year", async () => {
    const december = await meeting('2027-12-16')
    const item = await planItem({ year: 2026, meeting: december.id })
    expect(item.year).toBe(2027)
    await test.payload.update({
      collection: 'meetings',
      id: december.id,
      data: { startsAt: '2028-01-13T12:00:00.000Z', endsAt: '2028-01-13T14:00:00.000Z' },
    })
    expect(await test.payload.findByID({ collection: 'plan-items', id: item.id, depth: 0 })).toMatchObject({
      year: 2028,
      needsAttention: true,
    })
    const plan = await loadYearPlan(test.payload, test.payload.config.custom?.arshjul as ArshjulOptions, {
      year: 2028,
      asVisitor: false,
    })
    expect(buildGrid(plan).rows.flatMap((row) => row.cells.flat().map((entry) => entry.id))).toContain(item.id)
  })
})

describe('what the public sees', () => {
  it('shows plans of published meetings only, without the staff flags', async () => {
    const draftMeeting = await meeting('2027-02-11', 'draft')
    const published = await meeting('2027-04-15')
    const hidden = await planItem({ meeting: draftMeeting.id, title: 'HEMLIG-PLAN' })
    const shown = await planItem({ meeting: published.id, title: 'Synlig plan' })
    const anonymous = await http.api('GET', '/plan-items?limit=100')
    expect(anonymous.text).toContain('Synlig plan')
    expect(anonymous.text).not.toContain('HEMLIG-PLAN')
    expect(anonymous.text).not.toContain('needsAttention')
    expect((await http.api('GET', `/plan-items/${hidden.id}`)).status).toBe(404)
    const graphql = await http.graphql('{ PlanItems(limit: 100) { docs { title } } }')
    expect(graphql.text).toContain('Synlig plan')
    expect(graphql.text).not.toContain('HEMLIG-PLAN')

    // Publishing the meeting publishes its plan.
    await test.payload.update({ collection: 'meetings', id: draftMeeting.id, data: { _status: 'published' } })
    expect((await http.api('GET', `/plan-items/${hidden.id}`)).status).toBe(200)
    const options = test.payload.config.custom?.arshjul as ArshjulOptions
    const plan = await loadYearPlan(test.payload, options, { year: 2027, asVisitor: true })
    expect(plan.items.map((item) => item.id)).toEqual(expect.arrayContaining([shown.id, hidden.id]))
  })

  it('shows an item without a meeting (a month or quarter) only when staff ticked "Visa publikt"', async () => {
    const quiet = await planItem({ period: '2027-01', title: 'INTERN-STUDIERESA' })
    const open = await planItem({ period: '2027-Q3', title: 'Publik hearing', isPublic: true })
    expect((await http.api('GET', `/plan-items/${quiet.id}`)).status).toBe(404)
    expect((await http.api('GET', `/plan-items/${open.id}`)).status).toBe(200)
    const options = test.payload.config.custom?.arshjul as ArshjulOptions
    const titles = (await loadYearPlan(test.payload, options, { year: 2027, asVisitor: true })).items.map(
      (item) => item.title,
    )
    expect(titles).toContain('Publik hearing')
    expect(titles).not.toContain('INTERN-STUDIERESA')
    // Ticked later: public from then on; planned onto a draft meeting: follows the meeting again.
    await test.payload.update({ collection: 'plan-items', id: quiet.id, data: { isPublic: true } })
    expect((await http.api('GET', `/plan-items/${quiet.id}`)).status).toBe(200)
    const draft = await meeting('2027-01-21', 'draft')
    await test.payload.update({ collection: 'plan-items', id: quiet.id, data: { meeting: draft.id, period: null } })
    expect((await http.api('GET', `/plan-items/${quiet.id}`)).status).toBe(404)
  })
})

describe('meeting calendar', () => {
  it('creates a year of SRO and presidium meetings once, and refuses a bad list', async () => {
    const body = JSON.stringify({ sro: ['2028-03-16', '2028-06-01'], presidium: ['2028-03-02'] })
    const post = (payload: string, auth = headers.sekreterare) =>
      http.api('POST', '/plan-items/meeting-calendar', {
        body: payload,
        headers: { ...auth, 'content-type': 'application/json' },
      })
    const first = await post(body)
    expect(first.status).toBe(200)
    expect(first.json()).toEqual({
      created: ['Presidieavstämning 2028-03-02', 'SRO 2028-03-16', 'SRO 2028-06-01'],
      existing: [],
    })
    expect((await post(body)).json()).toEqual({
      created: [],
      existing: ['Presidieavstämning 2028-03-02', 'SRO 2028-03-16', 'SRO 2028-06-01'],
    })
    const march = (await test.payload.find({ collection: 'meetings', where: { slug: { equals: '2028-03-16' } } }))
      .docs[0]
    expect(march).toMatchObject({ startsAt: '2028-03-16T12:00:00.000Z', kind: 'ordinarie', state: 'planned' })
    const bad = await post(JSON.stringify({ sro: ['16 mars 2028'] }))
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('Datum skrivs ÅÅÅÅ-MM-DD.')
    expect((await post(body, headers.kommunikator)).status).toBe(403)
  })
})

describe('the 2026 årshjul of the 2025-11-13 document', () => {
  it("is entered by the seed and gives the document's grid, once", async () => {
    await seedArshjul2026(test.payload)
    expect(await seedArshjul2026(test.payload)).toBe(0)
    const options = test.payload.config.custom?.arshjul as ArshjulOptions
    const plan = await loadYearPlan(test.payload, options, { year: 2026, asVisitor: true })
    const grid = buildGrid({ year: 2026, meetings: plan.meetings, themes: plan.themes, items: plan.items })
    // The study trip has no meeting: it stands in a "januari 2026" column, public because the seed ticked it.
    expect(grid.columns.map((column) => column.label)).toEqual([
      'januari 2026',
      '19 mars 2026',
      '4 juni 2026',
      '24 september 2026',
      '12 november 2026',
    ])
    const rows = grid.rows.filter((row) => row.theme?.name !== 'Psykisk hälsa' || row.cells.some((cell) => cell.length))
    expect(
      rows.map((row) => `${row.theme?.name}: ${row.cells.map((cell) => (cell.length ? 'x' : '.')).join('')}`),
    ).toEqual([
      'Psykisk hälsa: .x..x',
      'Dialog om aktuella ärenden: xxxxx',
      'Hjälpmedelsförsörjning: .x.x.',
      'Uppföljning god och nära vård: .x...',
      'Processen för nytt hälso- och sjukvårdsavtal: .xxxx',
      'Vårdinformationssystem: .xxxx',
    ])
  })
})
