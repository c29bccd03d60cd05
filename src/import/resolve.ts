/**
 * Name resolution against a register (people or organisations): which record does a name in a document mean?
 * Pure: the importer loads the register and passes it in.
 *
 * Order: the exact name, then an exact alias ("Andra stavningar"), then the same letters with case, spacing,
 * dashes and accents folded away (é → e, so "Helén" = "Helen"). Å, ä and ö are letters of their own in Swedish
 * and stay distinct from a and o ("Örgård" is not "Orgard"). Spelling variants such as "Kristoffer"/"Kristofer"
 * match only through an alias. Two records answering at the same step are ambiguous: nothing is guessed.
 */

export type RegisterEntry = { id: string; name: string; aliases: readonly string[] }

export type Resolution = { id: string } | { ambiguous: string[] } | { unknown: true }

const COMBINING_MARKS = /[\u0300-\u036f]/g
/** Ring (å) and diaeresis (ä, ö, ü) are kept; every other accent goes. */
const KEPT_MARKS = new Set(['\u030a', '\u0308'])
const DASHES = /[\u2010-\u2015\u2212-]/g

/** Trimmed, single spaces, Unicode NFC: the form compared at the exact steps. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** Case, spacing, dashes and accents folded; å/ä/ö kept. */
export function foldName(name: string): string {
  return normaliseName(name)
    .normalize('NFD')
    .replace(COMBINING_MARKS, (mark) => (KEPT_MARKS.has(mark) ? mark : ''))
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(DASHES, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,;:]+$/u, '')
    .trim()
}

export type NameIndex = {
  /** The register's own name of each record, for suggestions. */
  names: Map<string, string>
  byName: Map<string, string[]>
  byAlias: Map<string, string[]>
  byFolded: Map<string, string[]>
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return
  const ids = map.get(key)
  if (!ids) map.set(key, [id])
  else if (!ids.includes(id)) ids.push(id)
}

export function createNameIndex(entries: readonly RegisterEntry[] = []): NameIndex {
  const index: NameIndex = { names: new Map(), byName: new Map(), byAlias: new Map(), byFolded: new Map() }
  for (const entry of entries) addToIndex(index, entry)
  return index
}

/** Adds a record (e.g. a person the importer has just created) to an index. */
export function addToIndex(index: NameIndex, entry: RegisterEntry): void {
  if (!index.names.has(entry.id)) index.names.set(entry.id, normaliseName(entry.name))
  push(index.byName, normaliseName(entry.name), entry.id)
  push(index.byFolded, foldName(entry.name), entry.id)
  for (const alias of entry.aliases) {
    push(index.byAlias, normaliseName(alias), entry.id)
    push(index.byFolded, foldName(alias), entry.id)
  }
}

function answer(ids: string[] | undefined): Resolution | null {
  if (!ids?.length) return null
  return ids.length === 1 ? { id: ids[0]! } : { ambiguous: [...ids] }
}

export function resolveInIndex(index: NameIndex, name: string): Resolution {
  const exact = normaliseName(name)
  if (!exact) return { unknown: true }
  return (
    answer(index.byName.get(exact)) ??
    answer(index.byAlias.get(exact)) ??
    answer(index.byFolded.get(foldName(exact))) ?? { unknown: true }
  )
}

/** One name against a register. For many names, build the index once with `createNameIndex`. */
export function resolveName(entries: readonly RegisterEntry[], name: string): Resolution {
  return resolveInIndex(createNameIndex(entries), name)
}

/** Edit distance (insertions, deletions, substitutions), stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}

/**
 * Records whose name is probably another spelling of `name` ("Kristofer Svensson" for "Kristoffer Svensson",
 * "Helén Eliason" for "Helen Eliasson"): at most two edits apart once folded, or the same surname with a first
 * name one edit apart. Only suggestions: a person confirms them, the importer never links on its own.
 */
export function similarEntries(index: NameIndex, name: string, max = 3): { id: string; name: string }[] {
  const folded = foldName(name)
  if (folded.length < 5) return []
  const [first, ...rest] = folded.split(' ')
  const surname = rest.join(' ')
  const scored: { id: string; name: string; distance: number }[] = []
  for (const [key, ids] of index.byFolded) {
    if (key === folded) continue
    let distance = editDistance(folded, key, 2)
    if (distance > 2 && surname) {
      const [otherFirst, ...otherRest] = key.split(' ')
      if (otherRest.join(' ') === surname && editDistance(first!, otherFirst!, 1) <= 1) distance = 2
    }
    if (distance > 2) continue
    for (const id of ids) scored.push({ id, name: index.names.get(id) ?? key, distance })
  }
  const best = new Map<string, { id: string; name: string; distance: number }>()
  for (const entry of scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'sv')))
    if (!best.has(entry.id)) best.set(entry.id, entry)
  return [...best.values()].slice(0, max).map(({ id, name: entryName }) => ({ id, name: entryName }))
}
