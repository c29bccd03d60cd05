import { describe, expect, it } from 'vitest'

import {
  addToIndex,
  createNameIndex,
  editDistance,
  foldName,
  resolveInIndex,
  resolveName,
  similarEntries,
  type RegisterEntry,
} from './resolve'

const people: RegisterEntry[] = [
  { id: 'helen', name: 'Helen Eliasson', aliases: [] },
  { id: 'kristofer', name: 'Kristofer Svensson', aliases: ['Kristoffer Svensson'] },
  { id: 'carina', name: 'Carina Örgård', aliases: [] },
  { id: 'ann-sofie', name: 'Ann-Sofie Rundberg', aliases: [] },
  { id: 'adam-1', name: 'Adam Johansson', aliases: [] },
  { id: 'adam-2', name: 'Adam Johansson', aliases: [] },
  { id: 'marina', name: 'Marina Johansson', aliases: ['M. Johansson'] },
  { id: 'marie', name: 'Marie Johansson', aliases: ['M. Johansson'] },
]

describe('resolveName', () => {
  it('finds the exact name', () => {
    expect(resolveName(people, 'Helen Eliasson')).toEqual({ id: 'helen' })
    expect(resolveName(people, '  Helen   Eliasson ')).toEqual({ id: 'helen' })
  })

  it('finds an alias', () => {
    expect(resolveName(people, 'Kristoffer Svensson')).toEqual({ id: 'kristofer' })
  })

  it('treats accents other than å, ä and ö as the same letter, and ignores case', () => {
    expect(resolveName(people, 'Helén Eliasson')).toEqual({ id: 'helen' })
    expect(resolveName(people, 'HELÈN ELIASSON')).toEqual({ id: 'helen' })
    expect(resolveName(people, 'helen eliasson')).toEqual({ id: 'helen' })
  })

  it('keeps å, ä and ö distinct from a and o', () => {
    expect(resolveName(people, 'Carina Orgard')).toEqual({ unknown: true })
    expect(resolveName(people, 'carina örgård')).toEqual({ id: 'carina' })
  })

  it('matches spelling variants only through an alias', () => {
    const withoutAlias = people.map((entry) => (entry.id === 'kristofer' ? { ...entry, aliases: [] } : entry))
    expect(resolveName(withoutAlias, 'Kristoffer Svensson')).toEqual({ unknown: true })
  })

  it('folds dashes and the spaces around them', () => {
    expect(resolveName(people, 'Ann – Sofie Rundberg')).toEqual({ id: 'ann-sofie' })
    expect(resolveName(people, 'Ann‑Sofie Rundberg')).toEqual({ id: 'ann-sofie' })
  })

  it('reports two records with the same name or alias as ambiguous', () => {
    expect(resolveName(people, 'Adam Johansson')).toEqual({ ambiguous: ['adam-1', 'adam-2'] })
    expect(resolveName(people, 'M. Johansson')).toEqual({ ambiguous: ['marina', 'marie'] })
  })

  it('prefers an exact name over a folded match of another record', () => {
    const register: RegisterEntry[] = [
      { id: 'a', name: 'Helen Eliasson', aliases: [] },
      { id: 'b', name: 'Helén Eliasson', aliases: [] },
    ]
    expect(resolveName(register, 'Helén Eliasson')).toEqual({ id: 'b' })
    expect(resolveName(register, 'helen eliasson')).toEqual({ ambiguous: ['a', 'b'] })
  })

  it('says unknown for a name that is not there or empty', () => {
    expect(resolveName(people, 'Okänd Person')).toEqual({ unknown: true })
    expect(resolveName(people, '   ')).toEqual({ unknown: true })
    expect(resolveName([], 'Helen Eliasson')).toEqual({ unknown: true })
  })

  it('finds records added to an index later', () => {
    const index = createNameIndex(people)
    expect(resolveInIndex(index, 'Theresa Larsen')).toEqual({ unknown: true })
    addToIndex(index, { id: 'theresa', name: 'Theresa Larsen', aliases: [] })
    expect(resolveInIndex(index, 'theresa larsen')).toEqual({ id: 'theresa' })
  })
})

describe('foldName', () => {
  it('folds case, accents and spacing but keeps Swedish letters', () => {
    expect(foldName(' Helén  ELIASSON ')).toBe('helen eliasson')
    expect(foldName('Åsa Jäger Öberg')).toBe('åsa jäger öberg')
    // Decomposed input (as some Word files give it) folds the same way.
    expect(foldName('A\u030asa')).toBe('åsa')
  })
})

describe('similarEntries', () => {
  const index = createNameIndex([
    { id: 'helen', name: 'Helen Eliasson', aliases: [] },
    { id: 'kristoffer', name: 'Kristoffer Svensson', aliases: [] },
    { id: 'anna', name: 'Anna Berg', aliases: [] },
  ])

  it('suggests records a few letters away, never the name itself', () => {
    expect(similarEntries(index, 'Helen Eliason')).toEqual([{ id: 'helen', name: 'Helen Eliasson' }])
    expect(similarEntries(index, 'Kristofer Svensson')).toEqual([{ id: 'kristoffer', name: 'Kristoffer Svensson' }])
    expect(similarEntries(index, 'Helen Eliasson')).toEqual([])
  })

  it('suggests nothing for a different person or a short name', () => {
    expect(similarEntries(index, 'Anders Kullbratt')).toEqual([])
    expect(similarEntries(index, 'Anna')).toEqual([])
    expect(similarEntries(index, 'Anna Borg')).toEqual([{ id: 'anna', name: 'Anna Berg' }])
  })

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('kitten', 'sitting', 1)).toBe(2)
    expect(editDistance('', 'abc')).toBe(3)
  })
})
