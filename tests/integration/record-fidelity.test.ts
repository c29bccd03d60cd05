/**
 * Record fidelity (issue 15) on the three real documents, imported by the demo seed (register first, so today's
 * members exist): what the public meeting page prints under "Kallade" and as item times, read through the page's own
 * data function and components, against facts taken from each document by hand.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/import/write'
import { api } from '../helpers/http'
import { seed } from '@/seed'
import type { AgendaItemView as AgendaItemComponent } from '@/components/public/AgendaItemView'
import type { Roster as RosterComponent } from '@/components/public/Roster'
import type { PublicAgendaItem, getMeeting as GetMeetingFn } from '@/lib/public/meetings'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let getMeeting: typeof GetMeetingFn
let Roster: typeof RosterComponent
let AgendaItemView: typeof AgendaItemComponent
const context = { disableRevalidate: true }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const fixture = (name: string) => readFileSync(path.join(root, 'tests/fixtures/minutes', name), 'utf8')

/** Headings and notes of a printed list of those called: everything in it that is not a person. */
const NOT_A_NAME =
  /^(För |Kommunpolitiker|Regionpolitiker|Tjänstepersoner|Administration|Kommunikation|Adjungerade|Vakant|Kallade:|Inbjudna:|Politiskt|Västra Götalands 49|Datum:|Tid:|Mötesform:|Mötesanteckning|Kallelse)/u

/**
 * The names the document prints between "Kallade:" and "Dagordning", read independently of the importer: a name is
 * what precedes the first " (" or ","; a wrapped line (starting in lower case) continues the previous one.
 */
function calledInDocument(name: string): string[] {
  const text = fixture(name)
  const lines = text
    .slice(text.indexOf('Kallade:'), text.indexOf('\nDagordning'))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return lines
    .filter((line) => !NOT_A_NAME.test(line) && !/^[a-zåäö]/u.test(line))
    .map((line) => line.replace(/\*\*/g, '').split(/ \(|,/u)[0]!.trim())
}

/** The names under "Kallade" in the page's markup (Roster.tsx prints one line per person, name first). */
async function calledOnPage(slug: string): Promise<string[]> {
  const data = (await getMeeting(slug))!
  const html = renderToStaticMarkup(createElement(Roster, { roster: data.roster }))
  return [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((match) =>
    match[1]!
      .replace(/&#x27;/g, "'")
      .split(/ \(|,/u)[0]!
      .trim(),
  )
}

function flatten(items: PublicAgendaItem[]): PublicAgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

/** Each item's printed clock time, from the markup AgendaItemView renders (its own meta line, before any sub-item). */
async function itemTimes(slug: string): Promise<Record<string, string | null>> {
  const data = (await getMeeting(slug))!
  return Object.fromEntries(
    flatten(data.items).map((item) => {
      const html = renderToStaticMarkup(
        createElement(AgendaItemView, { item: { ...item, children: [] }, stage: data.stage }),
      )
      const meta = /<p class="meta">([^<]*)<\/p>/.exec(html)?.[1] ?? ''
      return [item.label, /(planerad tid )?kl\. [\d.–]+/u.exec(meta)?.[0] ?? null]
    }),
  )
}

beforeAll(async () => {
  test = await startTestPayload()
  await seed({ payload: test.payload, password: 'demo-password-123' })
  ;({ getMeeting } = await import('@/lib/public/meetings'))
  ;({ Roster } = await import('@/components/public/Roster'))
  ;({ AgendaItemView } = await import('@/components/public/AgendaItemView'))
})
afterAll(async () => test?.cleanup())

describe('Kallade: each meeting shows its own list', () => {
  it.each([
    [
      '2023-11-23',
      '2023-11-23-motesanteckning.md',
      24,
      ['Kristina Lännergren', 'Susanna Cassberg', 'Tobias Hellström'],
    ],
    [
      '2025-08-21',
      '2025-08-21-kallelse.md',
      26,
      [
        'Erik Lindskog',
        'Lena Holmlund',
        'Johanna Karlsson Deucher',
        'Tobias Hellström',
        'Susanna Cassberg',
        'Sebastian Aronsson',
      ],
    ],
    [
      '2025-11-13',
      '2025-11-13-motesanteckning.md',
      30,
      ['Erik Lindskog', 'Monika Beiring', 'Angela Olausson', 'Lena Holmlund', 'Johanna Karlsson Deucher'],
    ],
  ] as const)('should show on %s exactly the names its document lists', async (slug, file, count, notInDocument) => {
    const expected = calledInDocument(file)
    expect(expected).toHaveLength(count)
    const shown = await calledOnPage(slug)
    expect(new Set(shown)).toEqual(new Set(expected))
    expect(shown.filter((name) => !expected.includes(name))).toEqual([])
    for (const name of notInDocument) expect(shown).not.toContain(name)
  })

  it('should keep the list as printed: side, group, role and organisation as written', async () => {
    const data = (await getMeeting('2023-11-23'))!
    const lines = data.roster.flatMap((section) =>
      section.groups.flatMap((group) =>
        group.members.map(
          (member) =>
            `${section.side}/${group.group}: ${member.personName}, ${member.roleTitle || member.organisationName}, ${member.role}`,
        ),
      ),
    )
    expect(lines).toContain('vgk/kommunpolitiker: Peter Eriksson, Fyrbodalsregionen, ledamot')
    expect(lines).toContain('vgr/regionpolitiker: Helén Eliasson, ordförande Regionstyrelsen, ordforande')
    expect(lines).toContain('vgr/administration: Johanna Karlsson Deucher, undefined, sekreterare')
  })
})

describe('item times: only those the document or staff set', () => {
  it('should print no clock time on 2023-11-23, whose document gives durations only', async () => {
    const times = await itemTimes('2023-11-23')
    expect(Object.values(times).filter(Boolean)).toEqual([])
  })

  it("should print 2025-08-21's own times", async () => {
    const times = await itemTimes('2025-08-21')
    expect(times).toMatchObject({
      '4': 'kl. 13.35–14.15',
      '5': 'kl. 14.15–14.25',
      '6': 'kl. 14.35–14.45',
      '9': 'kl. 15.15–15.30',
    })
  })

  it('should mark a computed time in a kallelse as planned', async () => {
    const { payload } = test
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: '2027-03-18T12:00:00.000Z',
        startsAt_tz: 'Europe/Stockholm',
        publication: { isNoticePublished: true },
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: meeting.id,
        number: '1',
        order: 10,
        title: 'Öppnande',
        durationMinutes: 15,
        _status: 'published',
      },
    })
    const times = await itemTimes(meeting.slug!)
    expect(times['1']).toBe('planerad tid kl. 13.00–13.15')
  })
})

/** The Swedish messages a refused save carries, field by field. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => [],
    (error: { data?: { errors?: { message: string }[] } }) =>
      error.data?.errors?.map((entry) => entry.message) ?? [String(error)],
  )

const futureMeeting = (extra: Record<string, unknown> = {}) =>
  test.payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'extrainsatt',
      state: 'planned',
      startsAt: '2027-05-20T11:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      ...extra,
    },
  })

describe('a meeting created by staff', () => {
  it('should start from the memberships valid on its day', async () => {
    const meeting = await futureMeeting({ publication: { isNoticePublished: true }, _status: 'published' })
    const names = (await getMeeting(meeting.slug!))!.roster.flatMap((section) =>
      section.groups.flatMap((group) => group.members.map((member) => member.personName)),
    )
    const { docs } = await test.payload.find({ collection: 'memberships', depth: 1, pagination: false })
    const valid = docs
      .filter((doc) => !doc.endDate || doc.endDate >= '2027-05-20')
      .map((doc) => (typeof doc.person === 'object' ? doc.person.name : ''))
    expect(new Set(names)).toEqual(new Set(valid))
    expect(names.length).toBeGreaterThan(0)
  })

  it('should keep its list when the register changes later', async () => {
    const meeting = await futureMeeting()
    const before = meeting.called?.map((row) => row.name)
    expect(before?.length).toBeGreaterThan(0)
    const person = await test.payload.create({
      collection: 'people',
      context,
      data: { name: 'Ny Ledamot', kind: 'politiker' },
    })
    await test.payload.create({
      collection: 'memberships',
      context,
      data: {
        body: 'SRO',
        person: person.id,
        side: 'vgk',
        group: 'kommunpolitiker',
        role: 'ledamot',
        startDate: '2026-01-01',
      },
    })
    const after = await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { location: 'Skövde' },
    })
    expect(after.called?.map((row) => row.name)).toEqual(before)
  })
})

describe('agenda order', () => {
  it('should put a new item without an order after the last one, not before item 1', async () => {
    const meeting = (
      await test.payload.find({ collection: 'meetings', where: { slug: { equals: '2025-11-13' } }, depth: 0 })
    ).docs[0]!
    const item = await test.payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: meeting.id, number: '11', title: 'Ny punkt', durationMinutes: 30 },
    })
    const { docs } = await test.payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: meeting.id } },
      sort: '-order',
      limit: 1,
      depth: 0,
      draft: true,
    })
    expect(docs[0]?.id).toBe(item.id)
    expect(item.order).toBeGreaterThan(100)
  })

  it('should not let a draft item move the public times of published items', async () => {
    const meeting = await futureMeeting({
      startsAt: '2027-06-10T11:00:00.000Z',
      publication: { isNoticePublished: true },
      _status: 'published',
    })
    await test.payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: meeting.id,
        number: '1',
        order: 10,
        title: 'Öppnande',
        durationMinutes: 15,
        _status: 'published',
      },
    })
    await test.payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: meeting.id,
        number: '2',
        order: 20,
        title: 'Dragning',
        durationMinutes: 30,
        _status: 'published',
      },
    })
    const before = await itemTimes(meeting.slug!)
    expect(before).toEqual({ '1': 'planerad tid kl. 13.00–13.15', '2': 'planerad tid kl. 13.15–13.45' })
    // A draft placed first (order 1) with a long duration: only staff see it in the plan.
    await test.payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: meeting.id, number: '0', order: 1, title: 'Utkast', durationMinutes: 45, _status: 'draft' },
    })
    expect(await itemTimes(meeting.slug!)).toEqual(before)
  })
})

describe('guard rails', () => {
  it('should refuse minutes for a meeting that has not started, in Swedish', async () => {
    const meeting = await futureMeeting({ publication: { isNoticePublished: true } })
    const user = (
      await test.payload.find({
        collection: 'users',
        where: { email: { equals: 'sekreterare@sro.example' } },
        depth: 0,
      })
    ).docs[0]!
    const messages = await refusal(
      test.payload.update({
        collection: 'meetings',
        id: meeting.id,
        context,
        user,
        overrideAccess: false,
        data: { publication: { isNoticePublished: true, isMinutesPublished: true } },
      }),
    )
    expect(messages).toEqual(['Mötesanteckningen kan inte publiceras innan mötet har börjat.'])
  })

  it('should import minutes of a meeting that has not started without publishing them', async () => {
    const text =
      'Mötesanteckning SRO\n\nDatum: 9 september 2038\n\nTid: 13.00 – 14.00\n\nDagordning\n\n1. Mötets öppnande\n'
    const outcome = await importDocument({ payload: test.payload, text, fileName: 'framtid.md' })
    const meeting = await test.payload.findByID({ collection: 'meetings', id: outcome.meetingId!, depth: 0 })
    expect(meeting.publication?.isMinutesPublished).toBe(false)
    expect(outcome.warnings.map((warning) => warning.message)).toContain(
      'Mötesanteckningen har importerats men inte publicerats: mötet 2038-09-09 har inte börjat än.',
    )
  })

  it('should require the substitute when attendance says "Ersatt av"', async () => {
    const meeting = (
      await test.payload.find({ collection: 'meetings', where: { slug: { equals: '2025-11-13' } }, depth: 0 })
    ).docs[0]!
    const person = (
      await test.payload.find({ collection: 'people', where: { name: { equals: 'Ulf Olsson' } }, depth: 0 })
    ).docs[0]!
    const messages = await refusal(
      test.payload.update({
        collection: 'meetings',
        id: meeting.id,
        context,
        data: { attendance: [...(meeting.attendance ?? []), { person: person.id, status: 'substituted' }] },
      }),
    )
    expect(messages).toEqual(['Ange vem som ersätter när närvaron är "Ersatt av".'])
  })

  it('should not show a past meeting left planned as planned', async () => {
    const meeting = (
      await test.payload.find({ collection: 'meetings', where: { slug: { equals: '2025-08-21' } }, depth: 0 })
    ).docs[0]!
    expect(meeting.state).toBe('planned')
    expect(meeting.stateToday).toBe('Passerat – ej markerat som genomfört')
  })
})

describe('the import result', () => {
  it('should say which named documents the archive holds', async () => {
    const outcome = await importDocument({
      payload: test.payload,
      text: fixture('2025-11-13-motesanteckning.md'),
      fileName: '2025-11-13-motesanteckning.md',
      dryRun: true,
    })
    const items = outcome.result.meetings[0]!.agendaItems
    const six = items.find((entry) => entry.number === '6' && !entry.parent)!
    expect(
      six.documents.find((document) =>
        document.title.startsWith('Remissförslag - Läns gemensam riktlinje patientsäkerhet'),
      )?.inArchive,
    ).toBe(true)
    expect(items.flatMap((entry) => entry.documents).every((document) => typeof document.inArchive === 'boolean')).toBe(
      true,
    )
  })
})

describe('the list through the API', () => {
  it('should be public with the published kallelse and hidden before it, in REST and in queries', async () => {
    const meeting = await futureMeeting({ startsAt: '2027-09-16T11:00:00.000Z', _status: 'published' })
    const name = meeting.called?.[0]?.name
    expect(name).toBeTruthy()
    const read = async () => (await api('GET', `/meetings/${meeting.id}`)).json() as { called?: unknown[] }
    const probe = async () =>
      (
        (
          await api(
            'GET',
            `/meetings?where[called.name][equals]=${encodeURIComponent(name!)}&where[id][equals]=${meeting.id}`,
          )
        ).json() as { totalDocs?: number }
      ).totalDocs ?? 0
    expect((await read()).called ?? []).toEqual([])
    expect(await probe()).toBe(0)
    await test.payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      data: { publication: { isNoticePublished: true } },
    })
    expect((await read()).called).toHaveLength(meeting.called!.length)
  })
})
