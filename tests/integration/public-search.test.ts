/** The public search index holds published, public content only, including the text inside released documents. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPdf } from '@/seed/content'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { MARKERS, type Scenario, buildScenario } from '../helpers/scenario'

let test: TestPayload
let scenario: Scenario

beforeAll(async () => {
  test = await startTestPayload()
  scenario = await buildScenario(test.payload)
})
afterAll(async () => test?.cleanup())

async function indexedText() {
  const { collectDocuments } = await import('@/lib/public/search')
  const docs = await collectDocuments()
  return { docs, text: JSON.stringify(docs) }
}

describe('public search index', () => {
  it('contains the published item and its released document, and none of the unpublished markers', async () => {
    const { docs, text } = await indexedText()
    expect(docs.map((doc) => doc.title)).toEqual(
      expect.arrayContaining(['Läns gemensam riktlinje patientsäkerhet', 'Remissförslag patientsäkerhet']),
    )
    expect(docs.find((doc) => doc.kind === 'item')?.url).toBe('/moten/2025-11-13#punkt-6')
    for (const marker of Object.values(MARKERS)) expect(text, marker).not.toContain(marker)
  })

  it('finds a word that only stands inside an uploaded PDF, once the document is public', async () => {
    const { payload } = test
    const data = demoPdf('Bilaga om trygghetslarm i hemtjansten')
    const file = await payload.create({
      collection: 'attachments',
      data: { title: 'Bilaga hjälpmedel', category: 'bilaga' },
      file: { data, mimetype: 'application/pdf', name: 'bilaga-hjalpmedel.pdf', size: data.length },
      context: { disableRevalidate: true },
    })
    expect(file.textContent).toContain('trygghetslarm')
    const { buildIndex, search } = await import('@/search/engine')
    expect(search(buildIndex((await indexedText()).docs), 'trygghetslarm').total).toBe(0)

    await payload.update({
      collection: 'agenda-items',
      id: scenario.publicItem.id,
      data: { attachments: [scenario.publicFile.id, file.id] },
      context: { disableRevalidate: true },
    })
    const { hits } = search(buildIndex((await indexedText()).docs), 'trygghetslarmen')
    expect(hits.map((hit) => [hit.doc.kind, hit.doc.title, hit.doc.url])).toEqual([
      ['document', 'Bilaga hjälpmedel', '/moten/2025-11-13#punkt-6'],
    ])
  })
})

describe('freshness of the search index', () => {
  it('is kept while nothing changes, and rebuilt within a second after a change it was not told about', async () => {
    const { publicSearchIndex } = await import('@/lib/public/search')
    const { search } = await import('@/search/engine')
    const found = (index: Awaited<ReturnType<typeof publicSearchIndex>>) =>
      search(index, 'patientsäkerhet', { limit: 20 }).hits.map((hit) => hit.doc.id)
    const first = await publicSearchIndex()
    expect(await publicSearchIndex()).toBe(first)
    expect(found(first)).toContain(`item:${scenario.publicItem.id}`)

    // As another app instance would: the row changes in the database, and no hook in this process runs.
    const hide = (isPublic: boolean) =>
      test.payload.db.updateOne({
        collection: 'agenda-items',
        where: { id: { equals: scenario.publicItem.id } },
        data: { isPublic, updatedAt: new Date().toISOString() },
      })
    await hide(false)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const after = await publicSearchIndex()
      expect(after).not.toBe(first)
      expect(found(after)).not.toContain(`item:${scenario.publicItem.id}`)
    } finally {
      await hide(true)
    }
  })
})
