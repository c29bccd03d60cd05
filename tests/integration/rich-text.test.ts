/**
 * Issue 15, structure kept: agenda item texts are Lexical rich text. Stored plain text is converted by the
 * migration, plain text written through the API is stored as rich text, and the importer builds lists and tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'

import { importDocument } from '@/import/write'
import { down, up } from '@/migrations/20261130_082140_item_texts_rich_text'
import {
  type RichTextListNode,
  type RichTextState,
  type RichTextTableNode,
  plainTextToRichText,
  richTextToPlainText,
} from '@/richtext'

import { agendaItemsOf, fixture, meetingsOnDate, seedRegister } from '../helpers/importer'
import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload
let payload: Payload
let meetingId: string
const context = { disableRevalidate: true }

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  const meeting = await payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'planned',
      startsAt: '2027-03-18T12:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      _status: 'published',
    },
  })
  meetingId = meeting.id
  await seedRegister({ payload })
}, 120_000)

afterAll(async () => {
  await test?.cleanup()
})

type Db = Parameters<typeof up>[0]['db']
const db = () => (payload.db as unknown as { drizzle: Db }).drizzle

describe('the migration to rich text', () => {
  it('converts an existing plain-text row and its versions, and down flattens them again', async () => {
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: { meeting: meetingId, number: '1', title: 'Punkt', _status: 'published' },
    })
    const plain = 'SRO ställer sig bakom att:\n1. Avtalet godkänns\n2. Uppföljning sker'
    // As a row looked before the migration: plain text in the item and in its latest version.
    await db().run(
      sql`UPDATE agenda_items SET proposed_position = ${plain}, notes = ${'- ett\n- två'} WHERE id = ${item.id}`,
    )
    await db().run(sql`UPDATE _agenda_items_v SET version_proposed_position = ${plain} WHERE parent_id = ${item.id}`)
    await up({ db: db(), payload, req: {} as never })

    const read = await payload.findByID({ collection: 'agenda-items', id: item.id })
    const [lead, list] = read.proposedPosition!.root.children as [unknown, RichTextListNode]
    expect(lead).toMatchObject({ type: 'paragraph' })
    expect(list).toMatchObject({ type: 'list', tag: 'ol' })
    expect(list.children).toHaveLength(2)
    expect(read.notes!.root.children[0]).toMatchObject({ type: 'list', tag: 'ul' })
    const draft = await payload.findByID({ collection: 'agenda-items', id: item.id, draft: true })
    expect(richTextToPlainText(draft.proposedPosition)).toBe(
      'SRO ställer sig bakom att:\n\n1. Avtalet godkänns\n2. Uppföljning sker',
    )

    // Run twice: nothing changes.
    const before = await db().all(sql`SELECT proposed_position FROM agenda_items WHERE id = ${item.id}`)
    await up({ db: db(), payload, req: {} as never })
    expect(await db().all(sql`SELECT proposed_position FROM agenda_items WHERE id = ${item.id}`)).toEqual(before)

    await down({ db: db(), payload, req: {} as never })
    const flat = (await db().all(sql`SELECT proposed_position, notes FROM agenda_items WHERE id = ${item.id}`)) as {
      proposed_position: string
      notes: string
    }[]
    expect(flat[0]).toEqual({
      proposed_position: 'SRO ställer sig bakom att:\n\n1. Avtalet godkänns\n2. Uppföljning sker',
      notes: '- ett\n- två',
    })
    await up({ db: db(), payload, req: {} as never })
  })

  it('stores plain text written through the API as rich text', async () => {
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: meetingId,
        number: '2',
        title: 'Punkt två',
        description: 'Inför mötet:\n- Läs underlaget\n- Svara på enkäten' as never,
        _status: 'published',
      },
    })
    expect(item.description!.root.children.map((block) => block.type)).toEqual(['paragraph', 'list'])
  })
})

/** The items of the meeting imported from `name`, by their label ("6", "6b"). */
async function importItems(name: string, date: string) {
  await importDocument({ payload, text: fixture(name), fileName: name })
  const [meeting] = await meetingsOnDate({ payload, date })
  const items = await agendaItemsOf({ payload, meetingId: meeting!.id })
  const numberOf = new Map(items.map((item) => [item.id, item.number]))
  const label = (item: (typeof items)[number]) => {
    const parent = typeof item.parent === 'object' ? item.parent?.number : item.parent && numberOf.get(item.parent)
    return `${parent ?? ''}${item.number}`
  }
  return new Map(items.map((item) => [label(item), item]))
}

const blocksOf = (value: RichTextState | unknown) => (value as RichTextState | null)?.root.children ?? []
const cellText = (table: RichTextTableNode, row: number) =>
  table.children[row]!.children.map((cell) => richTextToPlainText({ root: { children: cell.children } }))

describe('the importer builds rich text', () => {
  it('2023-11-23: item 6b has the Tidsplan as a table with a header row, and its points as a list', async () => {
    const items = await importItems('2023-11-23-motesanteckning.md', '2023-11-23')
    const notes = blocksOf(items.get('6b')!.notes)
    const table = notes.find((block) => block.type === 'table') as RichTextTableNode
    expect(table.children).toHaveLength(4)
    expect(cellText(table, 0)).toEqual([
      '',
      'Samsyn kommunal primärvård',
      'Hälso- och sjukvårdsavtal & lagreglerade överenskommelser',
    ])
    expect(table.children[0]!.children.every((cell) => cell.headerState === 1)).toBe(true)
    expect(cellText(table, 1)).toEqual(['Hösten 2023', 'Inledande dialog', 'Dialog avtalsform'])
    expect(notes.some((block) => block.type === 'list' && block.tag === 'ul' && block.children.length === 3)).toBe(true)
    // Nothing of the table is left as flattened text.
    expect(JSON.stringify(items.get('6b')!.notes)).not.toContain(' | ')
  })

  it('2025-08-21: the numbered proposal of item 6 is a paragraph and a numbered list', async () => {
    const items = await importItems('2025-08-21-kallelse.md', '2025-08-21')
    const [lead, list] = blocksOf(items.get('6')!.proposedPosition) as [unknown, RichTextListNode]
    expect(richTextToPlainText({ root: { children: [lead] } })).toBe(
      'Det politiska samrådsorganet SRO ställer sig bakom att:',
    )
    expect(list).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 1 })
    expect(list.children).toHaveLength(3)
  })

  it('2025-11-13: bullet lists stay lists', async () => {
    const items = await importItems('2025-11-13-motesanteckning.md', '2025-11-13')
    const notes = blocksOf(items.get('1a')!.notes)
    expect(notes).toEqual([expect.objectContaining({ type: 'list', tag: 'ul' })])
    expect(richTextToPlainText(items.get('1a')!.notes)).toBe(
      '- Presentationsrunda\n- Susanna Cassberg hälsas välkommen',
    )
    // Item 8: "VGR omgående etablerar …" and the three points after it.
    const list = blocksOf(items.get('8')!.notes).find((block) => block.type === 'list') as RichTextListNode
    expect(list).toMatchObject({ tag: 'ul' })
    expect(list.children).toHaveLength(4)
  })

  it('a link with an address in a sentence of the document is a link in the item text', async () => {
    const text = fixture('2025-08-21-kallelse.md').replace(
      'Förslag till ställningstagande: Det politiska samrådsorganet SRO noterar informationen.\n\n5.',
      'Läs [Färdplan för nära vård](https://www.vgregion.se/fardplan) före mötet.\n\n' +
        'Förslag till ställningstagande: Det politiska samrådsorganet SRO noterar informationen.\n\n5.',
    )
    expect(text).toContain('Läs [Färdplan')
    await importDocument({ payload, text, fileName: '2025-08-21-kallelse.md' })
    const [meeting] = await meetingsOnDate({ payload, date: '2025-08-21' })
    const item4 = (await agendaItemsOf({ payload, meetingId: meeting!.id })).find((item) => item.number === '4')!
    expect(JSON.stringify(item4.description)).toContain(
      '"fields":{"linkType":"custom","url":"https://www.vgregion.se/fardplan","newTab":false}',
    )
    expect(richTextToPlainText(item4.description)).toContain('Läs Färdplan för nära vård före mötet.')
  })

  it('search finds words that stand only in a list item or a table cell', async () => {
    const { collectDocuments } = await import('@/lib/public/search')
    const { buildIndex, search } = await import('@/search/engine')
    const index = buildIndex(await collectDocuments())
    const urls = (query: string) => search(index, query, { limit: 50 }).hits.map((hit) => hit.doc.url)
    // A table cell of the Tidsplan in 2023-11-23 item 6b.
    expect(urls('Förankringsprocess')).toContain('/moten/2023-11-23#punkt-6b')
    // A list item in 2025-11-13 item 1a.
    expect(urls('Presentationsrunda')).toContain('/moten/2025-11-13#punkt-1a')
  })
})

describe('rich text and what the public may see', () => {
  it('keeps minutes fields out of the API and the search index, lists and tables included, until published', async () => {
    const marker = 'MARKERRICHTEXTMINUTES'
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'held',
        startsAt: '2024-02-01T12:00:00.000Z',
        startsAt_tz: 'Europe/Stockholm',
        publication: { isNoticePublished: true, isMinutesPublished: false },
        _status: 'published',
      },
    })
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: meeting.id,
        number: '1',
        title: 'Punkt med anteckningar',
        proposedPosition: plainTextToRichText('SRO ställer sig bakom att:\n1. Förslaget godkänns'),
        positionTaken: plainTextToRichText(`Beslut:\n1. ${marker} ett`),
        notes: plainTextToRichText(`- ${marker} i listan\n\nDatum | Vad\n1 mars | ${marker} i tabellen`),
        _status: 'published',
      },
    })
    const asVisitor = await payload.findByID({ collection: 'agenda-items', id: item.id, overrideAccess: false })
    expect(richTextToPlainText(asVisitor.proposedPosition)).toBe('SRO ställer sig bakom att:\n\n1. Förslaget godkänns')
    expect(JSON.stringify(asVisitor)).not.toContain(marker)
    const { collectDocuments } = await import('@/lib/public/search')
    expect(JSON.stringify(await collectDocuments())).not.toContain(marker)
  })
})
