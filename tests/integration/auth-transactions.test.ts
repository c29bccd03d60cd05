/**
 * Payload operations that open a transaction never freeze the other writers. SQLite takes one writer at a time (see
 * src/db/sqliteWrites.ts); an operation that writes outside its own transaction (forgot-password's reservation, a
 * write without `req`) used to wait for its own turn for 30 s while every staff save in the process waited behind it.
 * Each family runs here together with an ordinary staff save, and both must finish far below that limit.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Meeting, User } from '@/payload-types'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { type TestSmtpServer, smtpEnv, startSmtpServer } from '../helpers/smtp'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

/** Far below the write queue's 30 s: an operation that waited on itself cannot pass. */
const WELL_UNDER_THE_LIMIT_MS = 5000
const NEW_PASSWORD = 'ett-langt-nytt-losenord-2026'
const json = { 'content-type': 'application/json' }
// A fresh object each time: Payload writes flags into req.context (restoreVersion sets isRestoringVersion).
const context = () => ({ disableRevalidate: true })

let test: TestPayload
let payload: Payload
let http: typeof Http
let smtp: TestSmtpServer
let users: Awaited<ReturnType<typeof createRoleUsers>>
let staffMeeting: Meeting
const savedEnv: Record<string, string | undefined> = {}

beforeAll(async () => {
  smtp = await startSmtpServer()
  for (const [key, value] of Object.entries(smtpEnv(smtp))) {
    savedEnv[key] = process.env[key]
    process.env[key] = value
  }
  test = await startTestPayload()
  payload = test.payload
  http = await import('../helpers/http')
  users = await createRoleUsers(payload)
  staffMeeting = await payload.create({
    collection: 'meetings',
    context: context(),
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: '2031-03-13T12:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      endsAt: '2031-03-13T14:00:00.000Z',
    },
  })
})
afterAll(async () => {
  await test?.cleanup()
  await smtp?.close()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

let saves = 0
/** What beredning does all day: save a meeting, as themselves, with access checked. */
const staffSave = () =>
  payload.update({
    collection: 'meetings',
    id: staffMeeting.id,
    data: { location: `Regionens Hus, rum ${(saves += 1)}` },
    user: users.beredning,
    overrideAccess: false,
    context: context(),
  })

const timed = async <T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> => {
  const started = performance.now()
  const result = await work()
  return { result, ms: performance.now() - started }
}

/** Starts the operation, and the staff save a moment later, while the operation is under way. */
async function withStaffSave<T>(
  operation: () => Promise<T>,
): Promise<{ result: T; operationMs: number; saveMs: number }> {
  const op = timed(operation)
  await new Promise((resolve) => setTimeout(resolve, 5))
  const [{ result, ms: operationMs }, { ms: saveMs }] = await Promise.all([op, timed(staffSave)])
  return { result, operationMs, saveMs }
}

const expectBothQuick = ({ operationMs, saveMs }: { operationMs: number; saveMs: number }) => {
  expect(operationMs).toBeLessThan(WELL_UNDER_THE_LIMIT_MS)
  expect(saveMs).toBeLessThan(WELL_UNDER_THE_LIMIT_MS)
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  http.api('POST', path, { body: JSON.stringify(body), headers: { ...json, ...headers } })

const createUser = (email: string) =>
  payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: email.split('@')[0]!, roles: ['beredning'] },
  })

describe('password reset', () => {
  it('should answer forgot-password at once while a staff save goes through', async () => {
    await createUser('glomsk@test.example')
    const run = await withStaffSave(() => post('/users/forgot-password', { email: 'glomsk@test.example' }))
    expect(run.result.status).toBe(200)
    expectBothQuick(run)
    console.info(
      `forgot-password ${Math.round(run.operationMs)} ms, concurrent staff save ${Math.round(run.saveMs)} ms`,
    )
  })

  it('should reset a password end to end: e-mail with a link to the admin reset page, new password, login', async () => {
    await createUser('aterstall@test.example')
    expect((await post('/users/forgot-password', { email: 'aterstall@test.example' })).status).toBe(200)

    const mail = await smtp.waitFor({ to: 'aterstall@test.example' })
    const link = mail.html.match(/href="([^"]+)"/)?.[1]
    expect(link).toBeDefined()
    const url = new URL(link!)
    expect(url.origin).toBe(new URL(payload.config.serverURL).origin)
    const token = url.pathname.match(/^\/admin\/reset\/([0-9a-f]{40})$/)?.[1]
    expect(token).toBeDefined()

    const reset = await withStaffSave(() => post('/users/reset-password', { token, password: NEW_PASSWORD }))
    expect(reset.result.status).toBe(200)
    expectBothQuick(reset)
    expect((await post('/users/login', { email: 'aterstall@test.example', password: NEW_PASSWORD })).status).toBe(200)
    expect((await post('/users/login', { email: 'aterstall@test.example', password: TEST_PASSWORD })).status).toBe(401)
    // The link works once.
    expect(
      (await post('/users/reset-password', { token, password: `${NEW_PASSWORD}-igen` })).status,
    ).toBeGreaterThanOrEqual(400)
  })

  it('should not hold other writers while a slow mail server takes the reset e-mail, and still deliver it', async () => {
    await createUser('langsam-post@test.example')
    smtp.answerAfter(6000)
    try {
      const run = await withStaffSave(() => post('/users/forgot-password', { email: 'langsam-post@test.example' }))
      expect(run.result.status).toBe(200)
      // The mail server answers after 6 s; neither the request nor the save waits for it.
      expect(run.operationMs).toBeLessThan(3000)
      expect(run.saveMs).toBeLessThan(3000)
      await smtp.waitFor({ to: 'langsam-post@test.example', timeoutMs: 10_000 })
    } finally {
      smtp.answerAfter(0)
    }
  })

  it('should answer an unknown address the same way, sending nothing', async () => {
    const before = smtp.received.length
    const run = await withStaffSave(() => post('/users/forgot-password', { email: 'finns-inte@test.example' }))
    expect(run.result.status).toBe(200)
    expectBothQuick(run)
    expect(smtp.received).toHaveLength(before)
  })
})

describe('other operations that open a transaction, each beside a staff save', () => {
  it('should count a failed login and reset the count on the next good one', async () => {
    const user = await createUser('inlogg@test.example')
    const failed = await withStaffSave(() =>
      post('/users/login', { email: user.email, password: 'fel-losenord-helt-enkelt' }),
    )
    expect(failed.result.status).toBe(401)
    expectBothQuick(failed)
    const good = await withStaffSave(() => post('/users/login', { email: user.email, password: TEST_PASSWORD }))
    expect(good.result.status).toBe(200)
    expectBothQuick(good)
    const after = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    expect((after as User & { loginAttempts?: number }).loginAttempts ?? 0).toBe(0)
  })

  it('should refresh a token and log out (sessions) without blocking', async () => {
    const headers = await http.loginHeaders(users.sekreterare.email, TEST_PASSWORD)
    const refreshed = await withStaffSave(() => post('/users/refresh-token', {}, headers))
    expect(refreshed.result.status).toBe(200)
    expectBothQuick(refreshed)
    const { refreshedToken } = refreshed.result.json() as { refreshedToken: string }
    const loggedOut = await withStaffSave(() => post('/users/logout', {}, { Authorization: `JWT ${refreshedToken}` }))
    expect(loggedOut.result.status).toBe(200)
    expectBothQuick(loggedOut)
  })

  it('should let an admin unlock an account without blocking', async () => {
    const user = await createUser('last@test.example')
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { lockUntil: new Date(Date.now() + 60_000).toISOString(), loginAttempts: 5 } as never,
    })
    const asAdmin = await http.loginHeaders(users.admin.email, TEST_PASSWORD)
    const unlocked = await withStaffSave(() => post('/users/unlock', { email: user.email }, asAdmin))
    expect(unlocked.result.status).toBe(200)
    expectBothQuick(unlocked)
  })

  it('should save drafts, publish and restore a version without blocking', async () => {
    const draft = await withStaffSave(() =>
      payload.create({
        collection: 'pages',
        draft: true,
        context: context(),
        user: users.kommunikator,
        overrideAccess: false,
        data: { title: 'Om SRO', _status: 'draft' },
      }),
    )
    expectBothQuick(draft)
    const page = draft.result
    const published = await withStaffSave(() =>
      payload.update({
        collection: 'pages',
        id: page.id,
        context: context(),
        user: users.kommunikator,
        overrideAccess: false,
        data: { title: 'Om SRO – publicerad', _status: 'published' },
      }),
    )
    expectBothQuick(published)
    const edited = await withStaffSave(() =>
      payload.update({
        collection: 'pages',
        id: page.id,
        draft: true,
        autosave: true,
        context: context(),
        user: users.kommunikator,
        overrideAccess: false,
        data: { title: 'Om SRO – utkast' },
      }),
    )
    expectBothQuick(edited)
    const versions = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: page.id } },
      sort: 'createdAt',
    })
    const first = versions.docs[0]!
    const restored = await withStaffSave(() =>
      payload.restoreVersion({
        collection: 'pages',
        id: first.id,
        context: context(),
        user: users.kommunikator,
        overrideAccess: false,
      }),
    )
    expectBothQuick(restored)
    expect(restored.result.title).toBe('Om SRO')
  })

  it('should queue and run jobs, and record the scheduled runs, without blocking', async () => {
    const queued = await withStaffSave(() => payload.jobs.queue({ task: 'assignmentReminders', input: {} as never }))
    expectBothQuick(queued)
    const ran = await withStaffSave(() => payload.jobs.run())
    expectBothQuick(ran)
    const scheduled = await withStaffSave(() => payload.jobs.handleSchedules({ allQueues: true }))
    expectBothQuick(scheduled)
  })

  it('should publish a scheduled page through the job runner without blocking', async () => {
    const page = await payload.create({
      collection: 'pages',
      draft: true,
      context: context(),
      data: { title: 'Schemalagd nyhet', _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'pages', value: page.id },
        user: { relationTo: 'users', value: users.kommunikator.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    const ran = await withStaffSave(() => payload.jobs.run())
    expectBothQuick(ran)
    const now = await payload.findByID({ collection: 'pages', id: page.id })
    expect(now._status).toBe('published')
  })
})
