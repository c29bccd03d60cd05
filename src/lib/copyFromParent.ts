import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from './relations'
import { itemMeeting } from './requestCache'

/**
 * A record under an agenda item, decision or assignment carries its parent's meeting (and, under a decision or an
 * assignment, its item too), copied on every save so that access rules and the decision log filter on it directly.
 * The parent is the source of truth. Used by decision ← item, assignment ← decision, progress note ← assignment.
 */
export function copyFromParent({
  field,
  parent,
}: {
  field: string
  parent: 'agenda-items' | 'decisions' | 'assignments'
}): CollectionBeforeChangeHook {
  return async ({ data, req }) => {
    const parentId = relationId(data[field])
    if (!parentId) return data
    if (parent === 'agenda-items') {
      // One lookup per item and request: an import writes several decisions under each item. Items may be drafts.
      const meeting = await itemMeeting(req, parentId, () =>
        req.payload
          .findByID({
            collection: 'agenda-items',
            id: parentId,
            depth: 0,
            overrideAccess: true,
            req,
            draft: true,
            select: { meeting: true },
          })
          .then((item) => relationId(item.meeting)),
      )
      return { ...data, meeting }
    }
    const found = await req.payload.findByID({
      collection: parent,
      id: parentId,
      depth: 0,
      overrideAccess: true,
      req,
      select: { meeting: true, agendaItem: true },
    })
    return { ...data, meeting: relationId(found.meeting), agendaItem: relationId(found.agendaItem) }
  }
}
