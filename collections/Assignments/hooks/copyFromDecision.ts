import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/lib/relations'

/** An assignment carries the meeting and item of the decision that gave it (for access and the decision log). */
export const copyFromDecision: CollectionBeforeChangeHook = async ({ data, req }) => {
  const decisionId = relationId(data.decision)
  if (!decisionId) return data
  const decision = await req.payload.findByID({
    collection: 'decisions',
    id: decisionId,
    depth: 0,
    overrideAccess: true,
    req,
    select: { meeting: true, agendaItem: true },
  })
  return { ...data, meeting: relationId(decision.meeting), agendaItem: relationId(decision.agendaItem) }
}
