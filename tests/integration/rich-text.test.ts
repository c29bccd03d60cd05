/**
 * Issue 15, structure kept: agenda item texts are Lexical rich text. Stored plain text is converted by the
 * migration, plain text written through the API is stored as rich text, and the importer builds lists and tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'

import { down, up } from '@/migrations/20261130_082140_item_texts_rich_text'
import { type RichTextListNode, richTextToPlainText } from '@/richtext'

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
