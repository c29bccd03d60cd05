/**
 * An in-memory full-text index over published archive content: ranked (BM25 with a title boost), Swedish-aware,
 * with snippets. Pure: it is given documents and a query, and never reads the database itself.
 */
import { STOP_WORDS, stem, tokenize } from './swedish'

export type SearchKind = 'item' | 'decision' | 'case' | 'page' | 'document'

/** An agenda item is usually what a reader wants; its documents and decisions follow it. */
const KIND_BOOST: Record<SearchKind, number> = { item: 1.3, case: 1.2, page: 1.1, decision: 1, document: 0.9 }

export type SearchDocument = {
  id: string
  kind: SearchKind
  title: string
  text: string
  url: string
  date?: string | null
  context?: string | null
}

type Posting = { doc: number; titleHits: number; textHits: number }

export type SearchIndex = {
  docs: SearchDocument[]
  lengths: number[]
  averageLength: number
  postings: Map<string, Posting[]>
  /** Distinct stems, for matching a query stem inside compounds. */
  vocabulary: string[]
}

export function buildIndex(docs: SearchDocument[]): SearchIndex {
  const postings = new Map<string, Posting[]>()
  const lengths: number[] = []
  // Each distinct word stemmed once per build (null: a stop word): documents repeat their words, and stemming every
  // occurrence was 40 % of the build over extracted document text.
  const keys = new Map<string, string | null>()
  const keyOf = (word: string) => {
    let key = keys.get(word)
    if (key === undefined) {
      key = STOP_WORDS.has(word) ? null : stem(word)
      keys.set(word, key)
    }
    return key
  }
  docs.forEach((doc, index) => {
    const counts = new Map<string, Posting>()
    const titleWords = tokenize(doc.title)
    const textWords = tokenize(doc.text)
    lengths.push(titleWords.length + textWords.length)
    for (const [words, field] of [
      [titleWords, 'titleHits'],
      [textWords, 'textHits'],
    ] as const) {
      for (const word of words) {
        const key = keyOf(word)
        if (key === null) continue
        const posting = counts.get(key) ?? { doc: index, titleHits: 0, textHits: 0 }
        posting[field] += 1
        counts.set(key, posting)
      }
    }
    for (const [key, posting] of counts) {
      const list = postings.get(key)
      if (list) list.push(posting)
      else postings.set(key, [posting])
    }
  })
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(docs.length, 1)
  return { docs, lengths, averageLength, postings, vocabulary: [...postings.keys()] }
}

/** How well a word of the index matches a query stem: itself, a longer form, or the tail of a compound. */
function matchWeight(term: string, query: string): number {
  if (term === query) return 1
  if (query.length >= 3 && term.startsWith(query)) return 0.7
  if (query.length >= 4 && term.endsWith(query)) return 0.6
  if (query.length >= 5 && term.includes(query)) return 0.4
  return 0
}

export type SearchHit = { doc: SearchDocument; score: number; terms: string[] }

export type SearchOptions = { kinds?: SearchKind[]; year?: number; limit?: number; offset?: number }

export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): { hits: SearchHit[]; total: number } {
  const queryStems = [
    ...new Set(
      tokenize(query)
        .filter((word) => !STOP_WORDS.has(word))
        .map(stem),
    ),
  ].slice(0, 12)
  if (queryStems.length === 0) return { hits: [], total: 0 }
  const k1 = 1.2
  const b = 0.75
  const count = index.docs.length
  // Flat arrays instead of per-document objects: a common word touches most of a 10 000-item archive.
  const scores = new Float64Array(count)
  const matched = new Uint16Array(count)
  const matchedTerms: string[] = []
  queryStems.forEach((queryStem, queryIndex) => {
    const bit = 1 << queryIndex
    for (const term of index.vocabulary) {
      const weight = matchWeight(term, queryStem)
      if (weight === 0) continue
      matchedTerms.push(term)
      const postings = index.postings.get(term)!
      const idf = Math.log(1 + (count - postings.length + 0.5) / (postings.length + 0.5))
      for (const posting of postings) {
        const frequency = posting.textHits + 3 * posting.titleHits
        const norm = frequency + k1 * (1 - b + (b * index.lengths[posting.doc]!) / index.averageLength)
        scores[posting.doc]! += weight * idf * ((frequency * (k1 + 1)) / norm)
        matched[posting.doc]! |= bit
      }
    }
  })
  const allMatched = (1 << queryStems.length) - 1
  const candidates: { docIndex: number; score: number }[] = []
  for (let docIndex = 0; docIndex < count; docIndex += 1) {
    if (matched[docIndex] !== allMatched) continue // every word of the query must match
    const doc = index.docs[docIndex]!
    if (options.kinds?.length && !options.kinds.includes(doc.kind)) continue
    if (options.year && !doc.date?.startsWith(String(options.year))) continue
    candidates.push({ docIndex, score: scores[docIndex]! * KIND_BOOST[doc.kind] })
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score || (index.docs[b.docIndex]!.date ?? '').localeCompare(index.docs[a.docIndex]!.date ?? ''),
  )
  const offset = options.offset ?? 0
  const page = candidates.slice(offset, offset + (options.limit ?? 20))
  const uniqueTerms = [...new Set(matchedTerms)]
  const hits = page.map(({ docIndex, score }) => ({
    doc: index.docs[docIndex]!,
    score,
    // Only for the shown hits: which of the matched words this document contains (for the snippet).
    terms: uniqueTerms.filter((term) => index.postings.get(term)!.some((posting) => posting.doc === docIndex)),
  }))
  return { hits, total: candidates.length }
}

export type SnippetPart = { text: string; isMatch: boolean }

/** A short passage around the first match, split into parts so the page can mark the matches without raw HTML. */
export function snippet(text: string, terms: string[], length = 220): SnippetPart[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)]
  const isMatch = (word: string) => {
    const key = stem(word.toLocaleLowerCase('sv-SE'))
    return terms.some((term) => key === term || (term.length >= 4 && (key.startsWith(term) || key.includes(term))))
  }
  const first = words.find((match) => isMatch(match[0]))
  const start = first ? Math.max(0, (first.index ?? 0) - Math.floor(length / 3)) : 0
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1
  const passage = text.slice(from, from + length)
  const parts: SnippetPart[] = []
  let cursor = 0
  for (const match of passage.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!isMatch(match[0])) continue
    const index = match.index ?? 0
    if (index > cursor) parts.push({ text: passage.slice(cursor, index), isMatch: false })
    parts.push({ text: match[0], isMatch: true })
    cursor = index + match[0].length
  }
  if (cursor < passage.length) parts.push({ text: passage.slice(cursor), isMatch: false })
  if (from > 0) parts.unshift({ text: '… ', isMatch: false })
  if (from + length < text.length) parts.push({ text: ' …', isMatch: false })
  return parts
}
