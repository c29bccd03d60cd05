/**
 * The virtual timeSlot of agenda items (issue 18): the plans of all meetings in one read are computed from two
 * queries, whatever the number of meetings, and give the same times as reading each meeting alone. A visitor's times
 * count published public items only: a draft or hidden item never moves them.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countQueries, countedQueries } from '@/db/queryCounter'
import type { SqliteClient } from '@/db/sqliteWrites'
import { decisionLogFixtures } from '../helpers/decisionLog'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let payload: Payload
const context = { disableRevalidate: true }
const { meeting } = decisionLogFixtures({ payload: () => payload })
const meetingIds: string[] = []

async function item(meetingId: string, number: string, minutes: number, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'agenda-items',
    context,
    data: {
      meeting: meetingId,
      number,
      order: Number(number) * 10,
      title: `Punkt ${number}`,
      durationMinutes: minutes,
      isPublic: true,
      _status: 'published',
      ...extra,
    },
  })
}

const visitorRead = (ids: string[]) =>
  countedQueries(async () =>
    (
      await payload.find({
        collection: 'agenda-items',
        where: { meeting: { in: ids } },
        pagination: false,
        depth: 0,
        overrideAccess: false,
        sort: 'order',
      })
    ).docs.map((doc) => ({ id: doc.id, title: doc.title, slot: doc.timeSlot })),
  )

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  countQueries(payload.db.client as unknown as SqliteClient)
  for (let index = 0; index < 4; index += 1) {
    const held = await meeting(`2032-0${index + 1}-15`, { minutesPublished: true, state: 'held' })
    meetingIds.push(held.id)
    // A draft item and a hidden one before the public ones: neither may move a visitor's times.
    await item(held.id, '1', 30, { _status: 'draft' })
    await item(held.id, '2', 45, { isPublic: false })
    await item(held.id, '3', 10)
    await item(held.id, '4', 20 + index)
  }
})
afterAll(async () => test?.cleanup())

describe('time slots read in one list', () => {
  it('should give each item the times of its own meeting, as reading that meeting alone does', async () => {
    const together = (await visitorRead(meetingIds)).result
    for (const id of meetingIds) {
      const alone = (await visitorRead([id])).result
      for (const row of alone) expect(together.find((other) => other.id === row.id)?.slot).toEqual(row.slot)
    }
    // 09:30 Stockholm start (the fixture): punkt 3 first for a visitor, punkt 4 ten minutes later.
    const first = (await visitorRead([meetingIds[0]!])).result
    expect(first.map((row) => row.title)).toEqual(['Punkt 3', 'Punkt 4'])
    expect(first[0]?.slot?.startsAt).toBe('2032-01-15T08:30:00.000Z')
    expect(first[1]?.slot).toMatchObject({ startsAt: '2032-01-15T08:40:00.000Z', endsAt: '2032-01-15T09:00:00.000Z' })
  })

  it('should read the plans of four meetings in as many queries as of one', async () => {
    const one = await visitorRead([meetingIds[0]!])
    const four = await visitorRead(meetingIds)
    expect(four.result).toHaveLength(8)
    // Before: two queries per meeting (the meeting, its items).
    expect(four.statements).toBe(one.statements)
  })
})
