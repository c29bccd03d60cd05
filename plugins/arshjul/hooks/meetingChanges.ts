import type { CollectionAfterChangeHook } from 'payload'

import { PLAN_ITEMS_SLUG } from '../collections/planItems'
import { dateLabel } from '../domain/periods'
import { zonedDate } from '../domain/zonedDate'
import { fieldOf, textOf } from '../host'
import type { ArshjulOptions } from '../options'
import { fill, wordsFor } from '../translations'
import { liveMeeting } from './meetingState'

/**
 * Appended to the host's meeting hooks: keeps each plan item's public flag in step with its meeting, and flags the
 * plan items of a meeting that is moved to another day or cancelled, so a planner looks at them.
 */
export const meetingChanges =
  (options: ArshjulOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const { docs: items } = await req.payload.find({
      collection: PLAN_ITEMS_SLUG,
      where: { meeting: { equals: doc.id } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (items.length === 0) return doc
    const { fields, cancelledStatus } = options.meetings
    const { timeZone } = options
    const dayOf = (value: unknown): string | null => {
      const text = textOf(value)
      return text ? zonedDate({ value: text, timeZone }) : null
    }
    const live = await liveMeeting({ req, options, id: String(doc.id) })
    const isPublished = live?.isPublished ?? false
    const from = dayOf(fieldOf(previousDoc, fields.startsAt))
    const to = dayOf(fieldOf(doc, fields.startsAt))
    const isMoved = Boolean(from && to && from !== to)
    const statusOf = (meeting: object | undefined) => (cancelledStatus ? fieldOf(meeting, fields.status) : undefined)
    const isCancelled =
      cancelledStatus !== undefined && statusOf(doc) === cancelledStatus && statusOf(previousDoc) !== cancelledStatus
    const year = to ? Number(to.slice(0, 4)) : null
    const words = wordsFor(req.i18n?.language)
    for (const item of items) {
      const data: { meetingPublished?: boolean; year?: number; needsAttention?: boolean; attentionNote?: string } = {}
      if (Boolean(item.meetingPublished) !== isPublished) data.meetingPublished = isPublished
      // A meeting moved into another year takes its plan items to that year's grid.
      if (isMoved && year && item.year !== year) data.year = year
      if (item.status !== 'struken' && item.status !== 'genomford') {
        if (isCancelled) Object.assign(data, { needsAttention: true, attentionNote: words.notes.cancelled })
        else if (isMoved && from && to)
          Object.assign(data, {
            needsAttention: true,
            attentionNote: fill(words.notes.moved, { from: dateLabel(from), to: dateLabel(to) }),
          })
      }
      if (Object.keys(data).length)
        await req.payload.update({
          collection: PLAN_ITEMS_SLUG,
          id: item.id,
          data,
          depth: 0,
          req,
          overrideAccess: true,
        })
    }
    return doc
  }
