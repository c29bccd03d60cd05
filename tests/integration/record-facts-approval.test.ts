/**
 * Issue 15: minutes that approve the previous minutes ("3. Föregående mötesanteckning … godkänns") record it on that
 * meeting, whose badge then says "godkänd vid mötet 13 november 2025" while the approving minutes are published; a
 * kallelse's proposals stay proposals (no decisions, no assignments) until minutes confirm them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let earlierId: string
const context = { disableRevalidate: true }

beforeAll(async () => {
  test = await startTestPayload()
  // The per capsulam minutes 2025-10-16 that item 3 of the 2025-11-13 minutes names, published before that import.
  const earlier = await test.payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'held',
      startsAt: '2025-10-16T11:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      publication: { isNoticePublished: true, isMinutesPublished: true },
      _status: 'published',
    },
  })
  earlierId = earlier.id
  await seed({ payload: test.payload, password: 'demo-password-123' })
})
afterAll(async () => test?.cleanup())

async function pageHtml(slug: string): Promise<string> {
  const [{ default: MeetingPage }, { renderToReadableStream }] = await Promise.all([
    import('@/app/(frontend)/moten/[slug]/page'),
    import('react-dom/server'),
  ])
  const stream = await renderToReadableStream(await MeetingPage({ params: Promise.resolve({ slug }) }))
  await stream.allReady
  return new Response(stream).text()
}

async function meetingOn(date: string) {
  const { docs } = await test.payload.find({
    collection: 'meetings',
    where: { slug: { equals: date } },
    limit: 1,
    depth: 0,
  })
  return docs[0]!
}

describe('approval of the previous minutes', () => {
  it('should record the approving meeting on the approved one and say so on its page', async () => {
    const approving = await meetingOn('2025-11-13')
    const earlier = await test.payload.findByID({ collection: 'meetings', id: earlierId, depth: 0 })
    expect(earlier.approval?.approvedAtMeeting).toBe(approving.id)
    const html = await pageHtml(earlier.slug!)
    expect(html).toContain('godkänd vid mötet 13 november 2025')
    expect(html).not.toContain('ej godkänd')
  })

  it('should not call minutes approved by minutes the public cannot read', async () => {
    const approving = await meetingOn('2025-11-13')
    await test.payload.update({
      collection: 'meetings',
      id: approving.id,
      context,
      data: { publication: { isNoticePublished: true, isMinutesPublished: false }, _status: 'published' },
    })
    try {
      const html = await pageHtml((await meetingOn('2025-10-16')).slug!)
      expect(html).not.toContain('godkänd vid mötet')
      expect(html).toContain('ej godkänd')
    } finally {
      await test.payload.update({
        collection: 'meetings',
        id: approving.id,
        context,
        data: { publication: { isNoticePublished: true, isMinutesPublished: true }, _status: 'published' },
      })
    }
  })
})

describe('a kallelse proposes', () => {
  it('should show the 2025-08-21 kallelse as proposals, with no decisions or assignments for the public', async () => {
    const kallelse = await meetingOn('2025-08-21')
    const where = { meeting: { equals: kallelse.id } }
    // The importer writes none from a kallelse (the seed's staff-only demo decisions stay staff-only).
    const asVisitor = { where, overrideAccess: false } as const
    expect((await test.payload.count({ collection: 'decisions', ...asVisitor })).totalDocs).toBe(0)
    expect((await test.payload.count({ collection: 'assignments', ...asVisitor })).totalDocs).toBe(0)
    const html = await pageHtml('2025-08-21')
    expect(html).toContain('Förslag till ställningstagande')
    expect(html).not.toMatch(/<h4[^>]*>Ställningstagande<\/h4>/)
  })
})

describe('meeting dates in a document become planned meetings', () => {
  const sroMeetingsIn = async (year: string) =>
    (
      await test.payload.find({
        collection: 'meetings',
        where: { startsAt: { like: year } },
        sort: 'startsAt',
        depth: 0,
        pagination: false,
      })
    ).docs

  it('should plan the 2024 meetings of 2023-11-23 item 11 with the time the document gives, once', async () => {
    const { importDocument } = await import('@/import/write')
    const { formatTimeRange, stockholmDate } = await import('@/domain/time')
    const planned = await sroMeetingsIn('2024-')
    expect(planned.map((meeting) => stockholmDate(meeting.startsAt))).toEqual([
      '2024-01-18',
      '2024-04-25',
      '2024-10-03',
      '2024-11-21',
    ])
    for (const meeting of planned) {
      expect(meeting).toMatchObject({ state: 'planned', kind: 'ordinarie', _status: 'published' })
      expect(meeting.publication?.isNoticePublished).toBe(false)
      expect(formatTimeRange(meeting.startsAt, meeting.endsAt)).toBe('13.00–15.00')
    }
    const fs = await import('node:fs')
    const path = await import('node:path')
    const { FIXTURES_DIR } = await import('@/seed/archive')
    await importDocument({
      payload: test.payload,
      text: fs.readFileSync(path.join(FIXTURES_DIR, '2023-11-23-motesanteckning.md'), 'utf8'),
      fileName: '2023-11-23-motesanteckning.md',
    })
    expect(await sroMeetingsIn('2024-')).toHaveLength(4)
  })

  it('should plan the 2026 SRO meetings of the 2025-08-21 kallelse, but no meeting for the presidium dates', async () => {
    const { stockholmDate } = await import('@/domain/time')
    const dates = (await sroMeetingsIn('2026-')).map((meeting) => stockholmDate(meeting.startsAt))
    expect(dates).toEqual(expect.arrayContaining(['2026-03-19', '2026-06-04', '2026-09-24', '2026-11-12']))
    expect(dates).not.toContain('2026-03-05')
  })
})

describe('årshjul tables in documents become plan items', () => {
  const fromDocument = async (date: string) =>
    (
      await test.payload.find({
        collection: 'plan-items',
        where: { notes: { contains: `Ur årshjulet i dokumentet ${date}` } },
        depth: 0,
        pagination: false,
        sort: 'createdAt',
      })
    ).docs

  it('should enter each filled cell of 2023-11-23 item 9 on its month', async () => {
    const items = await fromDocument('2023-11-23')
    expect(items).toHaveLength(12)
    expect(new Set(items.map((item) => item.period))).toEqual(
      new Set(['2024-01', '2024-04', '2024-10', '2024-11', '2025-01']),
    )
    expect(items.map((item) => item.title)).toContain(
      'Ställningstagande till ändring av produktanvisning för 1223 motordrivna rullstolar.',
    )
  })

  it('should put the 2025 årshjul of the 2025-08-21 kallelse on the 13 November meeting once it is imported', async () => {
    const november = await meetingOn('2025-11-13')
    const onNovember = (await fromDocument('2025-08-21')).filter((item) => item.meeting === november.id)
    expect(onNovember.map((item) => item.title)).toEqual([
      'Dialog om aktuella ärenden',
      'Styrelsen för logistik Hjälpmedelsförsörjning',
      'Förstudie uppföljning god och nära vård: Slutrapport',
      'Processen för nytt hälso- och sjukvårdsavtal och lagreglerade överenskommelser',
      'Psykisk hälsa: Handlingsplan, ställningstagande',
      'Vårdinformationssystem',
    ])
    const html = await pageHtml('2025-08-21')
    expect(html).not.toContain('Inget planerat än')
  })

  it('should add nothing where the årshjul already plans (the seeded 2026) or on a second import', async () => {
    expect(await fromDocument('2025-11-13')).toHaveLength(0)
    const before = (await test.payload.count({ collection: 'plan-items' })).totalDocs
    const { importDocument } = await import('@/import/write')
    const fs = await import('node:fs')
    const path = await import('node:path')
    const { FIXTURES_DIR } = await import('@/seed/archive')
    await importDocument({
      payload: test.payload,
      text: fs.readFileSync(path.join(FIXTURES_DIR, '2025-08-21-kallelse.md'), 'utf8'),
      fileName: '2025-08-21-kallelse.md',
    })
    expect((await test.payload.count({ collection: 'plan-items' })).totalDocs).toBe(before)
  })
})
