/**
 * The index build's cost over extracted document text (issue 18): each distinct word is stemmed once per build, not
 * once per occurrence, and the index is the same. The stemmer is wrapped only to count its calls.
 */
import { describe, expect, it, vi } from 'vitest'

import type { SearchDocument } from './engine'
import type * as Swedish from './swedish'

const calls = vi.hoisted(() => ({ stem: 0 }))
vi.mock('./swedish', async (importOriginal) => {
  const actual = await importOriginal<typeof Swedish>()
  return {
    ...actual,
    stem: (word: string) => {
      calls.stem += 1
      return actual.stem(word)
    },
  }
})

const { buildIndex, search } = await import('./engine')
const { STOP_WORDS, stem, tokenize } = await import('./swedish')

const TEXT = 'Avtalet och avtalen: SRO noterar att avtalet om patientsäkerhet gäller. Patientsäkerheten följs upp 2026.'
const docs: SearchDocument[] = Array.from({ length: 40 }, (_, index) => ({
  id: `document:${index}`,
  kind: 'document',
  title: `Bilaga ${index} om avtalet`,
  text: TEXT,
  url: `/moten/2025-11-13#punkt-${index}`,
}))

describe('building the search index', () => {
  it('should stem each distinct word once per build', () => {
    const words = new Set(docs.flatMap((doc) => [...tokenize(doc.title), ...tokenize(doc.text)]))
    const distinct = [...words].filter((word) => !STOP_WORDS.has(word)).length
    calls.stem = 0
    buildIndex(docs)
    // Before: once per occurrence, 560 calls here.
    expect(calls.stem).toBe(distinct)
  })

  it('should index every occurrence as before', () => {
    const index = buildIndex(docs)
    const postings = index.postings.get(stem('avtalet'))!
    expect(postings).toHaveLength(40)
    // "Avtalet", "avtalen", "avtalet" in the text and "avtalet" in the title.
    expect(postings[0]).toEqual({ doc: 0, titleHits: 1, textHits: 3 })
    expect(index.postings.has('och')).toBe(false)
    expect(index.lengths[0]).toBe(tokenize(docs[0]!.title).length + tokenize(TEXT).length)
    expect(search(index, 'patientsäkerheten').total).toBe(40)
  })
})
