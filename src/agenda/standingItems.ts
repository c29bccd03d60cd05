/**
 * SRO's standing items: the agenda every new meeting starts from (editable under Webbplatsinställningar, "Stående
 * punkter"). Pure: turns the template into the items to create, in agenda order, sub-items under their parent.
 */
import type { Handling } from '@/domain/handling'

export type StandingItem = {
  number: string
  title: string
  handling?: readonly Handling[] | null
  durationMinutes?: number | null
  subItems?: readonly Omit<StandingItem, 'subItems'>[] | null
}

export const DEFAULT_STANDING_ITEMS: readonly StandingItem[] = [
  {
    number: '1',
    title: 'Mötets öppnande',
    subItems: [
      { number: 'a', title: 'Närvaro/upprop' },
      { number: 'b', title: 'Övriga frågor' },
    ],
  },
  { number: '2', title: 'Godkännande av dagens agenda' },
  { number: '3', title: 'Föregående mötesanteckning' },
]

export type ItemToCreate = {
  number: string
  title: string
  handling: Handling[]
  durationMinutes: number | null
  order: number
  /** Index into the returned list of the item's parent (created first), or null for a top-level item. */
  parentIndex: number | null
}

const ORDER_STEP = 10

/** The template as items in creation order: each parent before its sub-items, orders 10, 20, 30 … in agenda order. */
export function standingItemsToCreate(template: readonly StandingItem[]): ItemToCreate[] {
  const items: ItemToCreate[] = []
  const add = (item: Omit<StandingItem, 'subItems'>, parentIndex: number | null) => {
    items.push({
      number: item.number.trim(),
      title: item.title.trim(),
      handling: [...(item.handling ?? [])],
      durationMinutes: item.durationMinutes ?? null,
      order: (items.length + 1) * ORDER_STEP,
      parentIndex,
    })
    return items.length - 1
  }
  for (const item of template) {
    if (!item.number?.trim() || !item.title?.trim()) continue
    const index = add(item, null)
    for (const sub of item.subItems ?? []) if (sub.number?.trim() && sub.title?.trim()) add(sub, index)
  }
  return items
}
