/**
 * Beslutslogg (issue 6): deadlines in words, the closed loop (assignment → proposed report-back on the right
 * meeting → position taken → återrapporterat), moving and cancelling meetings, progress notes and who may write
 * them, the reminder e-mail, and what the public log shows.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { relationId } from '../../src/access/meetingStages'
import { stockholmInstant } from '../../src/domain/time'
import type { User } from '../../src/payload-types'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { createRoleUsers } from '../helpers/users'

let test: TestPayload
let payload: Payload
let users: Awaited<ReturnType<typeof createRoleUsers>>
const context = { disableRevalidate: true }
const SECRET = 'MARKERUNPUBLISHEDASSIGNMENT'

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  users = await createRoleUsers(payload)
})
afterAll(async () => test?.cleanup())

async function meeting(date: string, { minutesPublished = false, state = 'planned' as 'planned' | 'held' | 'cancelled' } = {}) {
  return payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state,
      startsAt: stockholmInstant({ date, time: '09:30' }).toISOString(),
      startsAt_tz: 'Europe/Stockholm',
      publication: { isNoticePublished: minutesPublished, isMinutesPublished: minutesPublished },
      _status: minutesPublished ? 'published' : 'draft',
    },
  })
}

async function given(meetingId: string, title: string) {
  const item = await payload.create({ collection: 'agenda-items', context, data: { meeting: meetingId, number: '9', order: 90, title, isPublic: true, _status: 'published' } })
  const decision = await payload.create({ collection: 'decisions', context, data: { agendaItem: item.id, number: 1, kind: 'ger_i_uppdrag', text: `${title}: beslut` } })
  return { item, decision }
}

async function proposalsOn(meetingId: string) {
  const { docs } = await payload.find({ collection: 'agenda-items', where: { and: [{ meeting: { equals: meetingId } }, { title: { like: 'Återrapportering' } }] }, draft: true, depth: 0 })
  return docs
}

describe('the closed loop', () => {
  it('reads the deadline text, proposes the report-back on that meeting, follows a cancellation and closes on a position', async () => {
    const august = await meeting('2031-08-21', { minutesPublished: true, state: 'held' })
    const november = await meeting('2031-11-13')
    const march = await meeting('2032-03-19')
    const { decision } = await given(august.id, 'Gemensamma digitaliseringsfrågor')

    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Former och forum för digitaliseringsfrågor',
        decision: decision.id,
        due: { kind: 'none', dueText: 'Uppdraget ska återrapporteras till SRO 2031-11-13' },
        status: 'open',
      },
    })
    expect(assignment.due).toMatchObject({ kind: 'meeting', meetingDate: '2031-11-13', flagged: false })
    expect(relationId(assignment.due.meeting)).toBe(november.id)

    const [proposal] = await proposalsOn(november.id)
    expect(proposal).toMatchObject({ title: 'Återrapportering: Former och forum för digitaliseringsfrågor', _status: 'draft' })
    let stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(relationId(stored.reportBackItem)).toBe(proposal!.id)
    // Both ways: the item lists the assignment it reports back on.
    const item = await payload.findByID({ collection: 'agenda-items', id: proposal!.id, depth: 0 })
    expect((item.reportsBackOn?.docs ?? []).map(relationId)).toEqual([assignment.id])

    // Idempotent: saving again proposes nothing new.
    await payload.update({ collection: 'assignments', id: assignment.id, context, data: { assigneeText: 'Regiondirektören och Västkoms direktör' } })
    expect(await proposalsOn(november.id)).toHaveLength(1)

    // The meeting is cancelled: the proposal moves to the next one.
    await payload.update({ collection: 'meetings', id: november.id, context, data: { state: 'cancelled' } })
    expect(await proposalsOn(november.id)).toHaveLength(0)
    const moved = await proposalsOn(march.id)
    expect(moved.map((doc) => doc.id)).toEqual([proposal!.id])

    // The position is taken: återrapporterat, linked to the item.
    await payload.update({ collection: 'agenda-items', id: proposal!.id, context, draft: true, data: { positionTaken: 'SRO noterar återrapporteringen.' } })
    stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(stored.status).toBe('reported_back')
    expect(stored.displayStatus).toBe('reported_back')
    expect(relationId(stored.reportedBackIn)).toBe(proposal!.id)

    // Once reported back, a moved meeting leaves the item where it was taken.
    await payload.update({ collection: 'meetings', id: march.id, context, data: { startsAt: stockholmInstant({ date: '2032-03-26', time: '09:30' }).toISOString() } })
    expect((await proposalsOn(march.id)).map((doc) => doc.id)).toEqual([proposal!.id])
  })

  it('moves the proposal when its meeting moves before the deadline, and proposes once a meeting is planned', async () => {
    const given2 = await meeting('2031-11-14', { minutesPublished: true, state: 'held' })
    const { decision } = await given(given2.id, 'Plan för uppföljning av god och nära vård')
    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: { title: 'Plan för uppföljning av god och nära vård', decision: decision.id, due: { kind: 'none', dueText: 'senast i juni 2032' }, status: 'open' },
    })
    expect(assignment.due).toMatchObject({ kind: 'month', month: '2032-06' })
    // The only meetings after June 2026 are none yet: nothing is proposed.
    let stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(stored.reportBackItem ?? null).toBeNull()

    const june = await meeting('2032-06-04')
    const [proposal] = await proposalsOn(june.id)
    expect(proposal?.title).toBe('Återrapportering: Plan för uppföljning av god och nära vård')
    stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(relationId(stored.reportBackItem)).toBe(proposal!.id)

    // Moved out of June, to September: still the first meeting after the month, so it follows.
    await payload.update({ collection: 'meetings', id: june.id, context, data: { startsAt: stockholmInstant({ date: '2032-09-10', time: '09:30' }).toISOString() } })
    expect((await proposalsOn(june.id)).map((doc) => doc.id)).toEqual([proposal!.id])
    // A meeting inside June is planned: the proposal moves there.
    const lateJune = await meeting('2032-06-18')
    expect((await proposalsOn(lateJune.id)).map((doc) => doc.id)).toEqual([proposal!.id])
    expect(await proposalsOn(june.id)).toHaveLength(0)
  })

  it('proposes "till nästa möte" on the next meeting and flags text it cannot read', async () => {
    const given3 = await meeting('2033-01-20', { minutesPublished: true, state: 'held' })
    const next = await meeting('2033-03-18')
    const { decision } = await given(given3.id, 'Beredning av ärendet')
    const nextMeeting = await payload.create({
      collection: 'assignments',
      context,
      data: { title: 'Förslag till ställningstagande', decision: decision.id, due: { kind: 'none', dueText: 'till nästa möte' }, status: 'open' },
    })
    expect(nextMeeting.due.kind).toBe('next_meeting')
    const stored = await payload.findByID({ collection: 'assignments', id: nextMeeting.id, depth: 0 })
    expect(stored.due.meetingDate).toBe('2033-03-18')
    expect(await proposalsOn(next.id)).toHaveLength(1)

    const vague = await payload.create({
      collection: 'assignments',
      context,
      data: { title: 'Vagt uppdrag', decision: decision.id, due: { kind: 'none', dueText: 'när tillfälle ges' }, status: 'open' },
    })
    expect(vague.due).toMatchObject({ kind: 'none', flagged: true, dueText: 'när tillfälle ges' })
  })
})

describe('progress notes', () => {
  it('are written by beredning and sekreterare, kept as history, and set the status to pågår', async () => {
    const held = await meeting('2024-05-16', { minutesPublished: true, state: 'held' })
    const { decision } = await given(held.id, 'Uppdrag med lägesrapporter')
    const assignment = await payload.create({ collection: 'assignments', context, data: { title: 'Uppdrag med lägesrapporter', decision: decision.id, due: { kind: 'date', date: '2099-01-01' }, status: 'open' } })
    expect(assignment.displayStatus).toBe('not_started')

    const as = (user: User) => ({ overrideAccess: false, user, context })
    const note = await payload.create({ collection: 'progress-notes', ...as(users.beredning), data: { assignment: assignment.id, date: '2024-09-01', text: 'Arbetsgruppen har träffats.' } })
    expect(relationId(note.author)).toBe(users.beredning.id)
    await payload.create({ collection: 'progress-notes', ...as(users.sekreterare), data: { assignment: assignment.id, date: '2024-10-01', text: 'Utkast till plan klart.' } })
    await expect(payload.create({ collection: 'progress-notes', ...as(users.kommunikator), data: { assignment: assignment.id, date: '2024-10-02', text: 'Nej' } })).rejects.toThrow()
    // History is kept: the writer cannot change or delete a report afterwards; an administrator can.
    await expect(payload.update({ collection: 'progress-notes', id: note.id, ...as(users.beredning), data: { text: 'Ändrad' } })).rejects.toThrow()
    await expect(payload.delete({ collection: 'progress-notes', id: note.id, ...as(users.sekreterare) })).rejects.toThrow()

    const stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(stored.lastProgress).toMatchObject({ count: 2, text: 'Utkast till plan klart.' })
    expect(stored.displayStatus).toBe('in_progress')
    expect((stored.progressNotes?.docs ?? []).length).toBe(2)

    // Public with the published minutes, without the author.
    const { docs } = await payload.find({ collection: 'progress-notes', where: { assignment: { equals: assignment.id } }, overrideAccess: false, depth: 0 })
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
      data: { title: 'Försenat uppdrag om hjälpmedel', decision: decision.id, due: { kind: 'date', date: '2024-01-18' }, status: 'open', responsible: users.beredning.id },
    })
    await payload.create({
      collection: 'assignments',
      context,
      data: { title: 'Försenat uppdrag utan bevakare', decision: decision.id, due: { kind: 'month', month: '2024-02' }, status: 'open' },
    })
    // Watches what goes through Payload's sendEmail; the console adapter still sends it (to the log).
    const spy = vi.spyOn(payload, 'sendEmail')
    const sentMessages = () => spy.mock.calls.map(([message]) => message as { to?: unknown; subject?: string; text?: string })
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
      expect(sent.filter((message) => message.to === users.sekreterare.email).map((message) => message.text)).toEqual([expect.stringContaining('Försenat uppdrag utan bevakare')])
      expect(mine[0]?.text).not.toContain('utan bevakare')
      expect(sent.some((message) => message.to === users.kommunikator.email)).toBe(false)
      const stored = await payload.findByID({ collection: 'assignments', id: late.id, depth: 0 })
      expect(stored.overdueNotifiedAt).toBeTruthy()

      spy.mockClear()
      await payload.jobs.queue({ task: 'assignmentReminders', input: {} })
      await payload.jobs.run()
      expect(sentMessages()).toHaveLength(0)
    } finally {
      spy.mockRestore()
    }
  })
})

describe('what the public sees', () => {
  it('shows published minutes only, in the log, CSV, JSON and the API', async () => {
    const unpublished = await meeting('2026-10-01', { minutesPublished: false, state: 'held' })
    const { decision } = await given(unpublished.id, `Hemlig punkt ${SECRET}`)
    const hidden = await payload.create({ collection: 'assignments', context, data: { title: `Uppdrag ${SECRET}`, decision: decision.id, due: { kind: 'date', date: '2027-01-01' }, status: 'open' } })
    await payload.create({ collection: 'progress-notes', context, data: { assignment: hidden.id, date: '2026-10-02', text: `Läge ${SECRET}` } })

    const { loadDecisionLog, logCsv, logJson } = await import('../../src/lib/public/decisionLog')
    const entries = await loadDecisionLog({ payload, user: null })
    expect(entries.some((entry) => entry.title === 'Former och forum för digitaliseringsfrågor')).toBe(true)
    for (const body of [JSON.stringify(entries), logCsv(entries), JSON.stringify(logJson(entries, 'http://x'))]) {
      expect(body).not.toContain(SECRET)
      // Proposed report-back items are drafts until staff publish them.
      expect(body).not.toContain('Återrapportering:')
    }
    // Staff see it.
    const staff = await loadDecisionLog({ payload, user: users.beredning })
    expect(staff.some((entry) => entry.title.includes(SECRET))).toBe(true)

    const http = await import('../helpers/http')
    for (const path of ['/progress-notes', '/progress-notes?depth=2', '/assignments?depth=2', `/assignments/${hidden.id}`, '/agenda-items?draft=true&limit=0']) {
      const response = await http.api('GET', path)
      expect(response.text, path).not.toContain(SECRET)
      expect(response.text, path).not.toContain('Återrapportering:')
    }
    const graphql = await http.graphql('{ ProgressNotes { docs { text author { email } } } Assignments { docs { title responsible { email } overdueNotifiedAt } } }')
    expect(graphql.status).toBe(200)
    const result = graphql.json() as { errors?: unknown; data?: { Assignments?: { docs: { title: string; responsible: unknown }[] } } }
    expect(result.errors).toBeUndefined()
    // The query really reads assignments (so the checks below can fail), without the staff-only fields.
    expect(result.data?.Assignments?.docs.some((doc) => doc.title === 'Former och forum för digitaliseringsfrågor')).toBe(true)
    expect(graphql.text).not.toContain(SECRET)
    expect(graphql.text).not.toContain('@test.example')
  })
})
