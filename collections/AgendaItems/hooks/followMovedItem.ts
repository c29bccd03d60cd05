import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/lib/relations'
import { rememberItemMeeting } from '@/lib/requestCache'

/**
 * Decisions, assignments and progress notes carry their item's meeting (access rules and the decision log filter on
 * it). When an item moves to another meeting — a postponed matter — they move with it, so they are public with the
 * minutes of the meeting where the item now stands, not the one it left.
 */
export const followMovedItem: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const meeting = relationId(doc.meeting)
  if (operation !== 'update' || !previousDoc || relationId(previousDoc.meeting) === meeting) return doc
  rememberItemMeeting(req, doc.id, meeting)
  const underItem = { agendaItem: { equals: doc.id } }
  const write = { depth: 0, overrideAccess: true, trash: true, req, context: req.context } as const
  // In this order: each copies the meeting from the record above it (decision from item, assignment from decision).
  await req.payload.update({
    collection: 'decisions',
    where: underItem,
    data: { agendaItem: doc.id, meeting },
    ...write,
  })
  await req.payload.update({ collection: 'assignments', where: underItem, data: { meeting }, ...write })
  await req.payload.update({ collection: 'progress-notes', where: underItem, data: { meeting }, ...write })
  return doc
}
