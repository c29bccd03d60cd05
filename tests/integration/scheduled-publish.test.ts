/** Scheduled publishing really runs: a queued schedulePublish job publishes the page once it is due, not before. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startTestPayload } from '../helpers/payload'
import { createRoleUsers } from '../helpers/users'

let test: TestPayload

beforeAll(async () => {
  test = await startTestPayload()
})
afterAll(async () => test?.cleanup())

describe('scheduled publishing', () => {
  it('publishes a communicator page when its time comes, as the user who scheduled it', async () => {
    const { payload } = test
    const { kommunikator } = await createRoleUsers(payload)
    const page = await payload.create({
      collection: 'pages',
      draft: true,
      data: { title: 'Nyhet om årshjulet', _status: 'draft' },
      context: { disableRevalidate: true },
    })
    const schedule = (waitUntil: Date) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'pages', value: page.id },
          user: { relationTo: 'users', value: kommunikator.id },
        },
        waitUntil,
      })
    const publicCount = async () =>
      (await payload.count({ collection: 'pages', where: { id: { equals: page.id } }, overrideAccess: false }))
        .totalDocs

    await schedule(new Date(Date.now() + 60 * 60 * 1000))
    await payload.jobs.run()
    expect(await publicCount()).toBe(0)

    await schedule(new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await publicCount()).toBe(1)
  })

  it('has a runner in the server: jobs autoRun every minute unless disabled, and then no cron at all', async () => {
    const { autoRun } = test.payload.config.jobs
    if (typeof autoRun !== 'function') throw new Error('autoRun is chosen when Payload starts')
    expect(await autoRun(test.payload)).toEqual([])
    process.env.PAYLOAD_DISABLE_AUTORUN = 'false'
    try {
      expect(await autoRun(test.payload)).toEqual([{ cron: '* * * * *', limit: 20, queue: 'default' }])
    } finally {
      process.env.PAYLOAD_DISABLE_AUTORUN = 'true'
    }
  })
})
