import type { CollectionAfterChangeHook } from 'payload'

import { PLAN_ITEMS_SLUG } from '../collections/planItems'
import { dateLabel } from '../domain/periods'
import { stockholmDate, stockholmYear } from '../domain/stockholmDate'
import type { ArshjulOptions } from '../options'

const dayOf = (value: unknown): string | null => (value ? stockholmDate(String(value)) : null)

/**
 * Added to the meetings collection: keeps each plan item's public flag in step with its meeting, and flags the plan
 * items of a meeting that is moved to another day or cancelled, so a planner looks at them.
 */
export const meetingChanges =
  (options: ArshjulOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const { docs: items } = await req.payload.find({
      collection: PLAN_ITEMS_SLUG as never,
      where: { meeting: { equals: doc.id } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (items.length === 0) return doc
    // A draft save leaves the published meeting live: ask for what the public sees.
    const live = await req.payload
      .findByID({ collection: options.collections.meetings as never, id: doc.id, depth: 0, req, overrideAccess: true, select: { _status: true } as never })
      .catch(() => null)
    const published = (live as { _status?: string } | null)?._status === 'published'
    const from = dayOf(previousDoc?.startsAt)
    const to = dayOf(doc.startsAt)
    const moved = Boolean(from && to && from !== to)
    const cancelled = doc.state === 'cancelled' && previousDoc?.state !== 'cancelled'
    const year = stockholmYear(doc.startsAt)
    for (const item of items as unknown as { id: string; meetingPublished?: boolean; status?: string; year?: number }[]) {
      const data: Record<string, unknown> = {}
      if (Boolean(item.meetingPublished) !== published) data.meetingPublished = published
      // A meeting moved into another year takes its plan items to that year's grid.
      if (moved && year && item.year !== year) data.year = year
      if (item.status !== 'struken' && item.status !== 'genomford') {
        if (cancelled) Object.assign(data, { needsAttention: true, attentionNote: 'Mötet är inställt: flytta punkten till ett annat möte eller stryk den.' })
        else if (moved) Object.assign(data, { needsAttention: true, attentionNote: `Mötet har flyttats från ${dateLabel(from!)} till ${dateLabel(to!)}.` })
      }
      if (Object.keys(data).length) await req.payload.update({ collection: PLAN_ITEMS_SLUG as never, id: item.id, data: data as never, depth: 0, req, overrideAccess: true })
    }
    return doc
  }
