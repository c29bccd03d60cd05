/**
 * The lists staff read in the admin, on a real database: one status per meeting saying what the public sees,
 * agenda items in agenda order, and every date field shown as 2027-03-18 or 2027-03-18 13:00 (24-hour).
 */
import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stockholmInstant } from '@/domain/time'
import type { Meeting, User } from '@/payload-types'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { createRoleUsers } from '../helpers/users'

let test: TestPayload
let payload: Payload
let staff: User
const context = { disableRevalidate: true }
const at = (date: string, time: string) => stockholmInstant({ date, time }).toISOString()

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  staff = (await createRoleUsers(payload)).beredning
})
afterAll(async () => test?.cleanup())

const meetingData = (date: string) => ({
  body: 'SRO',
  kind: 'ordinarie' as const,
  state: 'planned' as const,
  startsAt: at(date, '13:00'),
  startsAt_tz: 'Europe/Stockholm' as const,
})

/** As the admin's list reads: the latest version (drafts included), as a logged-in staff member. */
const statusInList = async (id: string) =>
  (await payload.findByID({ collection: 'meetings', id, draft: true, user: staff, overrideAccess: false, context }))
    .publicStatus

describe('meeting status in the staff list', () => {
  it('should say a never-published meeting is not seen by the public', async () => {
    const draft = await payload.create({
      collection: 'meetings',
      draft: true,
      context,
      data: { ...meetingData('2027-01-21'), _status: 'draft' },
    })
    expect(await statusInList(draft.id)).toBe('Ej publicerat')
  })

  it('should follow the publication stages and approval', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: { ...meetingData('2026-03-19'), _status: 'published' },
    })
    expect(await statusInList(meeting.id)).toBe('Planerat')
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { _status: 'published', publication: { isNoticePublished: true } },
    })
    expect(await statusInList(meeting.id)).toBe('Kallelse publicerad')
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { _status: 'published', publication: { isNoticePublished: true, isMinutesPublished: true } },
    })
    expect(await statusInList(meeting.id)).toBe('Mötesanteckning publicerad')
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { _status: 'published', approval: { approvedOn: at('2026-06-04', '12:00') } },
    })
    expect(await statusInList(meeting.id)).toBe('Godkänd')
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { _status: 'published', state: 'cancelled' },
    })
    expect(await statusInList(meeting.id)).toBe('Inställt')
  })

  it('should say what the published version shows while a draft is pending', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: { ...meetingData('2026-06-04'), _status: 'published', publication: { isNoticePublished: true } },
    })
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      draft: true,
      context,
      data: { _status: 'draft', state: 'cancelled' },
    })
    expect(await statusInList(meeting.id)).toBe('Kallelse publicerad')
  })

  it('should not give the status to visitors', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: { ...meetingData('2026-09-24'), _status: 'published' },
    })
    const asVisitor = await payload.findByID({ collection: 'meetings', id: meeting.id, overrideAccess: false, context })
    expect(asVisitor).not.toHaveProperty('publicStatus')
  })
})

describe('agenda items in the staff list', () => {
  it('should list items in agenda order, the newest meeting first', async () => {
    // Four meetings, so an order that only happens to match (ids are random) is unlikely.
    const dates = ['2024-03-14', '2024-06-13', '2025-08-21', '2025-11-13']
    const meetings: Meeting[] = []
    for (const date of dates)
      meetings.push(
        await payload.create({ collection: 'meetings', context, data: { ...meetingData(date), _status: 'published' } }),
      )
    // Created out of order: later items first, and the meetings interleaved.
    for (const order of [30, 10, 20]) {
      for (const meeting of [...meetings].reverse()) {
        await payload.create({
          collection: 'agenda-items',
          context,
          data: {
            meeting: meeting.id,
            number: String(order / 10),
            order,
            title: `Punkt ${order / 10}`,
            _status: 'published',
          },
        })
      }
    }
    // Without a sort, as the list opens.
    const { docs } = await payload.find({
      collection: 'agenda-items',
      draft: true,
      depth: 0,
      limit: 100,
      user: staff,
      overrideAccess: false,
      where: { meeting: { in: meetings.map((meeting) => meeting.id) } },
    })
    const dateOf = (id: unknown) => dates[meetings.findIndex((meeting) => meeting.id === id)]
    const expected = [...dates].reverse().flatMap((date) => ['1', '2', '3'].map((number) => `${date} ${number}`))
    expect(docs.map((doc) => `${dateOf(doc.meeting)} ${doc.number}`)).toEqual(expected)
  })
})

type AnyField = Field & {
  name?: string
  type: string
  hidden?: boolean
  admin?: { hidden?: boolean; disabled?: boolean; date?: { displayFormat?: string; timeFormat?: string } }
}

/** Every date field in the config, through rows, tabs, groups, arrays and blocks. */
function dateFields(fields: readonly Field[], path = ''): { path: string; field: AnyField }[] {
  return (fields as AnyField[]).flatMap((field) => {
    const here = field.name ? `${path}${field.name}` : path
    const nested =
      'fields' in field && Array.isArray(field.fields) ? dateFields(field.fields, field.name ? `${here}.` : path) : []
    const tabs =
      'tabs' in field && Array.isArray(field.tabs) ? field.tabs.flatMap((tab) => dateFields(tab.fields, path)) : []
    const blocks =
      'blocks' in field && Array.isArray(field.blocks)
        ? field.blocks.flatMap((block) => dateFields(block.fields, `${here}.`))
        : []
    // Fields the admin never shows (Payload's auth and job bookkeeping) need no format.
    if (field.hidden || field.admin?.hidden || field.admin?.disabled) return []
    return [...(field.type === 'date' ? [{ path: here, field }] : []), ...nested, ...tabs, ...blocks]
  })
}

describe('dates in the admin', () => {
  it('should show every date field of every collection and global as yyyy-MM-dd, with a 24-hour time where it has one', () => {
    const entities = [...payload.config.collections, ...payload.config.globals].filter(
      (entity) => entity.admin?.hidden !== true,
    )
    const wrong = entities.flatMap((entity) =>
      dateFields(entity.fields)
        // Payload's own timestamps use the config's admin.dateFormat (checked below).
        .filter(({ path }) => !['createdAt', 'updatedAt', 'deletedAt'].includes(path))
        .filter(({ field }) => {
          const date = field.admin?.date
          if (date?.displayFormat === 'yyyy-MM-dd') return false
          return !(date?.displayFormat === 'yyyy-MM-dd HH:mm' && date.timeFormat === 'HH:mm')
        })
        .map(({ path }) => `${entity.slug}.${path}`),
    )
    expect(wrong).toEqual([])
    expect(payload.config.admin.dateFormat).toBe('yyyy-MM-dd HH:mm')
  })
})
