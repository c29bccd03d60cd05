/** The demo seed holds the 2025-11-13 meeting as the document has it, and running it twice adds nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relations'
import { formatTimeSlot } from '@/domain/time'
import { seed } from '@/seed'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startTestPayload()
})
afterAll(async () => test?.cleanup())

describe('demo seed', () => {
  it('creates the 2025-11-13 meeting with its agenda, decisions and assignment', async () => {
    const first = await seed({ payload: test.payload, password: 'demo-password-123' })
    expect(first.created).toBeGreaterThan(100)
    const { payload } = test

    const users = await payload.find({ collection: 'users', sort: 'email' })
    expect(users.docs.map((user) => [user.email, user.roles])).toEqual([
      ['admin@sro.example', ['admin']],
      ['beredning@sro.example', ['beredning']],
      ['kommunikator@sro.example', ['kommunikator']],
      ['sekreterare@sro.example', ['sekreterare']],
    ])

    const meeting = (
      await payload.find({ collection: 'meetings', where: { slug: { equals: '2025-11-13' } }, depth: 1 })
    ).docs[0]!
    expect(meeting.title).toBe('SRO möte 13 november 2025')
    expect(meeting.startsAt).toBe('2025-11-13T12:00:00.000Z')
    expect(meeting.endsAt).toBe('2025-11-13T14:00:00.000Z')
    expect(
      meeting.attendance
        ?.filter((row) => row.status === 'absent')
        .map((row) => (typeof row.person === 'object' ? row.person.name : '')),
    ).toEqual([
      'Ulf Olsson',
      'Bengt Hilmersson',
      'Ann-Sofie Rundberg',
      'Carina Örgård',
      'Miguel Odhner',
      'Theres Sahlström',
      'Lars Holmin',
      'Peter Eriksson',
      'Malin Swärd Davidsson',
    ])

    const items = await payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: meeting.id } },
      sort: 'order',
      pagination: false,
      depth: 1,
    })
    expect(items.docs.filter((item) => !item.parent).map((item) => item.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ])
    const slots = Object.fromEntries(
      items.docs.map((item) => [item.number, item.timeSlot ? formatTimeSlot(item.timeSlot) : item.timeSlot]),
    )
    expect(slots).toMatchObject({
      '4': '13.05–13.25',
      '5': '13.25–13.40',
      '6': '13.40–13.50',
      '7': '14.05–14.10',
      '8': '14.10–14.30',
      '9': '14.30–14.40',
    })
    const item6 = items.docs.find((item) => item.number === '6')!
    expect(item6.presenters?.map((person) => (typeof person === 'object' ? person.name : ''))).toEqual([
      'Jenny Nilsson',
      'Malin Swärd Davidsson',
    ])
    expect(typeof item6.case === 'object' && item6.case?.milestones?.map((milestone) => milestone.label)).toEqual([
      'Remisstid',
      'Ställningstagande i SRO',
      'Slutligt beslut',
      'Ikraftträdande',
    ])

    const decisions = await payload.find({
      collection: 'decisions',
      where: { meeting: { equals: meeting.id } },
      pagination: false,
    })
    expect(decisions.totalDocs).toBe(9)

    const assignment = (
      await payload.find({ collection: 'assignments', where: { meeting: { equals: meeting.id } }, depth: 0 })
    ).docs[0]!
    expect(assignment.due).toMatchObject({ kind: 'month', month: '2026-06', dueText: 'senast i juni 2026' })
    expect(relationId(assignment.meeting)).toBe(meeting.id)

    const people = await payload.find({ collection: 'people', where: { aliasesText: { like: 'Helén' } } })
    expect(people.docs.map((person) => person.name)).toEqual(['Helen Eliasson'])
    const fyrbodal = await payload.find({ collection: 'organisations', where: { aliasesText: { like: 'Fyrbodol' } } })
    expect(fyrbodal.docs.map((organisation) => organisation.name)).toEqual(['Fyrbodal'])

    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1 })
    expect(typeof settings.accessibilityStatement === 'object' && settings.accessibilityStatement?.slug).toBe(
      'tillganglighet',
    )
  })

  it('adds nothing when run again', async () => {
    const before = await test.payload.count({ collection: 'agenda-items' })
    const again = await seed({ payload: test.payload, password: 'demo-password-123' })
    expect(again.created).toBe(0)
    expect(await test.payload.count({ collection: 'agenda-items' })).toEqual(before)
  })
})
