/**
 * The cost of rebuilding the public search index (issue 18): items, decisions, meetings and documents are each read
 * once, as a visitor, whatever the number of rows (depth 0 and one read per related collection, not population of
 * every decision's item through all its field hooks), and the index holds exactly what a visitor may read.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countQueries, countedQueries } from '@/db/queryCounter'
import type { SqliteClient } from '@/db/sqliteWrites'
import { demoPdf } from '@/seed/content'
import { plainTextToRichText } from '@/richtext'
import { decisionLogFixtures } from '../helpers/decisionLog'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { MARKERS, type Scenario, buildScenario } from '../helpers/scenario'

let test: TestPayload
let payload: Payload
let scenario: Scenario
const context = { disableRevalidate: true }
const { meeting, given } = decisionLogFixtures({ payload: () => payload })

const rebuild = async () => {
  const { collectDocuments } = await import('@/lib/public/search')
  return countedQueries(() => collectDocuments())
}

/** Published minutes with a sub-item, decisions and documents: what the index shows of a held meeting. */
async function heldMeeting(index: number) {
  const held = await meeting(`2030-0${index + 1}-15`, { minutesPublished: true, state: 'held' })
  const { item, decision } = await given(held.id, `Färdtjänst ${index}`)
  const data = demoPdf(`Bilaga ${index}`)
  const file = await payload.create({
    collection: 'attachments',
    context,
    data: { title: `Bilaga ${index} om färdtjänst`, category: 'bilaga' },
    file: { data, mimetype: 'application/pdf', name: `bilaga-${index}.pdf`, size: data.length },
  })
  const subItem = await payload.create({
    collection: 'agenda-items',
    context,
    data: {
      meeting: held.id,
      parent: item.id,
      number: 'a',
      order: 91,
      title: `Underpunkt ${index}`,
      isPublic: true,
      // The scenario's public document again: indexed once, whichever item links to it.
      attachments: [file.id, scenario.publicFile.id, scenario.hiddenFile.id],
      positionTaken: plainTextToRichText(`Ställningstagande ${index} i publicerad anteckning`),
      _status: 'published',
    },
  })
  const subDecision = await payload.create({
    collection: 'decisions',
    context,
    data: { agendaItem: subItem.id, number: 1, kind: 'beslutar', text: `Beslut ${index} under underpunkten` },
  })
  return { held, item, decision, file, subItem, subDecision }
}

let shown: Awaited<ReturnType<typeof heldMeeting>>[]
let hiddenItem: Awaited<ReturnType<typeof given>>
let trashedItem: Awaited<ReturnType<typeof given>>
let trashedMeeting: Awaited<ReturnType<typeof given>>

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  countQueries(payload.db.client as unknown as SqliteClient)
  scenario = await buildScenario(payload)
  shown = [await heldMeeting(0)]
  // In published minutes, a decision under a hidden item and one under an item in the trash stay out.
  const held = shown[0]!.held
  hiddenItem = await given(held.id, `Dold ${MARKERS.nonPublicItem}`)
  await payload.update({ collection: 'agenda-items', id: hiddenItem.item.id, context, data: { isPublic: false } })
  trashedItem = await given(held.id, 'Punkt i papperskorgen MARKERTRASHEDITEM')
  await payload.update({
    collection: 'agenda-items',
    id: trashedItem.item.id,
    context,
    data: { deletedAt: new Date().toISOString() },
  })
  // A whole meeting in the trash: its items and decisions stay out.
  const trashed = await meeting('2030-09-15', { minutesPublished: true, state: 'held' })
  trashedMeeting = await given(trashed.id, 'Möte i papperskorgen MARKERTRASHEDMEETING')
  await payload.update({
    collection: 'meetings',
    id: trashed.id,
    context,
    data: { deletedAt: new Date().toISOString() },
  })
})
afterAll(async () => test?.cleanup())

describe('rebuilding the search index', () => {
  it('should read the archive in a fixed number of statements, not populating each decision', async () => {
    const few = await rebuild()
    for (let index = 1; index < 5; index += 1) shown.push(await heldMeeting(index))
    const many = await rebuild()
    expect(many.result.length).toBeGreaterThan(few.result.length)
    // Before: 14, the decisions' items and meetings populated at depth 1 (each item through all its field hooks).
    expect(many.statements).toBeLessThanOrEqual(9)
    expect(many.statements).toBe(few.statements)
  })

  it('should index items, sub-items, decisions and documents with their meeting, as a visitor reads them', async () => {
    const { result: docs } = await rebuild()
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    for (const { held, item, decision, file, subItem, subDecision } of shown) {
      const date = held.slug
      expect(byId.get(`item:${item.id}`)).toMatchObject({ url: `/moten/${held.slug}#punkt-9`, date })
      expect(byId.get(`item:${subItem.id}`)).toMatchObject({
        kind: 'item',
        title: subItem.title,
        url: `/moten/${held.slug}#punkt-9a`,
        context: `${held.title}, punkt 9a`,
      })
      expect(byId.get(`item:${subItem.id}`)?.text).toContain('i publicerad anteckning')
      expect(byId.get(`decision:${decision.id}`)).toMatchObject({
        kind: 'decision',
        title: `Ställningstagande: ${item.title}`,
        text: decision.text,
        url: `/moten/${held.slug}#punkt-9`,
        date,
        context: `${held.title}, punkt 9`,
      })
      expect(byId.get(`decision:${subDecision.id}`)).toMatchObject({ url: `/moten/${held.slug}#punkt-9a`, date })
      expect(byId.get(`document:${file.id}`)).toMatchObject({
        kind: 'document',
        title: file.title,
        url: `/moten/${held.slug}#punkt-9a`,
        context: `Dokument under ${held.title}, punkt 9a`,
      })
    }
    expect(docs.filter((doc) => doc.id === `document:${scenario.publicFile.id}`)).toHaveLength(1)
    const ids = docs.map((doc) => doc.id)
    for (const hidden of [hiddenItem, trashedItem, trashedMeeting]) {
      expect(ids).not.toContain(`item:${hidden.item.id}`)
      expect(ids).not.toContain(`decision:${hidden.decision.id}`)
    }
    expect(ids).not.toContain(`decision:${scenario.decision.id}`)
    expect(ids).not.toContain(`document:${scenario.hiddenFile.id}`)
    expect(ids).not.toContain(`document:${scenario.unreleasedFile.id}`)
    const text = JSON.stringify(docs)
    for (const marker of [...Object.values(MARKERS), 'MARKERTRASHEDITEM', 'MARKERTRASHEDMEETING'])
      expect(text, marker).not.toContain(marker)
  })
})
