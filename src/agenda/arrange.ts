/**
 * Arranging a meeting's agenda in the admin's Dagordning: move an item among its siblings, renumber the whole agenda.
 * Pure: takes the items as stored and returns only the changes to write. Orders are rewritten 10, 20, 30 … in agenda
 * order (each parent followed by its sub-items), so a plain sort by `order` and the agenda order agree.
 */
import { agendaOrder } from '@/domain/time'

export type ArrangeItem = {
  id: string
  order?: number | null
  number: string
  parentId?: string | null
  isPause?: boolean | null
}

export type ItemChange = { id: string; order?: number; number?: string }

const ORDER_STEP = 10
const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö'

/** Letters for sub-items: a … ö, then aa, ab … (an agenda never gets there, but a number is never empty). */
export function subItemLetter(index: number): string {
  return index < LETTERS.length
    ? LETTERS[index]!
    : subItemLetter(Math.floor(index / LETTERS.length) - 1) + LETTERS[index % LETTERS.length]!
}

/** The orders for a sequence in agenda order, as changes against what is stored. */
function reorderChanges(items: readonly ArrangeItem[], ordered: readonly ArrangeItem[]): Map<string, ItemChange> {
  const changes = new Map<string, ItemChange>()
  ordered.forEach((item, index) => {
    const order = (index + 1) * ORDER_STEP
    const stored = items.find((candidate) => candidate.id === item.id)
    if (stored?.order !== order) changes.set(item.id, { id: item.id, order })
  })
  return changes
}

const parentOf = (item: ArrangeItem, ids: ReadonlySet<string>) =>
  item.parentId && ids.has(item.parentId) && item.parentId !== item.id ? item.parentId : null

/**
 * Moves an item one step up or down among its siblings (the items with the same parent); a parent moves with its
 * sub-items. Numbers stay as they are ("Numrera om" renumbers). No change when the item is first or last already.
 */
export function moveItem({
  items,
  id,
  direction,
}: {
  items: readonly ArrangeItem[]
  id: string
  direction: 'up' | 'down'
}): ItemChange[] {
  const ids = new Set(items.map((item) => item.id))
  const moving = items.find((item) => item.id === id)
  if (!moving) return []
  const ordered = agendaOrder(items.map((item) => ({ ...item, parentId: parentOf(item, ids) })))
  const parent = parentOf(moving, ids)
  const siblings = ordered.filter((item) => parentOf(item, ids) === parent)
  const at = siblings.findIndex((item) => item.id === id)
  const swapWith = direction === 'up' ? at - 1 : at + 1
  if (at < 0 || swapWith < 0 || swapWith >= siblings.length) return []
  const newSiblings = [...siblings]
  ;[newSiblings[at], newSiblings[swapWith]] = [newSiblings[swapWith]!, newSiblings[at]!]
  // Rebuild the agenda with the siblings in their new places; every item keeps its parent.
  const rank = new Map(newSiblings.map((item, index) => [item.id, index]))
  const reordered = agendaOrder(
    ordered.map((item, index) => ({
      ...item,
      order: rank.has(item.id) ? rank.get(item.id)! : index,
    })),
  )
  return [...reorderChanges(items, reordered).values()]
}

/**
 * Renumbers the agenda in one go: top-level items 1, 2, 3 … (a pause keeps its own label and takes no number),
 * sub-items a, b, c … under their parent; orders 10, 20, 30 … in agenda order.
 */
export function renumberItems(items: readonly ArrangeItem[]): ItemChange[] {
  const ids = new Set(items.map((item) => item.id))
  const ordered = agendaOrder(items.map((item) => ({ ...item, parentId: parentOf(item, ids) })))
  const changes = reorderChanges(items, ordered)
  let top = 0
  const subCounts = new Map<string, number>()
  for (const item of ordered) {
    if (item.isPause) continue
    const parent = item.parentId
    let number: string
    if (parent) {
      const index = subCounts.get(parent) ?? 0
      subCounts.set(parent, index + 1)
      number = subItemLetter(index)
    } else number = String(++top)
    if (number !== item.number) changes.set(item.id, { ...changes.get(item.id), id: item.id, number })
  }
  return ordered.map((item) => changes.get(item.id)).filter((change): change is ItemChange => Boolean(change))
}

/** The number a new top-level item gets: one more than the highest numbered top-level item ("1" on an empty agenda). */
export function nextTopLevelNumber(items: readonly Pick<ArrangeItem, 'number' | 'parentId'>[]): string {
  const numbers = items
    .filter((item) => !item.parentId)
    .map((item) => /^\s*(\d+)/.exec(item.number)?.[1])
    .filter((value): value is string => Boolean(value))
    .map(Number)
  return String(numbers.length ? Math.max(...numbers) + 1 : 1)
}
