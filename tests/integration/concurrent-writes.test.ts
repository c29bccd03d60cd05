/**
 * Several writers at once on one SQLite file, as on the server: two staff saving in the same second, an import running
 * while the job scheduler records its minute. SQLite takes one writer at a time; the others must wait their turn, not
 * fail, and a refused write must not leave the database unusable for the rest of the process.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let payload: Payload
const context = { disableRevalidate: true }

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
})
afterAll(async () => test?.cleanup())

const newTheme = (name: string, order: number) =>
  payload.create({ collection: 'plan-themes', context, data: { name, colour: '#1f6f8b', order } })
const meetingOn = (date: string) =>
  payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: `${date}T12:00:00.000Z`,
      startsAt_tz: 'Europe/Stockholm',
      endsAt: `${date}T14:00:00.000Z`,
    },
  })

describe('writers at the same time', () => {
  it('all succeed when many saves start together', async () => {
    const dates = ['2030-01-10', '2030-02-14', '2030-03-14', '2030-04-11', '2030-05-16', '2030-06-13']
    const meetings = await Promise.all(dates.map(meetingOn))
    expect(meetings.map((meeting) => meeting.slug).sort()).toEqual(dates)
    expect((await payload.count({ collection: 'meetings', where: { slug: { in: dates } } })).totalDocs).toBe(
      dates.length,
    )
  })

  it('lets a write outside any transaction wait for an open transaction, then both are kept', async () => {
    // The job scheduler writes its statistics this way, every minute, whatever else the server is doing.
    const transactionID = await payload.db.beginTransaction()
    const req = { payload, transactionID, context } as never
    await payload.create({
      collection: 'plan-themes',
      req,
      data: { name: 'I transaktionen', colour: '#1f6f8b', order: 1 },
    })
    const outside = payload.db.create({
      collection: 'plan-themes',
      data: { name: 'Utanför', colour: '#1f6f8b', order: 2 },
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await payload.db.commitTransaction(transactionID!)
    await outside
    const names = (
      await payload.find({ collection: 'plan-themes', where: { order: { in: [1, 2] } }, sort: 'order' })
    ).docs.map((theme) => theme.name)
    expect(names).toEqual(['I transaktionen', 'Utanför'])
  })

  it('keeps working after a write was refused', async () => {
    // A write that fails inside its transaction is rolled back; the next ones must not inherit a stuck connection.
    await expect(
      payload.create({
        collection: 'plan-themes',
        context,
        data: { name: '', colour: 'inte en färg', order: 3 } as never,
      }),
    ).rejects.toThrow()
    const after = await Promise.all([newTheme('Efter felet', 4), newTheme('Och en till', 5), meetingOn('2030-09-12')])
    expect(after).toHaveLength(3)
    expect((await payload.count({ collection: 'plan-themes', where: { order: { in: [4, 5] } } })).totalDocs).toBe(2)
  })
})
