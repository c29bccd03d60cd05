/**
 * What staff correct in the import preview, kept in the browser until they import: items (merge, split, renumber,
 * retitle, decisions) and the list of those called. `toCorrections` is what POST /api/import takes (see
 * src/import/corrections.ts); only the parts staff changed are sent, so an untouched preview imports as parsed.
 */
import type { Corrections } from '@/import/corrections'
import type { ImportResponse } from '@/import/endpoint'
import type { Group, Role, Side } from '@/import/schema'

type PreviewMeeting = ImportResponse['meetings'][number]

export type DraftItem = {
  key: string
  sources: number[]
  splitFrom?: { source: number; paragraph: number }
  number: string
  parent: string | null
  title: string
  decisions: string[]
  /** The paragraphs of the item's text (its first source), to split at. */
  paragraphs: string[]
}

export type DraftCalled = {
  key: string
  name: string
  party: string
  organisation: string
  title: string
  side: Side | ''
  group: Group | ''
  role: Role | ''
}

export type Draft = { items: DraftItem[]; called: DraftCalled[]; itemsChanged: boolean; calledChanged: boolean }

let counter = 0
const newKey = (prefix: string) => `${prefix}-${(counter += 1)}`

export function draftFromPreview(meeting: PreviewMeeting): Draft {
  return {
    items: meeting.agendaItems.map((item) => ({
      key: newKey('item'),
      sources: [item.index],
      number: item.number ?? '',
      parent: item.parent,
      title: item.title,
      decisions: [...item.decisions],
      paragraphs: item.paragraphs,
    })),
    called: meeting.called.map((row) => ({
      key: newKey('called'),
      name: row.name,
      party: row.party ?? '',
      organisation: row.organisation ?? '',
      title: row.title ?? '',
      side: row.side ?? '',
      group: row.group ?? '',
      role: row.role ?? '',
    })),
    itemsChanged: false,
    calledChanged: false,
  }
}

/** Changes one item. */
export function updateItem(draft: Draft, index: number, change: Partial<DraftItem>): Draft {
  return {
    ...draft,
    items: draft.items.map((item, at) => (at === index ? { ...item, ...change } : item)),
    itemsChanged: true,
  }
}

/** Whether the item at `index` can go into the one above (a split-off item above cannot take a whole item). */
export function canMergeUp(draft: Draft, index: number): boolean {
  const previous = draft.items[index - 1]
  return Boolean(previous && previous.sources.length)
}

/** The item goes into the one above it: its text and decisions follow the above item's (a split-off item's text goes back). */
export function mergeIntoPrevious(draft: Draft, index: number): Draft {
  const item = draft.items[index]
  const previous = draft.items[index - 1]
  if (!item || !previous || !canMergeUp(draft, index)) return draft
  const merged: DraftItem = {
    ...previous,
    sources: [...previous.sources, ...item.sources],
    decisions: [...previous.decisions, ...item.decisions],
  }
  const items = [...draft.items]
  items.splice(index - 1, 2, merged)
  return { ...draft, items, itemsChanged: true }
}

/** A new item after the one at `index`, taking its text from paragraph `paragraph` (1-based) on. */
export function splitItem(draft: Draft, index: number, paragraph: number): Draft {
  const item = draft.items[index]
  const source = item?.sources[0]
  if (!item || source === undefined || item.sources.length !== 1 || !item.paragraphs[paragraph - 1]) return draft
  const text = item.paragraphs[paragraph - 1] ?? ''
  const added: DraftItem = {
    key: newKey('item'),
    sources: [],
    splitFrom: { source, paragraph },
    number: '',
    parent: item.parent,
    title: text.split('\n')[0]?.slice(0, 120) ?? '',
    decisions: [],
    paragraphs: [],
  }
  const items = [...draft.items]
  items.splice(index + 1, 0, added)
  return { ...draft, items, itemsChanged: true }
}

export function updateCalled(draft: Draft, index: number, change: Partial<DraftCalled>): Draft {
  return {
    ...draft,
    called: draft.called.map((row, at) => (at === index ? { ...row, ...change } : row)),
    calledChanged: true,
  }
}

export function removeCalled(draft: Draft, index: number): Draft {
  return { ...draft, called: draft.called.filter((_, at) => at !== index), calledChanged: true }
}

export function addCalled(draft: Draft): Draft {
  const row: DraftCalled = {
    key: newKey('called'),
    name: '',
    party: '',
    organisation: '',
    title: '',
    side: '',
    group: '',
    role: '',
  }
  return { ...draft, called: [...draft.called, row], calledChanged: true }
}

/** What is missing before the corrections can be sent, in Swedish; null when they are complete. */
export function draftProblem(draft: Draft): string | null {
  if (draft.itemsChanged) {
    const untitled = draft.items.findIndex((item) => !item.title.trim())
    if (untitled >= 0) return `Punkt ${untitled + 1} i dagordningen saknar rubrik.`
    const emptyDecision = draft.items.find((item) => item.decisions.some((decision) => !decision.trim()))
    if (emptyDecision) return `Ett beslut under "${emptyDecision.title}" är tomt: skriv det eller ta bort det.`
  }
  if (draft.calledChanged) {
    const row = draft.called.find((entry) => !entry.name.trim() || !entry.side || !entry.group)
    if (row) return `Kallade: ${row.name.trim() || 'en rad utan namn'} behöver namn, part och grupp.`
  }
  return null
}

const orNull = (value: string) => value.trim() || null

export function toCorrections(draft: Draft): Corrections {
  return {
    ...(draft.itemsChanged
      ? {
          items: draft.items.map((item) => ({
            sources: item.sources,
            ...(item.splitFrom ? { splitFrom: item.splitFrom } : {}),
            number: orNull(item.number),
            parent: item.parent,
            title: item.title.trim(),
            decisions: item.decisions.map((decision) => decision.trim()),
          })),
        }
      : {}),
    ...(draft.calledChanged
      ? {
          called: draft.called.map((row) => ({
            name: row.name.trim(),
            party: orNull(row.party),
            organisation: orNull(row.organisation),
            title: orNull(row.title),
            side: row.side as Side,
            group: row.group as Group,
            role: row.role || null,
          })),
        }
      : {}),
  }
}
