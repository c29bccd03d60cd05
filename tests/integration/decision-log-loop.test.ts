/**
 * Beslutslogg (issue 6), the closed loop: deadlines in words, assignment → proposed report-back on the right
 * meeting → position taken → återrapporterat, moving and cancelling meetings, what the public sees of it,
 * withdrawing proposals nobody took up, and draft agenda items instead of årshjul proposals without the plugin.
 */
import { type Payload, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { proposeDraftAgendaItem } from '../../collections/Assignments/reportBack/propose'
import { arshjulOptionsOf, promotePlanItem } from '../../plugins/arshjul/exports'
import { relationId } from '@/lib/relations'
import { stockholmInstant } from '@/domain/time'
import { decisionLogFixtures } from '../helpers/decisionLog'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { createRoleUsers } from '../helpers/users'
import { plainTextToRichText } from '@/richtext'

let test: TestPayload
let payload: Payload
let users: Awaited<ReturnType<typeof createRoleUsers>>
const context = { disableRevalidate: true }
const SECRET = 'MARKERUNPUBLISHEDASSIGNMENT'
const { meeting, given, proposalsOn, draftReportBackItems } = decisionLogFixtures({ payload: () => payload })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  users = await createRoleUsers(payload)
})
afterAll(async () => test?.cleanup())

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
      data: { positionTaken: plainTextToRichText('SRO noterar återrapporteringen.') },
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
      data: { positionTaken: plainTextToRichText('Noterat.') },
    })
    expect(await proposeDraftAgendaItem({ assignment: linked, meetingId: first.id, req })).toBe(itemId)
    expect(
      relationId((await payload.findByID({ collection: 'agenda-items', id: itemId!, depth: 0, draft: true })).meeting),
    ).toBe(second.id)
  })
})
