/**
 * Beslutslogg (issue 6): deadlines in words, the closed loop (assignment → proposed report-back on the right
 * meeting → position taken → återrapporterat), moving and cancelling meetings, progress notes and who may write
 * them, the reminder e-mail, and what the public log shows.
 */
import { type Payload, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { proposeDraftAgendaItem } from '../../collections/Assignments/reportBack/propose'
import { arshjulOptionsOf, promotePlanItem } from '../../plugins/arshjul/exports'
import { relationId } from '@/lib/relations'
import { stockholmInstant } from '@/domain/time'
import type { User } from '@/payload-types'
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

async function meeting(
  date: string,
  { minutesPublished = false, state = 'planned' as 'planned' | 'held' | 'cancelled' } = {},
) {
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
  const item = await payload.create({
    collection: 'agenda-items',
    context,
    data: { meeting: meetingId, number: '9', order: 90, title, isPublic: true, _status: 'published' },
  })
  const decision = await payload.create({
    collection: 'decisions',
    context,
    data: { agendaItem: item.id, number: 1, kind: 'ger_i_uppdrag', text: `${title}: beslut` },
  })
  return { item, decision }
}

/** With the årshjul plugin (as configured), report-backs are proposed as planned items in the årshjul. */
async function proposalsOn(meetingId: string) {
  const { docs } = await payload.find({
    collection: 'plan-items',
    where: { and: [{ meeting: { equals: meetingId } }, { proposedBy: { like: 'assignment:' } }] },
    depth: 0,
  })
  return docs
}

async function draftReportBackItems() {
  return (
    await payload.find({
      collection: 'agenda-items',
      where: { title: { like: 'Återrapportering' } },
      draft: true,
      depth: 0,
    })
  ).docs
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
    expect(proposal).toMatchObject({
      title: 'Återrapportering: Former och forum för digitaliseringsfrågor',
      status: 'planerad',
      year: 2031,
      proposedBy: `assignment:${assignment.id}`,
    })
    expect(proposal?.notes).toContain('till SRO 2031-11-13')
    // A planned item only: nothing is on the agenda until staff put it there.
    expect(await draftReportBackItems()).toHaveLength(0)
    let stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(stored.reportBackItem ?? null).toBeNull()

    // Idempotent: saving again proposes nothing new.
    await payload.update({
      collection: 'assignments',
      id: assignment.id,
      context,
      data: { assigneeText: 'Regiondirektören och Västkoms direktör' },
    })
    expect((await proposalsOn(november.id)).map((doc) => doc.id)).toEqual([proposal!.id])

    // The meeting is cancelled: the proposal moves to the next one, with nothing left to review.
    await payload.update({ collection: 'meetings', id: november.id, context, data: { state: 'cancelled' } })
    expect(await proposalsOn(november.id)).toHaveLength(0)
    const [moved] = await proposalsOn(march.id)
    expect(moved).toMatchObject({ id: proposal!.id, year: 2032, needsAttention: false })

    // Staff put it on the agenda ("Lägg på dagordningen"): a draft agenda item, linked both ways to the assignment.
    const req = await createLocalReq({ user: { ...users.sekreterare, collection: 'users' } }, payload)
    const { agendaItem } = await promotePlanItem(req, arshjulOptionsOf(payload)!, proposal!.id)
    stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(relationId(stored.reportBackItem)).toBe(agendaItem)
    const item = await payload.findByID({ collection: 'agenda-items', id: agendaItem, depth: 0 })
    expect(item).toMatchObject({
      title: 'Återrapportering: Former och forum för digitaliseringsfrågor',
      _status: 'draft',
    })
    expect((item.reportsBackOn?.docs ?? []).map(relationId)).toEqual([assignment.id])

    // The position is taken: återrapporterat, linked to the item.
    await payload.update({
      collection: 'agenda-items',
      id: agendaItem,
      context,
      draft: true,
      data: { positionTaken: 'SRO noterar återrapporteringen.' },
    })
    stored = await payload.findByID({ collection: 'assignments', id: assignment.id, depth: 0 })
    expect(stored.status).toBe('reported_back')
    expect(stored.displayStatus).toBe('reported_back')
    expect(relationId(stored.reportedBackIn)).toBe(agendaItem)

    // Once on the agenda, a moved meeting leaves both where staff put them.
    await payload.update({
      collection: 'meetings',
      id: march.id,
      context,
      data: { startsAt: stockholmInstant({ date: '2032-03-26', time: '09:30' }).toISOString() },
    })
    expect((await proposalsOn(march.id)).map((doc) => doc.id)).toEqual([proposal!.id])
    expect((await draftReportBackItems()).map((doc) => relationId(doc.meeting))).toEqual([march.id])
  })

  it('moves the proposal when its meeting moves before the deadline, and proposes once a meeting is planned', async () => {
    const given2 = await meeting('2031-11-14', { minutesPublished: true, state: 'held' })
    const { decision } = await given(given2.id, 'Plan för uppföljning av god och nära vård')
    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Plan för uppföljning av god och nära vård',
        decision: decision.id,
        due: { kind: 'none', dueText: 'senast i juni 2032' },
        status: 'open',
      },
    })
    expect(assignment.due).toMatchObject({ kind: 'month', month: '2032-06' })
    // No meeting is planned after June 2032 yet: nothing is proposed.
    expect(
      await payload.count({
        collection: 'plan-items',
        where: { proposedBy: { equals: `assignment:${assignment.id}` } },
      }),
    ).toEqual({ totalDocs: 0 })

    const june = await meeting('2032-06-04')
    const [proposal] = await proposalsOn(june.id)
    expect(proposal?.title).toBe('Återrapportering: Plan för uppföljning av god och nära vård')

    // Moved out of June, to September: still the first meeting after the month, so it follows.
    await payload.update({
      collection: 'meetings',
      id: june.id,
      context,
      data: { startsAt: stockholmInstant({ date: '2032-09-10', time: '09:30' }).toISOString() },
    })
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
      data: {
        title: 'Förslag till ställningstagande',
        decision: decision.id,
        due: { kind: 'none', dueText: 'till nästa möte' },
        status: 'open',
      },
    })
    expect(nextMeeting.due.kind).toBe('next_meeting')
    const stored = await payload.findByID({ collection: 'assignments', id: nextMeeting.id, depth: 0 })
    expect(stored.due.meetingDate).toBe('2033-03-18')
    expect(await proposalsOn(next.id)).toHaveLength(1)

    const vague = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: 'Vagt uppdrag',
        decision: decision.id,
        due: { kind: 'none', dueText: 'när tillfälle ges' },
        status: 'open',
      },
    })
    expect(vague.due).toMatchObject({ kind: 'none', flagged: true, dueText: 'när tillfälle ges' })
  })
})

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

describe('what the public sees', () => {
  it('shows published minutes only, in the log, CSV, JSON and the API', async () => {
    const unpublished = await meeting('2026-10-01', { minutesPublished: false, state: 'held' })
    // A published kallelse after the due date: the hidden assignment's report-back is proposed there, in the årshjul.
    const coming = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: stockholmInstant({ date: '2027-01-14', time: '09:30' }).toISOString(),
        startsAt_tz: 'Europe/Stockholm',
        publication: { isNoticePublished: true },
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'plan-items',
      context,
      data: { title: 'Planerad punkt som syns', year: 2027, meeting: coming.id, status: 'planerad' },
    })
    const { decision } = await given(unpublished.id, `Hemlig punkt ${SECRET}`)
    const hidden = await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: `Uppdrag ${SECRET}`,
        decision: decision.id,
        due: { kind: 'date', date: '2027-01-01' },
        status: 'open',
      },
    })
    const secretProposal = await payload.find({
      collection: 'plan-items',
      where: { proposedBy: { equals: `assignment:${hidden.id}` } },
      depth: 0,
    })
    expect(secretProposal.docs.map((doc) => [doc.title, relationId(doc.meeting), doc.meetingPublished])).toEqual([
      [`Återrapportering: Uppdrag ${SECRET}`, coming.id, true],
    ])
    // The public årshjul shows the meeting's plan, never the system's proposals.
    const publicPlan = await payload.find({
      collection: 'plan-items',
      where: { meeting: { equals: coming.id } },
      overrideAccess: false,
      depth: 0,
    })
    expect(publicPlan.docs.map((doc) => doc.title)).toEqual(['Planerad punkt som syns'])
    const { loadYearPlan } = await import('../../plugins/arshjul/exports')
    expect(
      JSON.stringify(await loadYearPlan(payload, arshjulOptionsOf(payload)!, { year: 2027, asVisitor: true })),
    ).not.toContain(SECRET)
    await payload.create({
      collection: 'progress-notes',
      context,
      data: { assignment: hidden.id, date: '2026-10-02', text: `Läge ${SECRET}` },
    })

    const { loadDecisionLog, logCsv, logJson } = await import('@/lib/public/decisionLog')
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
    for (const path of [
      '/progress-notes',
      '/progress-notes?depth=2',
      '/assignments?depth=2',
      `/assignments/${hidden.id}`,
      '/agenda-items?draft=true&limit=0',
      '/plan-items?limit=0&depth=1',
      `/plan-items?where[proposedBy][like]=assignment`,
    ]) {
      const response = await http.api('GET', path)
      expect(response.text, path).not.toContain(SECRET)
      expect(response.text, path).not.toContain('Återrapportering:')
    }
    const graphql = await http.graphql(
      '{ ProgressNotes { docs { text author { email } } } Assignments { docs { title responsible { email } overdueNotifiedAt } } }',
    )
    expect(graphql.status).toBe(200)
    const result = graphql.json() as {
      errors?: unknown
      data?: { Assignments?: { docs: { title: string; responsible: unknown }[] } }
    }
    expect(result.errors).toBeUndefined()
    // The query really reads assignments (so the checks below can fail), without the staff-only fields.
    expect(
      result.data?.Assignments?.docs.some((doc) => doc.title === 'Former och forum för digitaliseringsfrågor'),
    ).toBe(true)
    expect(graphql.text).not.toContain(SECRET)
    expect(graphql.text).not.toContain('@test.example')
  })
})

describe('when nothing is left to report back', () => {
  it('withdraws a proposal nobody took up when the assignment is closed or deleted, and keeps an item staff chose', async () => {
    const held = await meeting('2035-02-01', { minutesPublished: true, state: 'held' })
    const next = await meeting('2035-03-15')
    const { decision } = await given(held.id, 'Uppdrag som avslutas')
    const proposals = async (id: string) =>
      (await payload.count({ collection: 'plan-items', where: { proposedBy: { equals: `assignment:${id}` } } }))
        .totalDocs
    const assignment = (title: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'assignments',
        context,
        data: { title, decision: decision.id, due: { kind: 'next_meeting' }, status: 'open', ...extra },
      })

    const closed = await assignment('Uppdrag som avslutas')
    expect(await proposals(closed.id)).toBe(1)
    await payload.update({ collection: 'assignments', id: closed.id, context, data: { status: 'closed' } })
    expect(await proposals(closed.id)).toBe(0)

    const removed = await assignment('Uppdrag som tas bort')
    expect(await proposals(removed.id)).toBe(1)
    await payload.delete({ collection: 'assignments', id: removed.id, context })
    expect(await proposals(removed.id)).toBe(0)

    // Staff chose an agenda item for the report-back themselves: it stays linked, and nothing is proposed.
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      draft: true,
      data: { meeting: next.id, number: '4', order: 40, title: 'Lägesrapport', _status: 'draft' },
    })
    const chosen = await assignment('Uppdrag med vald punkt', { reportBackItem: item.id })
    expect(await proposals(chosen.id)).toBe(0)
    expect(
      relationId((await payload.findByID({ collection: 'assignments', id: chosen.id, depth: 0 })).reportBackItem),
    ).toBe(item.id)
  })
})

// Last: its meetings (2034) would otherwise be candidates for the other tests' report-backs.
describe('without the årshjul', () => {
  it('proposes a draft agenda item instead when the årshjul is not there, and leaves it once staff own it', async () => {
    const held = await meeting('2034-02-02', { minutesPublished: true, state: 'held' })
    const first = await meeting('2034-04-20')
    const second = await meeting('2034-06-01')
    const { decision } = await given(held.id, 'Uppdrag utan årshjul')
    const assignment = await payload.create({
      collection: 'assignments',
      context,
      data: { title: 'Uppdrag utan årshjul', decision: decision.id, due: { kind: 'none' }, status: 'open' },
    })
    const req = await createLocalReq({}, payload)

    const itemId = await proposeDraftAgendaItem({ assignment, meetingId: first.id, req })
    const item = await payload.findByID({ collection: 'agenda-items', id: itemId!, depth: 0, draft: true })
    expect(item).toMatchObject({ title: 'Återrapportering: Uppdrag utan årshjul', _status: 'draft', number: '1' })
    expect(relationId(item.meeting)).toBe(first.id)
    const linked = { ...assignment, reportBackItem: itemId }
    // Asked again for the same meeting: the same item. For another: moved, not copied.
    expect(await proposeDraftAgendaItem({ assignment: linked, meetingId: first.id, req })).toBe(itemId)
    expect(await proposeDraftAgendaItem({ assignment: linked, meetingId: second.id, req })).toBe(itemId)
    expect(
      relationId((await payload.findByID({ collection: 'agenda-items', id: itemId!, depth: 0, draft: true })).meeting),
    ).toBe(second.id)
    // Staff wrote a position: theirs, never moved again.
    await payload.update({
      collection: 'agenda-items',
      id: itemId!,
      context,
      draft: true,
      data: { positionTaken: 'Noterat.' },
    })
    expect(await proposeDraftAgendaItem({ assignment: linked, meetingId: first.id, req })).toBe(itemId)
    expect(
      relationId((await payload.findByID({ collection: 'agenda-items', id: itemId!, depth: 0, draft: true })).meeting),
    ).toBe(second.id)
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
      data: { positionTaken: 'SRO noterar återrapporteringen.' },
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
