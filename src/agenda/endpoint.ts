/**
 * `POST /api/agenda-items/ordna`: the meeting's Dagordning moves an item up or down, or renumbers the agenda.
 * JSON body: `{ "meeting": id, "action": "move", "item": id, "direction": "up" | "down" }` or
 * `{ "meeting": id, "action": "renumber" }`. Only staff who may write agenda items; every change in one transaction
 * (all or nothing). An item whose latest version is a draft changes in its draft, so a draft never moves a published
 * time; published items stay published.
 */
import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { canWriteArea } from '@/access/roles'
import { relationId } from '@/lib/relations'
import { type ArrangeItem, type ItemChange, moveItem, renumberItems } from './arrange'

const BodySchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('move'),
    meeting: z.string().min(1).max(64),
    item: z.string().min(1).max(64),
    direction: z.enum(['up', 'down']),
  }),
  z.object({ action: z.literal('renumber'), meeting: z.string().min(1).max(64) }),
])

const fail = (status: number, error: string) => Response.json({ error }, { status })

async function arrangeAgenda(req: PayloadRequest): Promise<Response> {
  if (!req.user) return fail(401, 'Du måste vara inloggad för att ändra dagordningen.')
  if (!canWriteArea({ user: req.user, area: 'agendaItems' }))
    return fail(403, 'Din roll får inte ändra dagordningspunkter.')
  const body = BodySchema.safeParse(await req.json?.().catch(() => null))
  if (!body.success) return fail(400, 'Felaktig begäran: ange möte, åtgärd och för att flytta punkt och riktning.')
  const { meeting } = body.data
  const found = await req.payload
    .findByID({
      collection: 'meetings',
      id: meeting,
      depth: 0,
      draft: true,
      user: req.user,
      overrideAccess: false,
      req,
    })
    .catch(() => null)
  if (!found) return fail(404, 'Mötet finns inte.')

  const { docs } = await req.payload.find({
    collection: 'agenda-items',
    where: { meeting: { equals: meeting } },
    draft: true,
    depth: 0,
    pagination: false,
    user: req.user,
    overrideAccess: false,
    req,
    select: { order: true, number: true, parent: true, isPause: true, _status: true },
  })
  const items: ArrangeItem[] = docs.map((doc) => ({
    id: String(doc.id),
    order: doc.order,
    number: doc.number,
    parentId: relationId(doc.parent),
    isPause: doc.isPause,
  }))
  const request = body.data
  if (request.action === 'move' && !items.some((item) => item.id === request.item))
    return fail(404, 'Punkten finns inte på mötets dagordning.')
  const changes: ItemChange[] =
    request.action === 'move'
      ? moveItem({ items, id: request.item, direction: request.direction })
      : renumberItems(items)
  const isDraft = new Map(docs.map((doc) => [String(doc.id), doc._status !== 'published']))

  const isOwnTransaction = await initTransaction(req)
  try {
    for (const { id, ...data } of changes) {
      const draft = isDraft.get(id) ?? true
      await req.payload.update({
        collection: 'agenda-items',
        id,
        data: { ...data, _status: draft ? 'draft' : 'published' },
        draft,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
    }
    if (isOwnTransaction) await commitTransaction(req)
  } catch (error) {
    if (isOwnTransaction) await killTransaction(req)
    req.payload.logger.error({ msg: 'Dagordningen kunde inte ändras', err: error })
    return fail(400, `Dagordningen ändrades inte: ${(error as Error).message}`)
  }
  return Response.json({ changed: changes.length })
}

export const arrangeAgendaEndpoint: Endpoint = { path: '/ordna', method: 'post', handler: arrangeAgenda }
