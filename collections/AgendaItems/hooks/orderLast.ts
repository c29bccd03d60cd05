import type { FieldHook } from 'payload'

import { nextOrder } from '@/domain/agendaOrder'
import { relationId } from '@/lib/relations'

/** An item saved without an order goes after every item its meeting has (drafts and trash included). */
export const orderLastWhenEmpty: FieldHook = async ({ value, data, originalDoc, req }) => {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  const meetingId = relationId(data?.meeting ?? originalDoc?.meeting)
  if (!meetingId) return value
  const { docs } = await req.payload.find({
    collection: 'agenda-items',
    where: { meeting: { equals: meetingId } },
    sort: '-order',
    limit: 1,
    depth: 0,
    draft: true,
    trash: true,
    overrideAccess: true,
    select: { order: true },
    req,
  })
  return nextOrder(docs.map((doc) => doc.order))
}
