/**
 * The importer against a real Payload on a fresh SQLite file: the three real documents, re-import,
 * kallelse then minutes of the same meeting, all-or-nothing on failure, aliases, and the CLI's dry run.
 */
import { execFileSync } from 'node:child_process'
import fs, { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relations'
import { formatTimeSlot } from '@/domain/time'
import { COUNTED_COLLECTIONS, emptyCounts, importDocument } from '@/import/write'
import { runImport } from '@/import/write/run'
import { demoPdf } from '@/seed/content'
import { type TestPayload, startTestPayload } from '../helpers/payload'

/** The time slot as the public page prints it. */
const slotText = (slot: Parameters<typeof formatTimeSlot>[0] | null | undefined) => (slot ? formatTimeSlot(slot) : null)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const fixturePath = (name: string) => path.join(root, 'tests/fixtures/minutes', name)
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8')

let test: TestPayload
const ids = { helen: '', kristofer: '' }

const ALL: CollectionSlug[] = [...COUNTED_COLLECTIONS, 'organisations']

/** Rows per collection, trash included: a write that should not have happened shows up here. */
async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    ALL.map(
      async (collection) => [collection, (await test.payload.count({ collection, trash: true })).totalDocs] as const,
    ),
  )
  return Object.fromEntries(entries)
}

async function meetingsOn(date: string) {
  const { docs } = await test.payload.find({
    collection: 'meetings',
    where: { slug: { like: date } },
    depth: 0,
    draft: true,
    pagination: false,
  })
  return docs
}

async function itemsOf(meetingId: string) {
  const { docs } = await test.payload.find({
    collection: 'agenda-items',
    where: { meeting: { equals: meetingId } },
    sort: 'order',
    depth: 1,
    pagination: false,
  })
  return docs
}

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : null

beforeAll(async () => {
  test = await startTestPayload()
  const { payload } = test
  const context = { disableRevalidate: true }
  // A small register: spellings that occur in the documents are aliases here.
  for (const [name, shortName, aliases] of [
    ['Västra Götalandsregionen', 'VGR', []],
    ['Västkom', 'Västkom', ['VästKom']],
    ['Göteborgsregionen', 'GR', []],
    ['Fyrbodal', null, ['Fyrbodol', 'Fyrbodalen', 'Fyrbodalsregionen']],
    ['Skaraborg', null, []],
    ['Boråsregionen', null, []],
  ] as const) {
    await payload.create({
      collection: 'organisations',
      context,
      data: {
        name,
        shortName: shortName ?? undefined,
        type: 'kommunalforbund',
        aliases: aliases.map((alias) => ({ alias })),
      },
    })
  }
  ids.helen = (
    await payload.create({
      collection: 'people',
      context,
      data: { name: 'Helen Eliasson', kind: 'politiker', party: 'S', aliases: [{ alias: 'Helén Eliasson' }] },
    })
  ).id
  ids.kristofer = (
    await payload.create({
      collection: 'people',
      context,
      data: { name: 'Kristofer Svensson', kind: 'tjansteperson', aliases: [{ alias: 'Kristoffer Svensson' }] },
    })
  ).id
})
afterAll(async () => test?.cleanup())

describe('importDocument', () => {
  it('imports the 2023-11-23 mötesanteckning, finding "Helén Eliasson" through her alias', async () => {
    const { payload } = test
    const outcome = await importDocument({
      payload,
      text: fixture('2023-11-23-motesanteckning.md'),
      fileName: '2023-11-23-motesanteckning.md',
    })
    expect(outcome.result.meetings[0]?.date).toBe('2023-11-23')
    expect(outcome.created).toMatchObject({
      meetings: 1,
      'agenda-items': 15,
      decisions: 9,
      assignments: 1,
      attachments: 0,
    })

    const [meeting] = await meetingsOn('2023-11-23')
    expect(meeting).toMatchObject({
      slug: '2023-11-23',
      startsAt: '2023-11-23T11:30:00.000Z',
      endsAt: '2023-11-23T14:30:00.000Z',
      state: 'held',
      _status: 'published',
    })
    expect(meeting?.publication).toMatchObject({ isNoticePublished: true, isMinutesPublished: true })
    expect(outcome.meetingId).toBe(meeting?.id)

    // "Helén Eliasson" in the member list is the register's Helen Eliasson, called as chair on this meeting's own list
    // (as written); one document gives no term, so the import adds no membership to the register (issue 15).
    expect(
      (await payload.find({ collection: 'people', where: { name: { like: 'Eliasson' } } })).docs.map(
        (person) => person.id,
      ),
    ).toEqual([ids.helen])
    const called = (await payload.findByID({ collection: 'meetings', id: meeting!.id, depth: 0 })).called ?? []
    expect(
      called.filter((row) => row.person === ids.helen).map((row) => [row.name, row.role, row.side, row.group]),
    ).toEqual([['Helén Eliasson', 'ordforande', 'vgr', 'regionpolitiker']])
    expect((await payload.count({ collection: 'memberships' })).totalDocs).toBe(0)
    // Unknown people were added, each with a warning that names the line.
    const added = outcome.warnings.filter((warning) => warning.message.includes('fanns inte i personregistret'))
    expect(added.length).toBe(outcome.created.people)
    expect(added.every((warning) => typeof warning.line === 'number' && warning.line > 0)).toBe(true)

    const full = await payload.findByID({ collection: 'meetings', id: meeting!.id, depth: 1 })
    expect(full.attendance?.map((row) => [nameOf(row.person), row.status])).toEqual([
      ['Dan Nyberg', 'remote'],
      ['Ulf Olsson', 'absent'],
      ['Adam Johansson', 'absent'],
      ['Malin Swärd Davidsson', 'absent'],
    ])

    const items = await itemsOf(meeting!.id)
    expect(items.filter((item) => !item.parent).map((item) => item.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ])
    const item4 = items.find((item) => item.number === '4' && !item.parent)!
    expect(item4).toMatchObject({ durationMinutes: 40, handling: ['information', 'dialog'], startOverride: null })
    expect(slotText(item4.timeSlot)).toBe('12.30–13.10')
    expect(item4.presenters?.map(nameOf)).toEqual(['Angela Olausson', 'Åsa Jackson'])
    expect(item4.description).toBe('- Prioriterade utvecklingsbehov\n- Indikatorer av politiskt intresse')

    const assignment = (
      await payload.find({ collection: 'assignments', where: { meeting: { equals: meeting!.id } }, depth: 0 })
    ).docs[0]!
    expect(assignment.due).toMatchObject({
      kind: 'meeting',
      meetingDate: '2024-01-18',
      dueText: 'till nästa möte den 18 januari 2024',
    })
    expect(assignment.assigneeText).toBe('tjänstepersonerna')
  })

  it('imports the 2025-11-13 mötesanteckning with its times, absences, decisions and assignment', async () => {
    const { payload } = test
    const sourceFile = {
      data: demoPdf('Mötesanteckning SRO 2025-11-13'),
      mimetype: 'application/pdf',
      name: '2025-11-13-motesanteckning.pdf',
    }
    const outcome = await importDocument({
      payload,
      text: fixture('2025-11-13-motesanteckning.md'),
      fileName: '2025-11-13-motesanteckning.md',
      sourceFile,
    })
    expect(outcome.created).toMatchObject({
      meetings: 1,
      'agenda-items': 12,
      decisions: 9,
      assignments: 1,
      attachments: 1,
    })

    const [meeting] = await meetingsOn('2025-11-13')
    expect(meeting).toMatchObject({
      slug: '2025-11-13',
      title: 'SRO möte 13 november 2025',
      startsAt: '2025-11-13T12:00:00.000Z',
      endsAt: '2025-11-13T14:00:00.000Z',
    })
    expect(meeting?.location).toBe('Regionens Hus, Göteborg, lokal Lejonet')

    const full = await payload.findByID({ collection: 'meetings', id: meeting!.id, depth: 1 })
    expect(full.attendance?.filter((row) => row.status === 'absent').map((row) => nameOf(row.person))).toEqual([
      'Ulf Olsson',
      'Bengt Hilmersson',
      'Ann-Sofie Rundberg',
      'Carina Örgård',
      'Miguel Odhner',
      'Theres Sahlström',
      'Lars Holmin',
      'Peter Eriksson',
      'Malin Swärd Davidsson',
    ])
    expect(full.invitedGuests?.map((guest) => nameOf(guest.person) ?? guest.name)).toEqual([
      'Magnus Kronvall',
      'Theresa Larsen',
      'Malin Spetz',
      'Per Albertsson',
      'Anders Kullbratt',
    ])
    expect(typeof full.sourceDocument === 'object' && full.sourceDocument).toMatchObject({
      category: 'motesanteckning',
      isPublic: true,
      title: 'Mötesanteckning SRO 2025-11-13',
    })

    const items = await itemsOf(meeting!.id)
    expect(items).toHaveLength(12)
    const slots = Object.fromEntries(
      items.filter((item) => !item.parent).map((item) => [item.number, slotText(item.timeSlot)]),
    )
    expect(slots).toMatchObject({
      '4': '13.05–13.25',
      '5': '13.25–13.40',
      '6': '13.40–13.50',
      '7': '14.05–14.10',
      '8': '14.10–14.30',
      '9': '14.30–14.40',
    })
    expect(items.filter((item) => item.startOverride).map((item) => [item.number, item.startOverride])).toEqual([
      ['4', '13:05'],
      ['7', '14:05'],
    ])
    const item6 = items.find((item) => item.number === '6')!
    expect(item6.presenters?.map(nameOf)).toEqual(['Jenny Nilsson', 'Malin Swärd Davidsson'])
    expect(items.find((item) => item.number === '4')?.positionTaken).toBe('Det politiska samrådsorganet, SRO:')

    const decisions = await payload.find({
      collection: 'decisions',
      where: { meeting: { equals: meeting!.id } },
      pagination: false,
      depth: 0,
    })
    expect(decisions.totalDocs).toBe(9)
    const assignment = (
      await payload.find({ collection: 'assignments', where: { meeting: { equals: meeting!.id } }, depth: 0 })
    ).docs[0]!
    expect(assignment.due).toMatchObject({ kind: 'month', month: '2026-06', dueText: 'senast i juni 2026' })
    expect(relationId(assignment.agendaItem)).toBe(items.find((item) => item.number === '4')!.id)
    expect(assignment.assigneeText).toBe('VGR:s hälso- och sjukvårdsutvecklingsdirektör och Västkom:s direktör')
  })

  it('changes nothing when the same documents are imported again', async () => {
    const { payload } = test
    const before = await counts()
    const [meeting] = await meetingsOn('2025-11-13')
    const stamps = async () => (await itemsOf(meeting!.id)).map((item) => `${item.id} ${item.updatedAt}`)
    const itemStamps = await stamps()
    const sourceFile = {
      data: demoPdf('Mötesanteckning SRO 2025-11-13'),
      mimetype: 'application/pdf',
      name: '2025-11-13-motesanteckning.pdf',
    }
    for (const [name, extra] of [
      ['2025-11-13-motesanteckning.md', { sourceFile }],
      ['2023-11-23-motesanteckning.md', {}],
    ] as const) {
      const outcome = await importDocument({ payload, text: fixture(name), fileName: name, ...extra })
      expect({ name, created: outcome.created, updated: outcome.updated }).toEqual({
        name,
        created: emptyCounts(),
        updated: emptyCounts(),
      })
    }
    expect(await counts()).toEqual(before)
    const [again] = await meetingsOn('2025-11-13')
    expect(again?.updatedAt).toBe(meeting?.updatedAt)
    expect(await stamps()).toEqual(itemStamps)
  })

  it('leaves what staff have hidden or unpublished as it is when a document is imported again', async () => {
    const { payload } = test
    const context = { disableRevalidate: true }
    const [meeting] = await meetingsOn('2023-11-23')
    const [first] = await itemsOf(meeting!.id)
    await payload.update({ collection: 'agenda-items', id: first!.id, context, data: { isPublic: false } })
    await payload.update({
      collection: 'meetings',
      id: meeting!.id,
      context,
      data: { publication: { isNoticePublished: true, isMinutesPublished: false } },
    })

    const again = await importDocument({
      payload,
      text: fixture('2023-11-23-motesanteckning.md'),
      fileName: '2023-11-23-motesanteckning.md',
    })
    expect((await payload.findByID({ collection: 'agenda-items', id: first!.id, depth: 0 })).isPublic).toBe(false)
    expect((await meetingsOn('2023-11-23'))[0]?.publication).toMatchObject({
      isNoticePublished: true,
      isMinutesPublished: false,
    })
    const messages = again.warnings.map((warning) => warning.message)
    expect(messages).toContainEqual(
      expect.stringMatching(/^Punkt 1 är dold eller opublicerad i arkivet och har lämnats så\.$/),
    )
    expect(messages).toContainEqual(
      expect.stringContaining(
        'Mötesanteckningen har importerats men inte publicerats: den har importerats förut och avpublicerats sedan.',
      ),
    )

    // A meeting made a draft again stays a draft.
    await payload.update({ collection: 'meetings', id: meeting!.id, context, data: { _status: 'draft' } })
    const draft = await importDocument({
      payload,
      text: fixture('2023-11-23-motesanteckning.md'),
      fileName: '2023-11-23-motesanteckning.md',
    })
    const { docs } = await payload.find({ collection: 'meetings', where: { id: { equals: meeting!.id } }, depth: 0 })
    expect(docs[0]?._status).toBe('draft')
    expect(draft.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringContaining('mötet är inte publicerat'),
    )

    await payload.update({
      collection: 'meetings',
      id: meeting!.id,
      context,
      data: { _status: 'published', publication: { isNoticePublished: true, isMinutesPublished: true } },
    })
    await payload.update({ collection: 'agenda-items', id: first!.id, context, data: { isPublic: true } })
  })

  it('updates the meeting of the 2025-08-21 kallelse when its minutes are imported', async () => {
    const { payload } = test
    const notice = await importDocument({
      payload,
      text: fixture('2025-08-21-kallelse.md'),
      fileName: '2025-08-21-kallelse.md',
    })
    expect(notice.created).toMatchObject({ meetings: 1, 'agenda-items': 16, decisions: 0, assignments: 0 })
    const [meeting] = await meetingsOn('2025-08-21')
    expect(meeting).toMatchObject({
      state: 'planned',
      _status: 'published',
      startsAt: '2025-08-21T11:30:00.000Z',
      endsAt: '2025-08-21T13:30:00.000Z',
    })
    expect(meeting?.publication).toMatchObject({ isNoticePublished: true, isMinutesPublished: false })
    const noticeItems = await itemsOf(meeting!.id)
    const pause = noticeItems.find((item) => item.isPause)!
    expect(pause).toMatchObject({ number: 'paus', title: 'Paus', durationMinutes: 10 })
    expect(slotText(pause.timeSlot)).toBe('14.25–14.35')
    const item4 = noticeItems.find((item) => item.number === '4')!
    expect(item4).toMatchObject({ startOverride: '13:35', handlingNote: 'inför ställningstagande 1 september' })
    expect(slotText(item4.timeSlot)).toBe('13.35–14.15')
    const item6 = noticeItems.find((item) => item.number === '6')!
    expect(item6.proposedPosition).toMatch(
      /^Det politiska samrådsorganet SRO ställer sig bakom att:\n1\. Parterna tar fram/,
    )
    expect(noticeItems.find((item) => item.number === '8')?.presenterNote).toBe(
      'en representant från kommunalförbunden',
    )
    const signed = await payload.findByID({ collection: 'meetings', id: meeting!.id, depth: 1 })
    expect(signed.signatories?.map((row) => [nameOf(row.person), row.role])).toEqual([
      ['Helen Eliasson', 'ordforande'],
      ['Marina Johansson', 'vice_ordforande'],
    ])

    const minutesText = `Mötesanteckning SRO

Datum: 21 augusti 2025

Tid: 13.30 – 15.30

Mötesform: Regionens Hus, Göteborg, lokal Lejonet

Dagordning

1. Mötets öppnande

Frånvaro: Ulf Olsson och Bengt Hilmersson

2. Godkännande av dagens agenda

Dagens agenda godkänns.

3. Föregående mötesanteckning

Föregående mötesanteckning godkänns.

4. Nytt Hälsa- och sjukvårdsavtal med tillhörande överenskommelser

Ställningstagande: Det politiska samrådsorganet SRO noterar informationen.

5. Förlängt uppdrag politisk referensgrupp

Ställningstagande: Det politiska samrådsorganet SRO noterar informationen.

6. Tilläggsuppdrag patientsäkerhet till nytt Hälso- och sjukvårdsavtal

Information och ställningstagande

(10 minuter, kl. 14.35 – 14.45)

Föredragande: Ann-Sofie Rundberg, VGR, och Kristoffer Svensson, Skaraborg

Ställningstagande: Det politiska samrådsorganet SRO ställer sig bakom att:

1. Parterna tar fram förslag på en läns gemensam riktlinje avseende patientsäkerhet.

2. Läns gemensam riktlinje avseende patientsäkerhet skickas på remiss till parterna.
`
    const people = (await payload.count({ collection: 'people' })).totalDocs
    const minutes = await importDocument({ payload, text: minutesText, fileName: 'anteckning.md' })
    expect(minutes.created).toMatchObject({ meetings: 0, 'agenda-items': 0, decisions: 6, people: 0 })
    expect(minutes.updated).toMatchObject({ meetings: 1 })
    expect(minutes.meetingId).toBe(meeting!.id)
    expect((await payload.count({ collection: 'people' })).totalDocs).toBe(people)

    const after = await meetingsOn('2025-08-21')
    expect(after.map((doc) => doc.id)).toEqual([meeting!.id])
    expect(after[0]).toMatchObject({ state: 'held', _status: 'published', slug: '2025-08-21' })
    expect(after[0]?.publication).toMatchObject({ isNoticePublished: true, isMinutesPublished: true })
    expect(after[0]?.publication?.noticePublishedAt).toBe(meeting?.publication?.noticePublishedAt)

    const items = await itemsOf(meeting!.id)
    expect(items).toHaveLength(16)
    const updated6 = items.find((item) => item.number === '6')!
    // "Kristoffer Svensson" is the register's Kristofer Svensson, through the alias.
    expect(updated6.presenters?.map((person) => relationId(person))).toContain(ids.kristofer)
    expect(updated6.proposedPosition).toBe(item6.proposedPosition)
    expect(updated6.positionTaken).toBe('Det politiska samrådsorganet SRO ställer sig bakom att:')
    const decisions = await payload.find({
      collection: 'decisions',
      where: { agendaItem: { equals: updated6.id } },
      sort: 'number',
      depth: 0,
    })
    expect(decisions.docs.map((decision) => decision.number)).toEqual([1, 2])
    // Items of the kallelse that the minutes do not mention are kept, and said so.
    expect(
      minutes.warnings.some((warning) => /Punkt 7 .*finns i arkivet men inte i dokumentet/.test(warning.message)),
    ).toBe(true)
    const full = await payload.findByID({ collection: 'meetings', id: meeting!.id, depth: 1 })
    expect(full.attendance?.map((row) => [nameOf(row.person), row.status])).toEqual([
      ['Ulf Olsson', 'absent'],
      ['Bengt Hilmersson', 'absent'],
    ])

    // The kallelse again, after the minutes: it fills in only what is missing.
    const late = await importDocument({
      payload,
      text: fixture('2025-08-21-kallelse.md'),
      fileName: '2025-08-21-kallelse.md',
    })
    expect(late.created).toMatchObject({ meetings: 0, 'agenda-items': 0, decisions: 0 })
    expect((await meetingsOn('2025-08-21'))[0]?.publication).toMatchObject({
      isNoticePublished: true,
      isMinutesPublished: true,
    })
  })

  it('leaves the database unchanged when a document fails half-way', async () => {
    const { payload } = test
    const before = await counts()
    const text = fixture('2025-11-13-motesanteckning.md').replace('Datum: 13 november 2025', 'Datum: 20 november 2025')
    const sourceFile = {
      data: demoPdf('Mötesanteckning SRO 2025-11-20'),
      mimetype: 'application/pdf',
      name: '2025-11-20-motesanteckning.pdf',
    }
    await expect(
      runImport({
        args: { payload, text, fileName: '2025-11-20-motesanteckning.md', sourceFile },
        testOptions: { failAfterItems: 6 },
      }),
    ).rejects.toThrow(
      /^Importen av 2025-11-20-motesanteckning\.md misslyckades och ingenting sparades: testfel efter 6 dagordningspunkter/,
    )
    expect(await counts()).toEqual(before)
    expect(await meetingsOn('2025-11-20')).toEqual([])
    // The uploaded source file is removed from disk as well.
    const uploads = path.join(test.dir, 'uploads', 'attachments')
    expect(fs.existsSync(uploads) ? fs.readdirSync(uploads).filter((file) => file.includes('2025-11-20')) : []).toEqual(
      [],
    )

    // A person created early in the document is rolled back too.
    const withNewcomer = text.replace('Frånvaro: Ulf Olsson,', 'Frånvaro: Ny Nykomling, Ulf Olsson,')
    await expect(
      runImport({ args: { payload, text: withNewcomer, fileName: 'x.md' }, testOptions: { failAfterItems: 1 } }),
    ).rejects.toThrow(/ingenting sparades/)
    expect(await counts()).toEqual(before)

    // The same document without the forced error goes in whole.
    const outcome = await importDocument({ payload, text, fileName: '2025-11-20-motesanteckning.md' })
    expect(outcome.created).toMatchObject({ meetings: 1, 'agenda-items': 12 })
  })

  it('counts what a dry run would do without keeping it', async () => {
    const { payload } = test
    const before = await counts()
    const text = fixture('2025-11-13-motesanteckning.md').replace('Datum: 13 november 2025', 'Datum: 27 november 2025')
    const outcome = await importDocument({ payload, text, fileName: 'prov.md', dryRun: true })
    expect(outcome.dryRun).toBe(true)
    expect(outcome.created).toMatchObject({ meetings: 1, 'agenda-items': 12, decisions: 9 })
    expect(outcome.meetingId).toBeUndefined()
    expect(await counts()).toEqual(before)
  })

  it('keeps an ambiguous presenter as text, with a warning, and uses the given year', async () => {
    const { payload } = test
    const context = { disableRevalidate: true }
    for (const organisation of ['Västra Götalandsregionen', 'Skaraborg']) {
      await payload.create({
        collection: 'people',
        context,
        data: {
          name: 'Anna Berg',
          kind: 'tjansteperson',
          organisation: (await payload.find({ collection: 'organisations', where: { name: { equals: organisation } } }))
            .docs[0]?.id,
        },
      })
    }
    const text = `Mötesanteckning SRO

Datum: 4 december

Tid: 13.00 – 14.00

Dagordning

1. Mötets öppnande

2. Aktuellt från regionen

Information

(15 minuter, kl. 13.10 – 13.25)

Föredragande: Anna Berg, VGR och Helén Eliasson, VGR

Ställningstagande: Det politiska samrådsorganet SRO noterar informationen.
`
    const people = (await payload.count({ collection: 'people' })).totalDocs
    const outcome = await importDocument({ payload, text, fileName: 'december.md', year: 2025 })
    expect(outcome.result.meetings[0]?.date).toBe('2025-12-04')
    expect((await payload.count({ collection: 'people' })).totalDocs).toBe(people)
    const item = (await itemsOf(outcome.meetingId!)).find((entry) => entry.number === '2')!
    expect(item.presenters?.map((person) => relationId(person))).toEqual([ids.helen])
    expect(item.presenterNote).toBe('Anna Berg')
    expect(item).toMatchObject({ startOverride: '13:10' })
    expect(slotText(item.timeSlot)).toBe('13.10–13.25')
    expect(outcome.warnings).toContainEqual({
      line: 17,
      message: expect.stringContaining('"Anna Berg" passar flera personer'),
    })
  })

  it('stores "till nästa möte" as due at the next meeting, dated once that meeting is in the archive', async () => {
    const { payload } = test
    const text = `Mötesanteckning SRO

Datum: 5 februari 2037

Tid: 13.00 – 14.00

Dagordning

1. Mötets öppnande

2. Samverkan kring hjälpmedel

Ställningstagande: Det politiska samrådsorganet SRO ger tjänstepersonerna i uppdrag att bereda ärendet till nästa möte.
`
    const outcome = await importDocument({ payload, text, fileName: 'februari.md' })
    expect(outcome.created).toMatchObject({ assignments: 1 })
    const find = async () =>
      (await payload.find({ collection: 'assignments', where: { meeting: { equals: outcome.meetingId } }, depth: 0 }))
        .docs
    expect((await find())[0]?.due).toMatchObject({ kind: 'next_meeting', dueText: 'till nästa möte' })
    // The kallelse of the next meeting: planned, so the report-back goes there.
    const next = await importDocument({
      payload,
      text: 'Kallelse SRO\n\nDatum: 19 mars 2037\n\nTid: 13.00 – 14.00\n\nDagordning\n\n1. Mötets öppnande\n',
      fileName: 'mars.md',
    })
    expect(next.created).toMatchObject({ meetings: 1 })
    expect((await find())[0]?.due).toMatchObject({ kind: 'next_meeting', meetingDate: '2037-03-19' })
  })

  it('refuses a text without a meeting, in Swedish', async () => {
    await expect(importDocument({ payload: test.payload, text: 'Inget här.', fileName: 'tom.md' })).rejects.toThrow(
      /^Importen av tom\.md avbröts: .*rad 1: Hittade inget mötesdatum/,
    )
  })
})

describe('npm run import', () => {
  const run = (args: string[]) =>
    execFileSync('node', ['scripts/payload.mjs', 'run', 'scripts/import.ts', '--', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    })

  it('prints the parse result as JSON, and nothing else, with --dry-run --json', () => {
    const stdout = run(['--dry-run', '--json', fixturePath('2025-11-13-motesanteckning.md')])
    const parsed = JSON.parse(stdout) as { meetings: { date: string; agendaItems: unknown[] }[]; warnings: unknown[] }
    expect(parsed.meetings[0]?.date).toBe('2025-11-13')
    expect(parsed.meetings[0]?.agendaItems).toHaveLength(12)
    expect(parsed.warnings).toEqual([])
  })

  it('fails with a Swedish message for a missing file and an unsupported type', () => {
    let failure: { status?: number; stderr?: string } = {}
    try {
      run(['--dry-run', 'finns-inte.md', 'package.json'])
    } catch (error) {
      failure = error as { status?: number; stderr?: string }
    }
    expect(failure.status).toBe(1)
    expect(failure.stderr).toContain('Filen finns inte: finns-inte.md')
    expect(failure.stderr).toContain('Filtypen .json stöds inte')
  })
})
