import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/access/meetingStages'

/**
 * Decisions carry their item's meeting so that access rules and the decision log can filter on it directly.
 * Kept in step on every save; the item's meeting is the source of truth.
 */
export const copyMeetingFromItem: CollectionBeforeChangeHook = async ({ data, req }) => {
  const itemId = relationId(data.agendaItem)
  if (!itemId) return data
  const item = await req.payload.findByID({ collection: 'agenda-items', id: itemId, depth: 0, overrideAccess: true, req, draft: true, select: { meeting: true } })
  return { ...data, meeting: relationId(item.meeting) }
}
