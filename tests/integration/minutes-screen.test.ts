/**
 * POST /api/protokollfor/:id, the minutes screen's "Spara": every part in one transaction, rights as WRITE_RIGHTS
 * says, conflicts with someone else's later save, and bad input refused in Swedish with nothing written.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stockholmInstant } from '@/domain/time'
import { relationId } from '@/lib/relations'
import type { MinutesSheet, SaveResponse } from '@/minutes/types'
import type { Meeting, Person, User } from '@/payload-types'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let payload: Payload
let http: typeof Http
let users: Record<string, User>
const headers: Record<string, Record<string, string>> = {}
const context = { disableRevalidate: true }
const at = (date: string, time: string) => stockholmInstant({ date, time }).toISOString()
let meeting: Meeting
let june: Meeting
let anna: Person
let bo: Person
let cecilia: Person
let itemId: string

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  users = await createRoleUsers(payload)
  http = await import('../helpers/http')
  for (const role of ['admin', 'sekreterare', 'beredning', 'kommunikator'])
    headers[role] = await http.loginHeaders(`${role}@test.example`, TEST_PASSWORD)
  const person = (name: string) =>
    payload.create({ collection: 'people', context, data: { name, kind: 'politiker' } as Person })
  anna = await person('Anna Andersson')
  bo = await person('Bo Berg')
  cecilia = await person('Cecilia Ersättare')
  const called = (p: Person, isSubstitute = false) => ({
    name: p.name,
    person: p.id,
    side: 'vgk' as const,
    group: 'kommunpolitiker' as const,
    isSubstitute,
  })
  meeting = await payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: at('2026-09-24', '13:00'),
      startsAt_tz: 'Europe/Stockholm',
      endsAt: at('2026-09-24', '15:00'),
      called: [called(anna), called(bo), called(cecilia, true)],
      publication: { isNoticePublished: true },
      _status: 'published',
    },
  })
  june = await payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: at('2027-06-10', '13:00'),
      startsAt_tz: 'Europe/Stockholm',
      _status: 'published',
    },
  })
  const item = await payload.create({
    collection: 'agenda-items',
    context,
    data: { meeting: meeting.id, number: '4', title: 'Handlingsplan psykisk hälsa', order: 40, _status: 'published' },
  })
  itemId = item.id
  await payload.create({
    collection: 'agenda-items',
    context,
    data: { meeting: meeting.id, number: '1', title: 'Mötets öppnande', order: 10, _status: 'published' },
  })
})
afterAll(async () => test?.cleanup())

const save = (body: unknown, role = 'sekreterare', id = meeting.id) =>
  http.api('POST', `/protokollfor/${id}`, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(headers[role] ?? {}) },
  })

async function sheet(): Promise<MinutesSheet> {
  const { loadMinutesSheet } = await import('@/minutes/load')
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({ user: { ...users.sekreterare!, collection: 'users' } }, payload)
  return (await loadMinutesSheet(req, meeting.id))!
}

/** The form's values as loaded, with one item changed by `edit`. */
async function formWith(edit: (body: ReturnType<typeof toBody>) => void, from?: MinutesSheet) {
  const body = toBody(from ?? (await sheet()))
  edit(body)
  return body
}

function toBody(loaded: MinutesSheet) {
  return {
    stamp: loaded.stamp,
    attendance: loaded.attendance.map(({ personId, status, substituteId, from, note }) => ({
      personId,
      status,
      substituteId,
      from,
      note,
    })),
    items: loaded.items.map((item) => ({
      id: item.id,
      positionTaken: item.positionTaken,
      notes: item.notes,
      decisions: item.decisions.map((decision) => ({ ...decision })),
    })),
  } as {
    stamp: string
    publish?: boolean
    force?: boolean
    attendance: Array<Record<string, unknown>>
    items: Array<{
      id: string
      positionTaken: string
      notes: string
      decisions: Array<{
        id: string | null
        number: number | string
        kind: string
        text: string
        assignments: Array<{ id: string | null; title: string; assigneeText: string; dueText: string }>
      }>
    }>
  }
}

const counts = async () => ({
  decisions: (await payload.count({ collection: 'decisions' })).totalDocs,
  assignments: (await payload.count({ collection: 'assignments' })).totalDocs,
})

describe('the minutes screen data', () => {
  it('should list items in agenda order and every called person as present', async () => {
    const loaded = await sheet()
    expect(loaded.items.map((item) => item.number)).toEqual(['1', '4'])
    expect(loaded.attendance.map((row) => [row.name, row.status])).toEqual([
      ['Anna Andersson', 'present'],
      ['Bo Berg', 'present'],
      ['Cecilia Ersättare', 'present'],
    ])
    expect(loaded.substitutes).toEqual([{ id: cecilia.id, name: 'Cecilia Ersättare' }])
  })
})

describe('POST /api/protokollfor/:id', () => {
  it('should refuse anonymous visitors, kommunikatör and beredning, and write nothing', async () => {
    const body = await formWith((form) => {
      form.items[1]!.positionTaken = 'Får inte sparas'
    })
    expect((await save(body, 'anonymous')).status).toBe(401)
    for (const role of ['kommunikator', 'beredning']) {
      const response = await save(body, role)
      expect(response.status).toBe(403)
      expect((response.json() as { error: string }).error).toContain('Din roll får inte föra mötesanteckningar')
    }
    expect((await sheet()).items[1]!.positionTaken).toBe('')
  })

  it('should refuse malformed input in Swedish, by field, and write nothing', async () => {
    const before = await counts()
    const body = await formWith((form) => {
      form.items[1]!.positionTaken = 'SRO ställer sig bakom handlingsplanen.'
      form.items[1]!.decisions.push({
        id: null,
        number: 1,
        kind: 'ger_i_uppdrag',
        text: '   ',
        assignments: [{ id: null, title: '', assigneeText: '', dueText: '' }],
      })
      form.attendance[0] = { ...form.attendance[0], status: 'substituted', substituteId: null, from: '25.99' }
    })
    const response = await save(body)
    expect(response.status).toBe(400)
    const json = response.json() as Extract<SaveResponse, { ok: false }>
    expect(json.error).toBe('Mötesanteckningen sparades inte: kontrollera de markerade fälten.')
    expect(json.fieldErrors).toMatchObject({
      'items.1.decisions.0.text': 'Skriv beslutstexten.',
      'items.1.decisions.0.assignments.0.title': 'Skriv uppdraget i korthet.',
      'attendance.0.substituteId': 'Välj vem som ersätter.',
      'attendance.0.from': 'Ange tid som 13.30.',
    })
    expect(await counts()).toEqual(before)
    expect((await sheet()).items[1]!.positionTaken).toBe('')

    const broken = await save('{"stamp": "x", "items": [')
    expect(broken.status).toBe(400)
    expect((broken.json() as { error: string }).error).toContain('ogiltig JSON')
    const wrongTypes = await save({ stamp: 1, attendance: 'alla', items: [], extra: true })
    expect(wrongTypes.status).toBe(400)
    const messages = Object.values((wrongTypes.json() as { fieldErrors: Record<string, string> }).fieldErrors)
    expect(messages.join(' ')).toMatch(/Ogiltig|förväntade|Okänd/i)
    const huge = await save({ stamp: '', attendance: [], items: [], padding: 'x'.repeat(600 * 1024) })
    expect(huge.status).toBe(413)
  })

  it('should write attendance, position, decision and assignment in one save', async () => {
    const body = await formWith((form) => {
      form.attendance[1] = { ...form.attendance[1], status: 'substituted', substituteId: cecilia.id, from: '13.30' }
      form.items[1]!.positionTaken = 'SRO ställer sig bakom handlingsplanen.'
      form.items[1]!.notes = 'Dialog om statsbidragen.'
      form.items[1]!.decisions.push({
        id: null,
        number: 1,
        kind: 'ger_i_uppdrag',
        text: 'SRO ger beredningen i uppdrag att återkomma.',
        assignments: [
          {
            id: null,
            title: 'Återkomma om statsbidragen',
            assigneeText: 'Beredningen',
            dueText: 'till mötet i juni 2027',
          },
        ],
      })
    })
    const response = await save(body)
    expect(response.status).toBe(200)
    const json = response.json() as Extract<SaveResponse, { ok: true }>
    expect(json.sheet.items[1]!.decisions[0]!.assignments[0]!.dueText).toBe('till mötet i juni 2027')

    const stored = await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
    expect(stored.attendance).toMatchObject([
      { person: bo.id, status: 'substituted', substitute: cecilia.id, note: 'från 13.30' },
    ])
    const item = await payload.findByID({ collection: 'agenda-items', id: itemId, depth: 0 })
    const { richTextToPlainText } = await import('@/richtext')
    expect(richTextToPlainText(item.positionTaken)).toBe('SRO ställer sig bakom handlingsplanen.')
    const { docs: decisions } = await payload.find({
      collection: 'decisions',
      where: { agendaItem: { equals: itemId } },
    })
    expect(decisions.map((decision) => [decision.kind, relationId(decision.meeting)])).toEqual([
      ['ger_i_uppdrag', meeting.id],
    ])
    const { docs: assignments } = await payload.find({ collection: 'assignments', depth: 0 })
    expect(assignments[0]).toMatchObject({ title: 'Återkomma om statsbidragen', assigneeText: 'Beredningen' })
    // "till mötet i juni 2027" is the meeting planned in June 2027.
    expect(assignments[0]!.due).toMatchObject({ kind: 'meeting', meeting: june.id, meetingDate: '2027-06-10' })
  })

  it('should roll back every part when one part fails', async () => {
    const before = await counts()
    const loaded = await sheet()
    const body = await formWith((form) => {
      form.items[1]!.positionTaken = 'Ändrad ställning som inte ska sparas.'
      form.items[1]!.decisions.push({
        id: null,
        number: 2,
        kind: 'beslutar',
        text: 'Ett andra beslut.',
        assignments: [],
      })
      // Passes the form's checks, fails the collection's: a decision kind that does not exist.
      form.items[1]!.decisions.push({ id: null, number: 3, kind: 'finns_inte', text: 'Fel typ.', assignments: [] })
    }, loaded)
    const response = await save(body)
    expect(response.status).toBe(400)
    const json = response.json() as Extract<SaveResponse, { ok: false }>
    expect(Object.keys(json.fieldErrors ?? {})[0]).toMatch(/^items\.1\.decisions\.2\./)
    expect(await counts()).toEqual(before)
    expect((await sheet()).items[1]!.positionTaken).toBe('SRO ställer sig bakom handlingsplanen.')
  })

  it('should warn with the name and time of someone who saved since the page was loaded, and not overwrite', async () => {
    const mine = await sheet()
    // The admin saves first, from the same screen.
    const theirs = await formWith((form) => {
      form.items[0]!.notes = 'Admin var först.'
    }, mine)
    expect((await save(theirs, 'admin')).status).toBe(200)
    const body = await formWith((form) => {
      form.items[0]!.notes = 'Sekreteraren skriver över.'
    }, mine)
    const response = await save(body)
    expect(response.status).toBe(409)
    const json = response.json() as Extract<SaveResponse, { ok: false }>
    expect(json.error).toBe('admin har ändrat mötet sedan du öppnade sidan. Ingenting har sparats.')
    expect(json.conflict?.name).toBe('admin')
    expect(Date.parse(json.conflict!.at)).toBeGreaterThan(Date.parse(mine.stamp.split('|')[1]!))
    expect((await sheet()).items[0]!.notes).toBe('Admin var först.')

    // A save elsewhere (the item's own edit view) is a conflict too.
    const fresh = await sheet()
    await payload.update({ collection: 'agenda-items', id: itemId, context, data: { title: 'Ny rubrik' } })
    const stale = await save(await formWith((form) => void (form.items[0]!.notes = 'x'), fresh))
    expect(stale.status).toBe(409)

    // Saving over it is an explicit choice.
    const forced = await save({
      ...(await formWith((form) => void (form.items[0]!.notes = 'Medvetet.'), fresh)),
      force: true,
    })
    expect(forced.status).toBe(200)
    expect((await sheet()).items[0]!.notes).toBe('Medvetet.')
  })

  it('should publish the minutes, but not before the meeting has started', async () => {
    const future = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: at('2027-03-18', '13:00'),
        startsAt_tz: 'Europe/Stockholm',
        publication: { isNoticePublished: true },
        _status: 'published',
      },
    })
    const { loadMinutesSheet } = await import('@/minutes/load')
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: { ...users.sekreterare!, collection: 'users' } }, payload)
    const early = toBody((await loadMinutesSheet(req, future.id))!)
    const refused = await save({ ...early, publish: true }, 'sekreterare', future.id)
    expect(refused.status).toBe(400)
    expect(Object.values((refused.json() as { fieldErrors: Record<string, string> }).fieldErrors)).toContain(
      'Mötesanteckningen kan inte publiceras innan mötet har börjat.',
    )

    const response = await save({ ...(await formWith(() => undefined)), publish: true })
    expect(response.status).toBe(200)
    const published = await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
    expect(published.publication?.isMinutesPublished).toBe(true)
    // The public now reads the decision.
    const publicDecisions = await payload.find({
      collection: 'decisions',
      overrideAccess: false,
      where: { meeting: { equals: meeting.id } },
    })
    expect(publicDecisions.totalDocs).toBe(1)
  })
})
