import type { CollectionAfterChangeHook } from 'payload'

import { DEFAULT_STANDING_ITEMS, type StandingItem, standingItemsToCreate } from '@/agenda/standingItems'

/**
 * A meeting created by a person (admin, REST, GraphQL) starts with SRO's standing items from the site settings.
 * Not for the importer (the document brings its own items) or scripts that say `skipStandingItems`; system code
 * without a user (seed, CLI, jobs) gets none unless it asks with `standingItems: true`. Runs in the meeting's
 * transaction (req), and adds nothing to a meeting that already has items.
 */
export const addStandingItems: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context?.skipStandingItems) return doc
  if (!req.user && !req.context?.standingItems) return doc
  const existing = await req.payload.count({
    collection: 'agenda-items',
    where: { meeting: { equals: doc.id } },
    trash: true,
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) return doc
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  const template = (settings.standingItems as StandingItem[] | null | undefined) ?? DEFAULT_STANDING_ITEMS
  const created: string[] = []
  for (const item of standingItemsToCreate(template)) {
    const parent = item.parentIndex === null ? undefined : created[item.parentIndex]
    const saved = await req.payload.create({
      collection: 'agenda-items',
      // Published: an item is public only once the meeting's kallelse is, so nothing shows before that.
      data: {
        meeting: doc.id,
        number: item.number,
        title: item.title,
        handling: item.handling,
        durationMinutes: item.durationMinutes,
        order: item.order,
        parent,
        _status: 'published',
      },
      overrideAccess: true,
      req,
    })
    created.push(String(saved.id))
  }
  return doc
}
