import { describe, expect, it } from 'vitest'

import { type SearchDocument, buildIndex, search, snippet } from './engine'
import { searchTerms, stem, tokenize } from './swedish'

const doc = (id: string, title: string, text = '', extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  kind: 'item',
  title,
  text,
  url: `/x/${id}`,
  date: '2025-11-13',
  ...extra,
})

const index = buildIndex([
  doc(
    'avtal',
    'Nytt Hälso- och sjukvårdsavtal med tillhörande överenskommelser',
    'Processen för nytt avtal fortsätter.',
  ),
  doc('compound', 'Hälso- och sjukvårdsavtalet', 'Remiss om sjukvårdsavtalet.', { date: '2024-03-01' }),
  doc('safety', 'Läns gemensam riktlinje patientsäkerhet', 'Riktlinjen för patientsäkerheten skickas på remiss.', {
    kind: 'item',
  }),
  doc('decision', 'Beslut', 'SRO noterar informationen om patientsäkerhet.', { kind: 'decision' }),
  doc('other', 'Studiebesök Jönköping', 'En buss är reserverad.'),
])

describe('Swedish text', () => {
  it('tokenizes with å, ä, ö and folds case', () => {
    expect(tokenize('Hälso- och SJUKVÅRDSAVTALET, 2026!')).toEqual(['hälso', 'och', 'sjukvårdsavtalet', '2026'])
  })

  it('stems inflections to one form', () => {
    expect(stem('avtalet')).toBe(stem('avtal'))
    expect(stem('avtalen')).toBe(stem('avtal'))
    expect(stem('riktlinjen')).toBe(stem('riktlinje'))
    expect(stem('patientsäkerheten')).toBe(stem('patientsäkerhet'))
    expect(searchTerms('och i att')).toEqual([])
  })
})

describe('search', () => {
  it('finds "avtalet" in "avtal" and in the compound "Hälso- och sjukvårdsavtalet"', () => {
    const ids = search(index, 'avtalet').hits.map((hit) => hit.doc.id)
    expect(ids).toEqual(expect.arrayContaining(['avtal', 'compound']))
    expect(ids).not.toContain('other')
  })

  it('ranks title matches first and requires every word', () => {
    const { hits } = search(index, 'patientsäkerhet')
    expect(hits[0]!.doc.id).toBe('safety')
    expect(search(index, 'patientsäkerhet buss').total).toBe(0)
  })

  it('filters by kind and year', () => {
    expect(search(index, 'patientsäkerhet', { kinds: ['decision'] }).hits.map((hit) => hit.doc.id)).toEqual([
      'decision',
    ])
    expect(search(index, 'avtal', { year: 2024 }).hits.map((hit) => hit.doc.id)).toEqual(['compound'])
  })

  it('returns nothing for empty or stop-word queries', () => {
    expect(search(index, '').total).toBe(0)
    expect(search(index, 'och att').total).toBe(0)
  })

  it('marks the matches in a snippet', () => {
    const { hits } = search(index, 'avtalet')
    const parts = snippet('Remiss om sjukvårdsavtalet skickas ut.', hits[0]!.terms.concat(hits[1]!.terms))
    expect(parts.filter((part) => part.isMatch).map((part) => part.text)).toEqual(['sjukvårdsavtalet'])
    expect(parts.map((part) => part.text).join('')).toBe('Remiss om sjukvårdsavtalet skickas ut.')
  })
})
