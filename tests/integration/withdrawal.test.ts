/**
 * What goes public can be taken back: a document stays public only while a public item of a published kallelse lists
 * it, and nothing in the trash is public — also when a visitor asks for the trash (`?trash=true`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPdf } from '@/seed/content'
import type { Attachment, Meeting } from '@/payload-types'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

let test: TestPayload
let http: typeof Http
let staffHeaders: Record<string, string>
const context = { disableRevalidate: true }

beforeAll(async () => {
  test = await startTestPayload()
  await createRoleUsers(test.payload)
  http = await import('../helpers/http')
  staffHeaders = await http.loginHeaders('sekreterare@test.example', TEST_PASSWORD)
})
afterAll(async () => test?.cleanup())

async function upload(title: string): Promise<Attachment> {
  const data = demoPdf(title)
  return test.payload.create({
    collection: 'attachments',
    context,
    data: { title, category: 'bilaga' },
    file: { data, mimetype: 'application/pdf', name: `${title}.pdf`, size: data.length },
  })
}

let day = 0
async function publishedMeeting(): Promise<Meeting> {
  day += 1
  return test.payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: `2026-04-${String(day).padStart(2, '0')}T07:00:00.000Z`,
      startsAt_tz: 'Europe/Stockholm',
      publication: { isNoticePublished: true },
      _status: 'published',
    },
  })
}

async function publicItem(meeting: Meeting, attachments: string[], order = 10) {
  return test.payload.create({
    collection: 'agenda-items',
    context,
    data: {
      meeting: meeting.id,
      number: String(order / 10),
      order,
      title: `Punkt ${order}`,
      attachments,
      _status: 'published',
    },
  })
}

/** Whether an anonymous visitor can read the document's record and download its file. */
async function isPublic(file: Attachment): Promise<boolean> {
  const record = await http.api('GET', `/attachments/${file.id}`)
  const download = await http.api('GET', `/attachments/file/${encodeURIComponent(file.filename!)}`)
  expect(record.status === 200, `record ${record.status} and file ${download.status} disagree`).toBe(
    download.status === 200,
  )
  return record.status === 200
}

describe('documents of a meeting', () => {
  it('are withdrawn when the kallelse or the meeting is unpublished, and released again when it is republished', async () => {
    const file = await upload('Underlag kallelse')
    const meeting = await publishedMeeting()
    await publicItem(meeting, [file.id])
    expect(await isPublic(file)).toBe(true)

    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isNoticePublished: false } },
    })
    expect(await isPublic(file)).toBe(false)
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isNoticePublished: true } },
    })
    expect(await isPublic(file)).toBe(true)

    // Unpublishing the meeting as a whole.
    await test.payload.update({ collection: 'meetings', id: meeting.id, context, data: { _status: 'draft' } })
    expect(await isPublic(file)).toBe(false)
    await test.payload.update({ collection: 'meetings', id: meeting.id, context, data: { _status: 'published' } })
    expect(await isPublic(file)).toBe(true)

    // Trashed: withdrawn; restored as published: released again.
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { deletedAt: new Date().toISOString() },
    })
    expect(await isPublic(file)).toBe(false)
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      trash: true,
      data: { deletedAt: null, _status: 'published' },
    })
    expect(await isPublic(file)).toBe(true)

    // A draft saved on top of the published meeting leaves the public version, and its documents, as they were.
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      draft: true,
      data: { location: 'Nytt rum', _status: 'draft' },
    })
    expect(await isPublic(file)).toBe(true)
  })

  it('stay public while another public item lists them, and are withdrawn with the last one', async () => {
    const file = await upload('Gemensamt underlag')
    const meeting = await publishedMeeting()
    const first = await publicItem(meeting, [file.id], 10)
    const second = await publicItem(meeting, [file.id], 20)
    expect(await isPublic(file)).toBe(true)

    await test.payload.update({ collection: 'agenda-items', id: first.id, context, data: { attachments: [] } })
    expect(await isPublic(file)).toBe(true)
    await test.payload.update({ collection: 'agenda-items', id: second.id, context, data: { isPublic: false } })
    expect(await isPublic(file)).toBe(false)
    await test.payload.update({ collection: 'agenda-items', id: second.id, context, data: { isPublic: true } })
    expect(await isPublic(file)).toBe(true)
    await test.payload.update({
      collection: 'agenda-items',
      id: second.id,
      context,
      data: { deletedAt: new Date().toISOString() },
    })
    expect(await isPublic(file)).toBe(false)
    await test.payload.update({
      collection: 'agenda-items',
      id: second.id,
      context,
      trash: true,
      data: { deletedAt: null },
    })
    expect(await isPublic(file)).toBe(true)
    await test.payload.delete({ collection: 'agenda-items', id: second.id, context, trash: true })
    expect(await isPublic(file)).toBe(false)
  })
})

describe('the source document of an imported meeting', () => {
  it('is public with its stage: the minutes document once the minutes are published', async () => {
    const minutesFile = await upload('Mötesanteckning källa')
    await test.payload.update({
      collection: 'attachments',
      id: minutesFile.id,
      context,
      data: { category: 'motesanteckning' },
    })
    const meeting = await publishedMeeting()
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { sourceDocument: minutesFile.id },
    })
    expect(await isPublic(minutesFile)).toBe(false)
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isMinutesPublished: true } },
    })
    expect(await isPublic(minutesFile)).toBe(true)
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isMinutesPublished: false } },
    })
    expect(await isPublic(minutesFile)).toBe(false)
  })
})

describe('the trash', () => {
  it('is not public, also when a visitor asks for it; staff still see it', async () => {
    const file = await upload('Papperskorgsdokument')
    const meeting = await publishedMeeting()
    const item = await publicItem(meeting, [file.id])
    expect(await isPublic(file)).toBe(true)
    const trashed = new Date().toISOString()
    await test.payload.update({ collection: 'attachments', id: file.id, context, data: { deletedAt: trashed } })
    await test.payload.update({ collection: 'meetings', id: meeting.id, context, data: { deletedAt: trashed } })

    for (const [collection, id] of [
      ['meetings', meeting.id],
      ['agenda-items', item.id],
      ['attachments', file.id],
    ] as const) {
      for (const query of ['', '?trash=true', `?trash=true&where[deletedAt][exists]=true`]) {
        const list = await http.api('GET', `/${collection}${query}`)
        expect(list.status, `/${collection}${query}`).toBe(200)
        expect(list.text, `/${collection}${query}`).not.toContain(id)
      }
      expect((await http.api('GET', `/${collection}/${id}?trash=true`)).status).toBe(404)
      const staff = await http.api('GET', `/${collection}/${id}?trash=true`, { headers: staffHeaders })
      expect(staff.status, `staff: /${collection}/${id}`).toBe(200)
    }
    const graphql = await http.graphql(
      '{ Meetings(trash: true) { docs { id } } AgendaItems(trash: true) { docs { id } } Attachments(trash: true) { docs { id } } }',
    )
    expect(graphql.status).toBe(200)
    for (const id of [meeting.id, item.id, file.id]) expect(graphql.text).not.toContain(id)
  })
})

describe('decisions, assignments and progress notes', () => {
  it('leave the public with the item, decision or assignment they belong to when that goes to the trash', async () => {
    const meeting = await publishedMeeting()
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isMinutesPublished: true } },
    })
    const item = await publicItem(meeting, [])
    const decision = await test.payload.create({
      collection: 'decisions',
      context,
      data: {
        agendaItem: item.id,
        number: 1,
        kind: 'ger_i_uppdrag',
        text: 'SRO ger beredningen i uppdrag att återkomma.',
      },
    })
    const assignment = await test.payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Återkomma med förslag',
        decision: decision.id,
        due: { kind: 'date', date: '2026-06-30' },
        status: 'in_progress',
      },
    })
    const note = await test.payload.create({
      collection: 'progress-notes',
      context,
      data: { assignment: assignment.id, date: '2026-05-01', text: 'Arbetet pågår.' },
    })
    const visible = async () => {
      const paths = [`/decisions/${decision.id}`, `/assignments/${assignment.id}`, `/progress-notes/${note.id}`]
      return Promise.all(paths.map(async (path) => (await http.api('GET', path)).status === 200))
    }
    expect(await visible()).toEqual([true, true, true])

    const trash = (collection: 'agenda-items' | 'decisions' | 'assignments', id: string, deletedAt: string | null) =>
      test.payload.update({ collection, id, context, trash: true, data: { deletedAt } })
    await trash('agenda-items', item.id, new Date().toISOString())
    expect(await visible()).toEqual([false, false, false])
    await trash('agenda-items', item.id, null)
    await trash('decisions', decision.id, new Date().toISOString())
    expect(await visible()).toEqual([false, false, false])
    await trash('decisions', decision.id, null)
    await trash('assignments', assignment.id, new Date().toISOString())
    expect(await visible()).toEqual([true, false, false])
    await trash('assignments', assignment.id, null)
    expect(await visible()).toEqual([true, true, true])
  })
})
