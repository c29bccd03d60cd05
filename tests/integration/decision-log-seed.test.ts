/**
 * The decision log on the demo seed: the fixtures' assignments with the right due dates, the public downloads
 * (filters, 400 on bad input, nothing unpublished) and the staff CSV behind login.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { stockholmInstant } from '@/domain/time'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { viewProps, viewRouteArgs } from '../helpers/queryView'
import { NotFoundPage } from '@/components/public/NotFound'

let test: TestPayload
const SECRET = 'MARKERDRAFTLOGMEETING'
const FORUM = 'Former och forum för länsgemensamma digitaliseringsfrågor'

beforeAll(async () => {
  test = await startTestPayload()
  await seed({ payload: test.payload, password: 'demo-password-123' })
  // Unpublished minutes with an assignment: never in the public log.
  const context = { disableRevalidate: true }
  const meeting = await test.payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: stockholmInstant({ date: '2027-09-09', time: '09:30' }).toISOString(),
      startsAt_tz: 'Europe/Stockholm',
      publication: { isNoticePublished: true },
      _status: 'published',
    },
  })
  const item = await test.payload.create({
    collection: 'agenda-items',
    context,
    data: { meeting: meeting.id, number: '3', order: 30, title: 'Punkt', _status: 'published' },
  })
  const decision = await test.payload.create({
    collection: 'decisions',
    context,
    data: { agendaItem: item.id, number: 1, kind: 'ger_i_uppdrag', text: `Beslut ${SECRET}` },
  })
  await test.payload.create({
    collection: 'assignments',
    context,
    data: {
      title: `Uppdrag ${SECRET}`,
      decision: decision.id,
      due: { kind: 'date', date: '2026-12-01' },
      status: 'open',
    },
  })
})
afterAll(async () => test?.cleanup())

describe('the demo seed in the decision log', () => {
  it('shows the fixtures’ assignments with the right due dates', async () => {
    const { loadDecisionLog } = await import('@/lib/public/decisionLog')
    // The 2025-08-21 meeting has only its kallelse in the archive: its assignment is for staff until the minutes are published.
    const entries = await loadDecisionLog({ payload: test.payload, user: null })
    expect(entries.find((entry) => entry.title === FORUM)).toBeUndefined()
    const staff = (
      await test.payload.find({ collection: 'users', where: { email: { equals: 'beredning@sro.example' } }, depth: 0 })
    ).docs[0]!
    const staffEntries = await loadDecisionLog({ payload: test.payload, user: staff })
    const forum = staffEntries.find((entry) => entry.title === FORUM)
    expect(forum).toMatchObject({
      kind: 'assignment',
      meetingDate: '2025-08-21',
      dueDay: '2025-11-13',
      dueLabel: 'vid mötet 2025-11-13',
      status: 'reported_back',
    })
    expect(forum?.reportedBackIn?.title).toBe('Hantering av gemensamma digitaliseringsfrågor')
    expect(forum?.item?.anchor).toBe('punkt-9')
    const plan = entries.find((entry) => entry.dueText === 'senast i juni 2026')
    expect(plan).toMatchObject({
      kind: 'assignment',
      meetingDate: '2025-11-13',
      dueDay: '2026-06-30',
      dueLabel: 'senast 2026-06-30 (2026-06)',
    })
    expect(plan?.lastProgress?.text).toContain('länsgemensamma arbetsgruppen')
    // June 2026 (and January 2024 for the 2023 assignment) have passed with no meeting planned: each open report-back
    // is proposed in the årshjul on the next planned meeting, for staff to put on its agenda.
    const proposals = async () =>
      (
        await test.payload.find({
          collection: 'plan-items',
          where: { proposedBy: { like: 'assignment:' } },
          depth: 1,
          sort: 'title',
        })
      ).docs.map((doc) => [
        doc.title.slice(0, 45),
        typeof doc.meeting === 'object' ? doc.meeting?.slug : null,
        doc.status,
      ])
    expect(await proposals()).toEqual([
      ['Återrapportering: Bereda ärendet ytterligare ', '2027-09-09', 'planerad'],
      ['Återrapportering: Efter dialog med den länsge', '2027-09-09', 'planerad'],
      // 2023-11-23 item 9 in plain words: "vill att beredningen sammanställer … till nästa möte" (issue 15).
      ['Återrapportering: Sammanställer skriftlig inf', '2027-09-09', 'planerad'],
    ])
    // Running the seed again adds nothing, and no second proposal.
    const again = await seed({ payload: test.payload, password: 'demo-password-123' })
    expect(again.created).toBe(0)
    expect(await proposals()).toHaveLength(3)
  })
})

describe('public downloads', () => {
  it('serve CSV and JSON of published minutes only, with the page’s filters', async () => {
    const csvRoute = await import('@/app/(frontend)/%5Fvy/beslutslogg.csv/[query]/route')
    const jsonRoute = await import('@/app/(frontend)/%5Fvy/beslutslogg.json/[query]/route')
    const csv = await csvRoute.GET(...viewRouteArgs('http://localhost:3000/beslutslogg.csv'))
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const csvText = await csv.text()
    expect(csvText).toContain('senast i juni 2026')
    expect(csvText).not.toContain(FORUM)
    expect(csvText).not.toContain(SECRET)
    expect(csvText).not.toContain('Återrapportering:')

    const json = await jsonRoute.GET(...viewRouteArgs('http://localhost:3000/beslutslogg.json?typ=uppdrag&ar=2025'))
    const body = (await json.json()) as { entries: { title: string; type: string; meetingUrl: string }[] }
    expect(body.entries).toHaveLength(1)
    expect(body.entries[0]?.title).toMatch(/^Efter dialog med den länsgemensamma arbetsgruppen/)
    expect(body.entries[0]?.meetingUrl).toMatch(/\/moten\/2025-11-13#punkt-4$/)
    const all = await (await jsonRoute.GET(...viewRouteArgs('http://localhost:3000/beslutslogg.json'))).text()
    expect(all).not.toContain(SECRET)
    expect(all).not.toContain('Återrapportering:')
  })

  it('answer bad filters with 400 and a Swedish explanation, never 500', async () => {
    const csvRoute = await import('@/app/(frontend)/%5Fvy/beslutslogg.csv/[query]/route')
    const jsonRoute = await import('@/app/(frontend)/%5Fvy/beslutslogg.json/[query]/route')
    for (const query of [
      '?status=borta',
      '?ar=tjugo',
      "?arende=1'%20OR%201=1",
      '?inom=7',
      '?okand=1',
      `?ar=${'9'.repeat(5000)}`,
    ]) {
      for (const route of [csvRoute, jsonRoute]) {
        const response = await route.GET(...viewRouteArgs(`http://localhost:3000/beslutslogg.csv${query}`))
        expect(response.status, query).toBe(400)
        expect(await response.text()).toMatch(/kunde inte laddas ner/)
      }
    }
  })

  it('keeps the staff CSV behind login', async () => {
    const http = await import('../helpers/http')
    expect((await http.api('GET', '/assignments/beslutslogg.csv')).status).toBe(401)
    const { token } = await test.payload.login({
      collection: 'users',
      data: { email: 'beredning@sro.example', password: 'demo-password-123' },
    })
    const staff = await http.api('GET', '/assignments/beslutslogg.csv?typ=uppdrag', {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(staff.status).toBe(200)
    expect(staff.text).toContain(SECRET)
    expect(
      (await http.api('GET', '/assignments/beslutslogg.csv?status=x', { headers: { Authorization: `JWT ${token}` } }))
        .status,
    ).toBe(400)
  })
})

describe('public pages', () => {
  it('render /beslutslogg and the assignment page from published minutes only', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { default: LogPage } = await import('@/app/(frontend)/%5Fvy/beslutslogg/[query]/page')
    const { default: AssignmentPage } = await import('@/app/(frontend)/beslutslogg/[id]/page')
    const html = renderToStaticMarkup(await LogPage(viewProps()))
    expect(html).toContain('senast i juni 2026')
    expect(html).toContain('href="/moten/2025-11-13#punkt-4"')
    expect(html).not.toContain(FORUM)
    expect(html).not.toContain(SECRET)
    expect(html).not.toContain('Återrapportering:')
    // A bad filter is explained on the page, not an error.
    expect(renderToStaticMarkup(await LogPage(viewProps('?status=borta')))).toContain('Okänd status; visar alla.')

    const { docs } = await test.payload.find({ collection: 'assignments', depth: 0, pagination: false })
    const plan = docs.find((doc) => doc.due?.dueText === 'senast i juni 2026')!
    const page = renderToStaticMarkup(await AssignmentPage({ params: Promise.resolve({ id: plan.id }) }))
    expect(page).toMatch(/Försenat.*Uppdraget gavs.*Lägesrapport.*Väntar på återrapportering/s)
    expect(page).toContain('länsgemensamma arbetsgruppen')
    // Assignments whose minutes are not published get the 404 page (NotFoundPage answers 404 from the cached route).
    for (const hidden of [docs.find((doc) => doc.title.includes(SECRET))!, docs.find((doc) => doc.title === FORUM)!]) {
      const element = (await AssignmentPage({ params: Promise.resolve({ id: hidden.id }) })) as { type: unknown }
      expect(element.type).toBe(NotFoundPage)
    }
  })
})
