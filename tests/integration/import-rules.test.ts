/**
 * The importer against a real Payload on a fresh SQLite file: kallelse then minutes of the same meeting,
 * all-or-nothing on failure, dry run, ambiguous names, "till nästa möte", and the CLI.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relations'
import { richTextToPlainText } from '@/richtext'
import { importDocument } from '@/import/write'
import { runImport } from '@/import/write/run'
import { demoPdf } from '@/seed/content'
import { fixture, fixturePath, nameOf, root, slotText, useImporterPayload } from '../helpers/importer'

const session = useImporterPayload()
const { counts, meetingsOn, itemsOf } = session

describe('importDocument', () => {
  it('updates the meeting of the 2025-08-21 kallelse when its minutes are imported', async () => {
    const { payload } = session.test
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
    // Rich text: the lead as a paragraph, the points as a numbered list.
    expect(richTextToPlainText(item6.proposedPosition)).toMatch(
      /^Det politiska samrådsorganet SRO ställer sig bakom att:\n\n1\. Parterna tar fram/,
    )
    expect(item6.proposedPosition?.root.children.map((block) => block.type)).toEqual(['paragraph', 'list'])
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
    expect(updated6.presenters?.map((person) => relationId(person))).toContain(session.ids.kristofer)
    expect(updated6.proposedPosition).toEqual(item6.proposedPosition)
    expect(richTextToPlainText(updated6.positionTaken)).toBe('Det politiska samrådsorganet SRO ställer sig bakom att:')
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
    const { payload } = session.test
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
    const uploads = path.join(session.test.dir, 'uploads', 'attachments')
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
    const { payload } = session.test
    const before = await counts()
    const text = fixture('2025-11-13-motesanteckning.md').replace('Datum: 13 november 2025', 'Datum: 27 november 2025')
    const outcome = await importDocument({ payload, text, fileName: 'prov.md', dryRun: true })
    expect(outcome.dryRun).toBe(true)
    expect(outcome.created).toMatchObject({ meetings: 1, 'agenda-items': 12, decisions: 9 })
    expect(outcome.meetingId).toBeUndefined()
    expect(await counts()).toEqual(before)
  })

  it('keeps an ambiguous presenter as text, with a warning, and uses the given year', async () => {
    const { payload } = session.test
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
    expect(item.presenters?.map((person) => relationId(person))).toEqual([session.ids.helen])
    expect(item.presenterNote).toBe('Anna Berg')
    expect(item).toMatchObject({ startOverride: '13:10' })
    expect(slotText(item.timeSlot)).toBe('13.10–13.25')
    expect(outcome.warnings).toContainEqual({
      line: 17,
      message: expect.stringContaining('"Anna Berg" passar flera personer'),
    })
  })

  it('stores "till nästa möte" as due at the next meeting, dated once that meeting is in the archive', async () => {
    const { payload } = session.test
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
    await expect(
      importDocument({ payload: session.test.payload, text: 'Inget här.', fileName: 'tom.md' }),
    ).rejects.toThrow(/^Importen av tom\.md avbröts: .*rad 1: Hittade inget mötesdatum/)
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
