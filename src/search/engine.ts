/**
 * An in-memory full-text index over published archive content: ranked (BM25 with a title boost), Swedish-aware,
 * with snippets. Pure: it is given documents and a query, and never reads the database itself.
 */
import { STOP_WORDS, stem, tokenize } from './swedish'

export type SearchKind = 'item' | 'decision' | 'case' | 'page' | 'document'

/** An agenda item is usually what a reader wants; its documents and decisions follow it. */
const KIND_BOOST: Record<SearchKind, number> = { item: 1.3, case: 1.2, page: 1.1, decision: 1, document: 0.9 }

export type SearchDocument = { id: string; kind: SearchKind; title: string; text: string; url: string; date?: string | null; context?: string | null }

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
        if (STOP_WORDS.has(word)) continue
        const key = stem(word)
        const posting = counts.get(key) ?? { doc: index, titleHits: 0, textHits: 0 }
        posting[field] += 1
        counts.set(key, posting)
      }
    }
    for (const [key, posting] of counts) postings.set(key, [...(postings.get(key) ?? []), posting])
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

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): { hits: SearchHit[]; total: number } {
  const queryStems = [...new Set(tokenize(query).filter((word) => !STOP_WORDS.has(word)).map(stem))].slice(0, 12)
  if (queryStems.length === 0) return { hits: [], total: 0 }
  const k1 = 1.2
  const b = 0.75
  const scores = new Map<number, { score: number; matched: Set<number>; terms: Set<string> }>()
  queryStems.forEach((queryStem, queryIndex) => {
    for (const term of index.vocabulary) {
      const weight = matchWeight(term, queryStem)
      if (weight === 0) continue
      const postings = index.postings.get(term)!
      const idf = Math.log(1 + (index.docs.length - postings.length + 0.5) / (postings.length + 0.5))
      for (const posting of postings) {
        const frequency = posting.textHits + 3 * posting.titleHits
        const norm = frequency + k1 * (1 - b + (b * index.lengths[posting.doc]!) / index.averageLength)
        const entry = scores.get(posting.doc) ?? { score: 0, matched: new Set<number>(), terms: new Set<string>() }
        entry.score += weight * idf * ((frequency * (k1 + 1)) / norm)
        entry.matched.add(queryIndex)
        entry.terms.add(term)
        scores.set(posting.doc, entry)
      }
    }
  })
  const hits: SearchHit[] = []
  for (const [docIndex, entry] of scores) {
    if (entry.matched.size < queryStems.length) continue // every word of the query must match
    const doc = index.docs[docIndex]!
    if (options.kinds?.length && !options.kinds.includes(doc.kind)) continue
    if (options.year && !doc.date?.startsWith(String(options.year))) continue
    hits.push({ doc, score: entry.score * KIND_BOOST[doc.kind], terms: [...entry.terms] })
  }
  hits.sort((a, b) => b.score - a.score || (b.doc.date ?? '').localeCompare(a.doc.date ?? ''))
  const offset = options.offset ?? 0
  return { hits: hits.slice(offset, offset + (options.limit ?? 20)), total: hits.length }
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
