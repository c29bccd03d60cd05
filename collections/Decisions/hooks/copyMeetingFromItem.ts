import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/lib/relations'
import { itemMeeting } from '../../../src/lib/requestCache'

/**
 * Decisions carry their item's meeting so that access rules and the decision log can filter on it directly.
 * Kept in step on every save; the item's meeting is the source of truth.
 */
export const copyMeetingFromItem: CollectionBeforeChangeHook = async ({ data, req }) => {
  const itemId = relationId(data.agendaItem)
  if (!itemId) return data
  // One lookup per item and request: an import writes several decisions under each item.
  const meeting = itemMeeting(req, itemId, () =>
    req.payload
      .findByID({ collection: 'agenda-items', id: itemId, depth: 0, overrideAccess: true, req, draft: true, select: { meeting: true } })
      .then((item) => relationId(item.meeting)),
  )
  return { ...data, meeting: await meeting }
}
