/**
 * "Lägg på dagordningen": a plan item becomes a draft agenda item on its meeting (title, handling, time, presenters and
 * case carried over), and the two are linked. Promoting again returns the same agenda item: idempotent.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { canEditPlan } from './access'
import type { ArshjulOptions } from './options'
import { idOf } from './ids'

const fail = (status: number, error: string) => Response.json({ error }, { status })

type PlanItemDoc = {
  id: string
  title: string
  meeting?: unknown
  agendaItem?: unknown
  handling?: string[] | null
  durationMinutes?: number | null
  responsiblePeople?: unknown[] | null
  case?: unknown
}

export type PromoteResult = { agendaItem: string; created: boolean }

export async function promotePlanItem(req: PayloadRequest, options: ArshjulOptions, id: string): Promise<PromoteResult> {
  const { payload } = req
  const agendaItems = options.collections.agendaItems as never
  const item = (await payload.findByID({ collection: 'plan-items' as never, id, depth: 0, req, overrideAccess: true })) as unknown as PlanItemDoc
  const meetingId = idOf(item.meeting)
  if (!meetingId) throw new PromoteError(400, 'Punkten har inget möte än. Välj ett möte och spara innan den läggs på dagordningen.')

  const linked = idOf(item.agendaItem)
  if (linked) {
    const existing = await payload.findByID({ collection: agendaItems, id: linked, depth: 0, draft: true, req, overrideAccess: true }).catch(() => null)
    if (existing) return { agendaItem: linked, created: false }
  }

  const { docs: siblings } = await payload.find({
    collection: agendaItems,
    where: { and: [{ meeting: { equals: meetingId } }, { parent: { exists: false } }] },
    pagination: false,
    depth: 0,
    draft: true,
    req,
    overrideAccess: true,
  })
  const numbers = (siblings as unknown as { number?: string; order?: number }[]).map((sibling) => Number.parseInt(sibling.number ?? '', 10)).filter(Number.isFinite)
  const orders = (siblings as unknown as { order?: number }[]).map((sibling) => sibling.order ?? 0)
  const created = await payload.create({
    collection: agendaItems,
    draft: true,
    req,
    // The user's own rights to the agenda apply.
    overrideAccess: false,
    data: {
      meeting: meetingId,
      number: String((numbers.length ? Math.max(...numbers) : 0) + 1),
      order: (orders.length ? Math.max(...orders) : 0) + 10,
      title: item.title,
      handling: item.handling ?? [],
      durationMinutes: item.durationMinutes ?? undefined,
      presenters: (item.responsiblePeople ?? []).map(idOf).filter(Boolean),
      case: idOf(item.case) ?? undefined,
      isPublic: true,
      _status: 'draft',
    } as never,
  })
  const agendaItem = String((created as { id: unknown }).id)
  await payload.update({
    collection: 'plan-items' as never,
    id,
    data: { agendaItem, status: 'pa_dagordningen', needsAttention: false, attentionNote: null } as never,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { agendaItem, created: true }
}

export class PromoteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export const promoteEndpoint = (options: ArshjulOptions): Endpoint => ({
  path: '/:id/promote',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return fail(401, 'Du måste vara inloggad.')
    if (!canEditPlan(options, req)) return fail(403, 'Din roll får inte lägga planerade punkter på dagordningen.')
    const id = String(req.routeParams?.id ?? '')
    const exists = await req.payload.count({ collection: 'plan-items' as never, where: { id: { equals: id } }, req, overrideAccess: true }).catch(() => ({ totalDocs: 0 }))
    if (!id || exists.totalDocs === 0) return fail(404, 'Den planerade punkten finns inte.')
    try {
      const result = await promotePlanItem(req, options, id)
      return Response.json(result, { status: result.created ? 201 : 200 })
    } catch (error) {
      if (error instanceof PromoteError) return fail(error.status, error.message)
      const status = (error as { status?: number }).status
      if (status === 403) return fail(403, 'Din roll får inte ändra mötets dagordning.')
      throw error
    }
  },
})
