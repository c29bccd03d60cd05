/** Domain rules wired into the collections, on a real database: slugs, stages, time plan, assignments, roster. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relations'
import { rosterOn } from '@/domain/roster'
import { formatTimeSlot, stockholmInstant } from '@/domain/time'
import type { Person } from '@/payload-types'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let payload: Payload
const context = { disableRevalidate: true }
const at = (date: string, time: string) => stockholmInstant({ date, time }).toISOString()

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
})
afterAll(async () => test?.cleanup())

const newMeeting = (date: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: at(date, '13:30'),
      startsAt_tz: 'Europe/Stockholm',
      endsAt: at(date, '15:30'),
      ...extra,
    },
  })

describe('meetings', () => {
  it('get a stable slug from the date, with a suffix when the date is shared, and a title', async () => {
    const first = await newMeeting('2025-08-21')
    const second = await newMeeting('2025-08-21', { kind: 'presidieavstamning' })
    expect(first.slug).toBe('2025-08-21')
    expect(first.title).toBe('SRO möte 21 augusti 2025')
    expect(second.slug).toBe('2025-08-21-2')
    const moved = await payload.update({
      collection: 'meetings',
      id: first.id,
      context,
      data: { startsAt: at('2025-08-22', '13:30'), endsAt: at('2025-08-22', '15:30') },
    })
    expect(moved.slug).toBe('2025-08-21')
    expect(moved.title).toBe('SRO möte 22 augusti 2025')
  })

  it('refuse minutes before the kallelse and stamp each stage with its own date', async () => {
    const meeting = await newMeeting('2025-11-13')
    const refused = await payload
      .update({
        collection: 'meetings',
        id: meeting.id,
        context,
        data: { publication: { isNoticePublished: false, isMinutesPublished: true } },
      })
      .then(
        () => null,
        (error: { data?: { errors?: { message: string }[] } }) => error,
      )
    expect(refused?.data?.errors?.map((error) => error.message)).toEqual([
      'Mötesanteckningen kan inte publiceras innan kallelsen är publicerad.',
    ])
    const notice = await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isNoticePublished: true } },
    })
    expect(notice.publication?.noticePublishedAt).toBeTruthy()
    expect(notice.publication?.minutesPublishedAt ?? null).toBeNull()
    const minutes = await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isNoticePublished: true, isMinutesPublished: true } },
    })
    expect(minutes.publication?.noticePublishedAt).toBe(notice.publication?.noticePublishedAt)
    expect(minutes.publication?.minutesPublishedAt).toBeTruthy()
  })

  it('can be trashed by beredning and restored, but deleted for good only by an admin', async () => {
    const meeting = await newMeeting('2025-12-11')
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { deletedAt: new Date().toISOString() },
      trash: true,
    })
    expect((await payload.find({ collection: 'meetings', where: { id: { equals: meeting.id } } })).totalDocs).toBe(0)
    expect(
      (await payload.find({ collection: 'meetings', where: { id: { equals: meeting.id } }, trash: true })).totalDocs,
    ).toBe(1)
    await payload.update({ collection: 'meetings', id: meeting.id, context, data: { deletedAt: null }, trash: true })
    expect((await payload.find({ collection: 'meetings', where: { id: { equals: meeting.id } } })).totalDocs).toBe(1)
  })
})

describe('public meeting lists', () => {
  it('carry the date of the meeting that approved the minutes, for the badge', async () => {
    // Minutes exist only for a meeting that has started (issue 15): both meetings lie in the past.
    const approving = await newMeeting('2026-02-12', { publication: { isNoticePublished: true }, _status: 'published' })
    const held = await newMeeting('2026-01-15', {
      state: 'held',
      publication: { isNoticePublished: true, isMinutesPublished: true },
      approval: { approvedAtMeeting: approving.id },
      _status: 'published',
    })
    const { listMeetings, startPageMeetings } = await import('@/lib/public/meetings')
    const listed = (await listMeetings({ year: 2026, page: 1 })).docs.find((meeting) => meeting.id === held.id)
    expect(listed?.approval?.approvedAtMeeting).toMatchObject({ id: approving.id, startsAt: approving.startsAt })
    const start = await startPageMeetings(new Date('2026-01-21T12:00:00Z'))
    expect(start.latestMinutes.find((meeting) => meeting.id === held.id)?.approval?.approvedAtMeeting).toMatchObject({
      startsAt: approving.startsAt,
    })
  })
})

describe('agenda items', () => {
  it('show the computed time slot of the 2025-08-21 kallelse and flag overruns', async () => {
    const meeting = await newMeeting('2025-08-28')
    const items: [string, number, Record<string, unknown>][] = [
      ['1', 10, {}],
      ['4', 40, { durationMinutes: 40, startOverride: '13:35' }],
      ['5', 50, { durationMinutes: 10 }],
      ['', 55, { durationMinutes: 10, isPause: true, title: 'Paus' }],
      ['6', 60, { durationMinutes: 10 }],
      ['7', 70, { durationMinutes: 70 }],
    ]
    const ids: string[] = []
    for (const [number, order, extra] of items) {
      const item = await payload.create({
        collection: 'agenda-items',
        context,
        data: { meeting: meeting.id, number: number || 'paus', order, title: `Punkt ${number}`, ...extra },
      })
      ids.push(item.id)
    }
    const { docs } = await payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: meeting.id } },
      sort: 'order',
    })
    expect(docs.map((doc) => (doc.timeSlot ? formatTimeSlot(doc.timeSlot) : null))).toEqual([
      null,
      '13.35–14.15',
      '14.15–14.25',
      '14.25–14.35',
      '14.35–14.45',
      '14.45–15.55 (efter mötets sluttid)',
    ])
  })
})

describe('decisions and assignments', () => {
  it('copy the meeting from their item and derive the status from the due meeting', async () => {
    const given = await newMeeting('2025-09-18')
    const dueAt = await newMeeting('2025-11-20')
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: given.id, number: '9', order: 90, title: 'Gemensamma digitaliseringsfrågor' },
    })
    const decision = await payload.create({
      collection: 'decisions',
      context,
      data: {
        agendaItem: item.id,
        number: 1,
        kind: 'ger_i_uppdrag',
        text: 'Regiondirektören och Västkoms direktör får i uppdrag …',
      },
    })
    expect(relationId(decision.meeting)).toBe(given.id)
    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Former och forum för digitaliseringsfrågor',
        decision: decision.id,
        due: { kind: 'meeting', meeting: dueAt.id },
        status: 'open',
      },
    })
    expect(relationId(assignment.meeting)).toBe(given.id)
    expect(relationId(assignment.agendaItem)).toBe(item.id)
    expect(assignment.due.meetingDate).toBe('2025-11-20')
    // Today (2026-11-22 or later) is past the due meeting.
    expect(assignment.displayStatus).toBe('overdue')
    const reported = await payload.update({
      collection: 'assignments',
      id: assignment.id,
      context,
      data: { reportedBackIn: item.id },
    })
    expect(reported.displayStatus).toBe('reported_back')
  })

  it('move with their item when it is moved to another meeting, progress notes too', async () => {
    const first = await newMeeting('2025-12-11')
    const later = await newMeeting('2026-02-12')
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: first.id, number: '4', order: 40, title: 'Bordlagd fråga' },
    })
    const decision = await payload.create({
      collection: 'decisions',
      context,
      data: { agendaItem: item.id, number: 1, kind: 'ger_i_uppdrag', text: 'SRO ger … i uppdrag' },
    })
    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Ta fram underlag',
        decision: decision.id,
        due: { kind: 'date', date: '2026-06-30' },
        status: 'open',
      },
    })
    const note = await payload.create({
      collection: 'progress-notes',
      context,
      data: { assignment: assignment.id, date: '2026-01-10', text: 'Påbörjat.' },
    })
    await payload.update({ collection: 'agenda-items', id: item.id, context, data: { meeting: later.id } })
    for (const [collection, id] of [
      ['decisions', decision.id],
      ['assignments', assignment.id],
      ['progress-notes', note.id],
    ] as const) {
      const stored = await payload.findByID({ collection, id, depth: 0 })
      expect(relationId(stored.meeting), collection).toBe(later.id)
    }
  })

  it('refuse a month written the wrong way, in Swedish', async () => {
    const meeting = await newMeeting('2025-10-16')
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: meeting.id, number: '1', order: 1, title: 'x' },
    })
    const decision = await payload.create({
      collection: 'decisions',
      context,
      data: { agendaItem: item.id, number: 1, kind: 'ger_i_uppdrag', text: 'x' },
    })
    await expect(
      payload.create({
        collection: 'assignments',
        context,
        data: { title: 'x', decision: decision.id, due: { kind: 'month', month: 'juni 2026' }, status: 'open' },
      }),
    ).rejects.toThrow(/ogiltigt|Ange månad/i)
  })
})

describe('roster', () => {
  it('is read from memberships valid on the meeting day', async () => {
    const person = async (name: string, party?: Person['party']) =>
      payload.create({ collection: 'people', context, data: { name, party, kind: 'politiker' } })
    const helen = await person('Helen Eliasson', 'S')
    const marina = await person('Marina Johansson', 'S')
    const former = await person('Tidigare Ledamot', 'M')
    await payload.create({
      collection: 'memberships',
      context,
      data: {
        body: 'SRO',
        person: helen.id,
        side: 'vgr',
        group: 'regionpolitiker',
        role: 'ordforande',
        startDate: '2023-01-01',
      },
    })
    await payload.create({
      collection: 'memberships',
      context,
      data: {
        body: 'SRO',
        person: marina.id,
        side: 'vgk',
        group: 'kommunpolitiker',
        role: 'vice_ordforande',
        startDate: '2023-01-01',
      },
    })
    await payload.create({
      collection: 'memberships',
      context,
      data: {
        body: 'SRO',
        role: 'ledamot',
        person: former.id,
        side: 'vgk',
        group: 'kommunpolitiker',
        startDate: '2019-01-01',
        endDate: '2022-12-31',
      },
    })
    await expect(
      payload.create({
        collection: 'memberships',
        context,
        data: {
          body: 'SRO',
          role: 'ledamot',
          person: former.id,
          side: 'vgk',
          group: 'kommunpolitiker',
          startDate: '2024-01-01',
          endDate: '2023-01-01',
        },
      }),
    ).rejects.toThrow()
    const { docs } = await payload.find({ collection: 'memberships', depth: 1, pagination: false })
    const roster = rosterOn(
      docs.map((doc) => ({
        id: doc.id,
        personName: typeof doc.person === 'object' ? doc.person.name : '',
        party: typeof doc.person === 'object' ? doc.person.party : null,
        side: doc.side,
        group: doc.group,
        role: doc.role,
        startDate: doc.startDate,
        endDate: doc.endDate,
      })),
      '2025-11-13',
    )
    expect(
      roster.map((section) => [
        section.side,
        section.groups.flatMap((group) => group.members.map((member) => member.personName)),
      ]),
    ).toEqual([
      ['vgk', ['Marina Johansson']],
      ['vgr', ['Helen Eliasson']],
    ])
  })
})
