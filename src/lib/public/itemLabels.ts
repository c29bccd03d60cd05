import type { Payload } from 'payload'

import { itemAnchor, itemLabel } from '@/domain/agendaLabel'
import type { AgendaItem } from '@/payload-types'
import { populated, relationId } from '../relations'

export type ItemName = { label: string; anchor: string }
type Named = Pick<AgendaItem, 'id' | 'number'> & { parent?: AgendaItem['parent'] }

/**
 * Labels and anchors ("8a", `punkt-8a`) for items read without their parents: the parents' numbers in one query.
 * Only the number of a parent is read, which a sub-item's label shows anyway.
 */
export async function nameItems(payload: Payload, items: (Named | null | undefined)[]): Promise<Map<string, ItemName>> {
  const present = items.filter((item): item is Named => Boolean(item))
  // Only the parents read as ids need a lookup; a populated parent brings its number.
  const parentIds = [
    ...new Set(
      present
        .filter((item) => typeof item.parent === 'string')
        .map((item) => relationId(item.parent))
        .filter((id): id is string => Boolean(id)),
    ),
  ]
  const parents = parentIds.length
    ? (
        await payload.find({
          collection: 'agenda-items',
          where: { id: { in: parentIds } },
          select: { number: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
    : []
  const parentNumber = new Map(parents.map((parent) => [parent.id, parent.number]))
  return new Map(
    present.map((item) => {
      const parentId = relationId(item.parent)
      const parent = populated(item.parent)?.number ?? (parentId ? parentNumber.get(parentId) : null)
      return [item.id, { label: itemLabel(item.number, parent), anchor: itemAnchor(item.number, parent) }]
    }),
  )
}
