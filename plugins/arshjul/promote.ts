/**
 * "Lägg på dagordningen": a plan item becomes a draft agenda item on its meeting (title, handling, time, presenters and
 * case carried over into the fields the options name), and the two are linked. Promoting again returns the same
 * agenda item: idempotent.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { canEditPlan } from './access'
import { PLAN_ITEMS_SLUG } from './collections/planItems'
import { fieldOf, hasDrafts, hostCollection, idOf } from './host'
import type { AgendaItemsOptions, ArshjulOptions } from './options'
import { wordsFor } from './translations'

const fail = (status: number, error: string) => Response.json({ error }, { status })

export type PromoteResult = { agendaItem: string; created: boolean }

export class PromoteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const numbersOf = (values: unknown[]): number[] =>
  values
    .map((value) => (typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)))
    .filter(Number.isFinite)

export async function promotePlanItem(
  req: PayloadRequest,
  options: ArshjulOptions,
  id: string,
): Promise<PromoteResult> {
  const { payload } = req
  const agenda: AgendaItemsOptions | undefined = options.agendaItems
  if (!agenda) throw new PromoteError(404, wordsFor(req.i18n?.language).errors.notFound)
  const collection = hostCollection(payload, agenda.slug)
  const drafts = hasDrafts(payload, collection)
  const { fields } = agenda
  const item = await payload.findByID({ collection: PLAN_ITEMS_SLUG, id, depth: 0, req, overrideAccess: true })
  const meetingId = idOf(item.meeting)
  if (!meetingId) throw new PromoteError(400, wordsFor(req.i18n?.language).errors.noMeeting)

  const linked = idOf(item.agendaItem)
  if (linked) {
    const existing = await payload
      .findByID({ collection, id: linked, depth: 0, draft: true, req, overrideAccess: true })
      .catch(() => null)
    if (existing) return { agendaItem: linked, created: false }
  }

  const where: Where = fields.parent
    ? { and: [{ [fields.meeting]: { equals: meetingId } }, { [fields.parent]: { exists: false } }] }
    : { [fields.meeting]: { equals: meetingId } }
  const { docs: siblings } = await payload.find({
    collection,
    where,
    pagination: false,
    depth: 0,
    draft: true,
    req,
    overrideAccess: true,
  })
  const numbers = numbersOf(siblings.map((sibling) => fieldOf(sibling, fields.number)))
  const orders = siblings
    .map((sibling) => fieldOf(sibling, fields.order))
    .map((order) => (typeof order === 'number' ? order : 0))
  const data: Record<string, unknown> = { ...agenda.data, [fields.meeting]: meetingId, [fields.title]: item.title }
  if (fields.number) data[fields.number] = String((numbers.length ? Math.max(...numbers) : 0) + 1)
  if (fields.order) data[fields.order] = (orders.length ? Math.max(...orders) : 0) + 10
  if (fields.handling) data[fields.handling] = item.handling ?? []
  if (fields.durationMinutes && typeof item.durationMinutes === 'number')
    data[fields.durationMinutes] = item.durationMinutes
  if (fields.presenters) data[fields.presenters] = (item.responsiblePeople ?? []).map(idOf).filter(Boolean)
  const caseId = idOf(item.case)
  if (fields.case && caseId) data[fields.case] = caseId
  if (drafts) data._status = 'draft'
  const created = await payload.create({
    collection,
    draft: drafts,
    req,
    // The user's own rights to the agenda apply.
    overrideAccess: false,
    data,
  })
  const agendaItem = String(created.id)
  await payload.update({
    collection: PLAN_ITEMS_SLUG,
    id,
    data: { agendaItem, status: 'pa_dagordningen', needsAttention: false, attentionNote: null },
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { agendaItem, created: true }
}

export const promoteEndpoint = (options: ArshjulOptions): Endpoint => ({
  path: '/:id/promote',
  method: 'post',
  handler: async (req) => {
    const words = wordsFor(req.i18n?.language)
    if (!req.user) return fail(401, words.errors.signIn)
    if (!canEditPlan(options, req)) return fail(403, words.errors.promoteForbidden)
    const id = String(req.routeParams?.id ?? '')
    const exists = await req.payload
      .count({ collection: PLAN_ITEMS_SLUG, where: { id: { equals: id } }, req, overrideAccess: true })
      .catch(() => ({ totalDocs: 0 }))
    if (!id || exists.totalDocs === 0) return fail(404, words.errors.notFound)
    try {
      const result = await promotePlanItem(req, options, id)
      return Response.json(result, { status: result.created ? 201 : 200 })
    } catch (error) {
      if (error instanceof PromoteError) return fail(error.status, error.message)
      const status = error instanceof Error && 'status' in error ? error.status : undefined
      if (status === 403) return fail(403, words.errors.agendaForbidden)
      throw error
    }
  },
})
