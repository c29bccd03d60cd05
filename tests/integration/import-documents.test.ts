/**
 * The importer against a real Payload on a fresh SQLite file: the real minutes of 2023-11-23 and 2025-11-13, and
 * importing them again (nothing changes; what staff hid or unpublished stays so).
 */
import { describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relations'
import { richTextToPlainText } from '@/richtext'
import { emptyCounts, importDocument } from '@/import/write'
import { demoPdf } from '@/seed/content'
import { fixture, nameOf, slotText, useImporterPayload } from '../helpers/importer'

const session = useImporterPayload()
const { counts, meetingsOn, itemsOf } = session

describe('importDocument', () => {
  it('imports the 2023-11-23 mötesanteckning, finding "Helén Eliasson" through her alias', async () => {
    const { payload } = session.test
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
      // Item 10's "ger … i uppdrag", and in plain words item 5's "VGR återkommer om …" and item 9's "vill att
      // beredningen sammanställer …" (issue 15).
      assignments: 3,
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
    ).toEqual([session.ids.helen])
    const called = (await payload.findByID({ collection: 'meetings', id: meeting!.id, depth: 0 })).called ?? []
    expect(
      called.filter((row) => row.person === session.ids.helen).map((row) => [row.name, row.role, row.side, row.group]),
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
    expect(richTextToPlainText(item4.description)).toBe(
      '- Prioriterade utvecklingsbehov\n- Indikatorer av politiskt intresse',
    )

    const assignment = (
      await payload.find({
        collection: 'assignments',
        where: { meeting: { equals: meeting!.id }, assigneeText: { equals: 'tjänstepersonerna' } },
        depth: 0,
      })
    ).docs[0]!
    expect(assignment.due).toMatchObject({
      kind: 'meeting',
      meetingDate: '2024-01-18',
      dueText: 'till nästa möte den 18 januari 2024',
    })
    expect(assignment.assigneeText).toBe('tjänstepersonerna')
  })

  it('imports the 2025-11-13 mötesanteckning with its times, absences, decisions and assignment', async () => {
    const { payload } = session.test
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
    expect(richTextToPlainText(items.find((item) => item.number === '4')?.positionTaken)).toBe(
      'Det politiska samrådsorganet, SRO:',
    )

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
    const { payload } = session.test
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
    const { payload } = session.test
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
})
