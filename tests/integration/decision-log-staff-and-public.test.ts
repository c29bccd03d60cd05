/**
 * Beslutslogg (issue 6), staff and public: progress notes and who may write them, the reminder e-mail, a
 * report-back that waits for its minutes before the public sees it, and the log's links to sub-items.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { relationId } from '@/lib/relations'
import { stockholmInstant } from '@/domain/time'
import type { User } from '@/payload-types'
import { decisionLogFixtures } from '../helpers/decisionLog'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { createRoleUsers } from '../helpers/users'
import { plainTextToRichText } from '@/richtext'

let test: TestPayload
let payload: Payload
let users: Awaited<ReturnType<typeof createRoleUsers>>
const context = { disableRevalidate: true }
const { meeting, given } = decisionLogFixtures({ payload: () => payload })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  users = await createRoleUsers(payload)
})
afterAll(async () => test?.cleanup())

describe('progress notes', () => {
  it('are written by beredning and sekreterare, kept as history, and set the status to pågår', async () => {
    const held = await meeting('2024-05-16', { minutesPublished: true, state: 'held' })
    const { decision } = await given(held.id, 'Uppdrag med lägesrapporter')
    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Uppdrag med lägesrapporter',
        decision: decision.id,
        due: { kind: 'date', date: '2099-01-01' },
        status: 'open',
      },
    })
    expect(assignment.displayStatus).toBe('not_started')

    const as = (user: User) => ({ overrideAccess: false, user, context })
    const note = await payload.create({
      collection: 'progress-notes',
      ...as(users.beredning),
      data: { assignment: assignment.id, date: '2024-09-01', text: 'Arbetsgruppen har träffats.' },
    })
    expect(relationId(note.author)).toBe(users.beredning.id)
    await payload.create({
      collection: 'progress-notes',
      ...as(users.sekreterare),
      data: { assignment: assignment.id, date: '2024-10-01', text: 'Utkast till plan klart.' },
    })
    await expect(
      payload.create({
        collection: 'progress-notes',
        ...as(users.kommunikator),
        data: { assignment: assignment.id, date: '2024-10-02', text: 'Nej' },
      }),
    ).rejects.toThrow()
    // History is kept: the writer cannot change or delete a report afterwards; an administrator can.
    await expect(
      payload.update({ collection: 'progress-notes', id: note.id, ...as(users.beredning), data: { text: 'Ändrad' } }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'progress-notes', id: note.id, ...as(users.sekreterare) }),
    ).rejects.toThrow()

    const stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(stored.lastProgress).toMatchObject({ count: 2, text: 'Utkast till plan klart.' })
    expect(stored.displayStatus).toBe('in_progress')
    expect((stored.progressNotes?.docs ?? []).length).toBe(2)

    // Public with the published minutes, without the author.
    const { docs } = await payload.find({
      collection: 'progress-notes',
      where: { assignment: { equals: assignment.id } },
      overrideAccess: false,
      depth: 0,
    })
    expect(docs).toHaveLength(2)
    expect(docs[0]).not.toHaveProperty('author')
  })
})

describe('reminders', () => {
  it('e-mails overdue assignments to the responsible staff member once', async () => {
    const held = await meeting('2023-11-23', { minutesPublished: true, state: 'held' })
    const { decision } = await given(held.id, 'Försenat uppdrag')
    const late = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Försenat uppdrag om hjälpmedel',
        decision: decision.id,
        due: { kind: 'date', date: '2024-01-18' },
        status: 'open',
        responsible: users.beredning.id,
      },
    })
    await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Försenat uppdrag utan bevakare',
        decision: decision.id,
        due: { kind: 'month', month: '2024-02' },
        status: 'open',
      },
    })
    // Watches what goes through Payload's sendEmail; the console adapter still sends it (to the log).
    const spy = vi.spyOn(payload, 'sendEmail')
    const sentMessages = () =>
      spy.mock.calls.map(([message]) => message as { to?: unknown; subject?: string; text?: string })
    try {
      await payload.jobs.queue({ task: 'assignmentReminders', input: {} })
      const result = await payload.jobs.run()
      const { docs: jobs } = await payload.find({ collection: 'payload-jobs', depth: 0, sort: '-createdAt', limit: 1 })
      expect(jobs[0]?.hasError, JSON.stringify({ result, log: jobs[0]?.log })).toBeFalsy()
      const sent = sentMessages()
      const mine = sent.filter((message) => message.to === users.beredning.email)
      expect(mine).toHaveLength(1)
      expect(mine[0]?.text).toContain('Försenat uppdrag om hjälpmedel')
      expect(mine[0]?.text).toContain('2024-01-18')
      // Assignments without a named staff member go to every meeting secretary.
      expect(sent.filter((message) => message.to === users.sekreterare.email).map((message) => message.text)).toEqual([
        expect.stringContaining('Försenat uppdrag utan bevakare'),
      ])
      expect(mine[0]?.text).not.toContain('utan bevakare')
      expect(sent.some((message) => message.to === users.kommunikator.email)).toBe(false)
      const stored = await payload.findByID({ collection: 'assignments', id: late.id, depth: 0 })
      expect(stored.overdueNotifiedAt).toBeTruthy()

      spy.mockClear()
      await payload.jobs.queue({ task: 'assignmentReminders', input: {} })
      await payload.jobs.run()
      expect(sentMessages()).toHaveLength(0)

      // A new deadline that has passed too is a new reminder; a save that keeps the deadline is not.
      await payload.update({
        collection: 'assignments',
        id: late.id,
        context,
        data: { title: 'Försenat uppdrag om hjälpmedel (omformulerat)' },
      })
      expect(
        (await payload.findByID({ collection: 'assignments', id: late.id, depth: 0 })).overdueNotifiedAt,
      ).toBeTruthy()
      await payload.update({
        collection: 'assignments',
        id: late.id,
        context,
        data: { due: { kind: 'date', date: '2024-06-30' } },
      })
      await payload.jobs.queue({ task: 'assignmentReminders', input: {} })
      await payload.jobs.run()
      expect(sentMessages().map((message) => message.text)).toEqual([expect.stringContaining('2024-06-30')])
    } finally {
      spy.mockRestore()
    }
  })
})

describe('a report-back before its minutes are out', () => {
  it('is not news to the public: status and link wait for the minutes of the meeting where it was reported back', async () => {
    const given2030 = await meeting('2030-03-14', { minutesPublished: true, state: 'held' })
    const { decision } = await given(given2030.id, 'Uppföljning av hjälpmedel')
    // The report-back meeting: kallelse published, minutes not yet.
    const reportMeeting = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'held',
        startsAt: stockholmInstant({ date: '2030-06-12', time: '09:30' }).toISOString(),
        startsAt_tz: 'Europe/Stockholm',
        publication: { isNoticePublished: true },
        _status: 'published',
      },
    })
    const reportItem = await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: reportMeeting.id,
        number: '3',
        order: 30,
        title: 'Återrapportering hjälpmedel',
        _status: 'published',
      },
    })
    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Följa upp hjälpmedel',
        decision: decision.id,
        due: { kind: 'meeting', meeting: reportMeeting.id },
        status: 'open',
        reportBackItem: reportItem.id,
      },
    })
    // The secretary writes the position during the meeting: the loop closes for staff at once.
    await payload.update({
      collection: 'agenda-items',
      id: reportItem.id,
      context,
      data: { positionTaken: plainTextToRichText('SRO noterar återrapporteringen.') },
    })
    expect((await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })).displayStatus).toBe(
      'reported_back',
    )

    const http = await import('../helpers/http')
    const publicView = async () =>
      (await http.api('GET', `/assignments/${assignment.id}?depth=0`)).json() as {
        displayStatus?: string
        status?: string
        reportedBackIn?: unknown
      }
    const before = await publicView()
    expect(before.displayStatus).not.toBe('reported_back')
    expect(before).not.toHaveProperty('status')
    expect(before.reportedBackIn ?? null).toBeNull()
    const { loadDecisionLog } = await import('@/lib/public/decisionLog')
    const entry = (await loadDecisionLog({ payload, user: null })).find((row) => row.id === assignment.id)
    expect(entry).toMatchObject({ reportedBackIn: null })
    expect(entry?.status).not.toBe('reported_back')

    await payload.update({
      collection: 'meetings',
      id: reportMeeting.id,
      context,
      data: { publication: { isMinutesPublished: true } },
    })
    const after = await publicView()
    expect(after).toMatchObject({
      displayStatus: 'reported_back',
      status: 'reported_back',
      reportedBackIn: reportItem.id,
    })
  })
})

describe('links from the log', () => {
  it('point at a sub-item by its full label (8a, #punkt-8a), as the meeting page anchors it', async () => {
    const held = await meeting('2031-05-15', { minutesPublished: true, state: 'held' })
    const parent = await payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: held.id, number: '8', order: 80, title: 'Digitalisering', _status: 'published' },
    })
    const sub = await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: held.id,
        parent: parent.id,
        number: 'a',
        order: 81,
        title: 'Vårdinformationssystem',
        _status: 'published',
      },
    })
    const decision = await payload.create({
      collection: 'decisions',
      context,
      data: { agendaItem: sub.id, number: 1, kind: 'noterar_informationen', text: 'SRO noterar informationen om VIS.' },
    })
    const { loadDecisionLog } = await import('@/lib/public/decisionLog')
    const entry = (await loadDecisionLog({ payload, user: null })).find((row) => row.id === decision.id)
    expect(entry?.item).toMatchObject({ number: '8a', anchor: 'punkt-8a' })
    const { getMeeting } = await import('@/lib/public/meetings')
    const page = await getMeeting(held.slug!)
    expect(page?.items.find((item) => item.id === parent.id)?.children.map((child) => child.anchor)).toEqual([
      'punkt-8a',
    ])
  })
})
