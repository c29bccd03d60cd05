/** The decisions of a meeting's minutes, found by agenda item + number. Trashed decisions are left alone. */
import type { RequiredDataFromCollectionSlug } from 'payload'

import { relationId } from '@/lib/relations'
import type { ParsedMeeting } from '../schema'
import type { ItemIds, MeetingTarget } from './agendaItems'
import type { WriteContext } from './writeContext'

/** Decision ids per agenda item id, indexed by the decision's number. */
export type DecisionIds = Map<string, string[]>

export async function writeDecisions({
  ctx,
  parsed,
  meeting,
  items,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
  meeting: Pick<MeetingTarget, 'id' | 'isNew'>
  items: ItemIds
}): Promise<DecisionIds> {
  const { docs: stored } = meeting.isNew
    ? { docs: [] }
    : await ctx.payload.find({
        collection: 'decisions',
        where: { meeting: { equals: meeting.id } },
        trash: true,
        joins: false,
        ...ctx.findOptions,
      })
  const storedByKey = new Map(stored.map((doc) => [`${relationId(doc.agendaItem)}#${doc.number}`, doc]))
  const byItem: DecisionIds = new Map()
  for (const item of parsed.agendaItems) {
    const itemId = items.get(item)
    if (!itemId) continue
    const ids: string[] = []
    for (const decision of item.decisions) {
      const existing = storedByKey.get(`${itemId}#${decision.number}`)
      const desired: RequiredDataFromCollectionSlug<'decisions'> = {
        agendaItem: itemId,
        number: decision.number,
        kind: decision.kind ?? 'noterar_informationen',
        text: decision.text,
      }
      if (existing) {
        if (!existing.deletedAt) await ctx.update({ collection: 'decisions', stored: existing, desired })
        ids[decision.number] = existing.id
      } else ids[decision.number] = (await ctx.create({ collection: 'decisions', data: desired })).id
    }
    byItem.set(itemId, ids)
  }
  return byItem
}
