/**
 * Plan items proposed by other parts of the system, e.g. the decision log's report-backs. Each is found again by a
 * stable key in `proposedBy`, follows its meeting when the proposer asks again, and is left alone once staff have
 * put it on the agenda (promoted) or struck it.
 */
import type { Payload, PayloadRequest } from 'payload'

import { PLAN_ITEMS_SLUG } from './collections/planItems'
import { idOf } from './host'

export const hasArshjul = (payload: Payload): boolean => Object.hasOwn(payload.collections, PLAN_ITEMS_SLUG)

export type PlanProposal = {
  /** Stable and unique for what is proposed, e.g. `assignment:<id>`. */
  key: string
  title: string
  notes?: string | null
  /** The meeting to plan it on, or null to withdraw the proposal. */
  meeting: { id: string; year: number } | null
}

/** The plan item (if any) and the agenda item it became (once promoted). */
export type ProposalResult = { planItem: string | null; agendaItem: string | null }

export async function findProposal(req: PayloadRequest, key: string) {
  const { docs } = await req.payload.find({
    collection: PLAN_ITEMS_SLUG,
    where: { proposedBy: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

export async function proposePlanItem(req: PayloadRequest, proposal: PlanProposal): Promise<ProposalResult> {
  const current = await findProposal(req, proposal.key)
  const agendaItem = idOf(current?.agendaItem)
  if (current && (agendaItem || current.status === 'struken')) return { planItem: current.id, agendaItem }

  if (!proposal.meeting) {
    if (current) await req.payload.delete({ collection: PLAN_ITEMS_SLUG, id: current.id, overrideAccess: true, req })
    return { planItem: null, agendaItem: null }
  }
  const notes = proposal.notes ?? null
  if (
    current &&
    idOf(current.meeting) === proposal.meeting.id &&
    current.title === proposal.title &&
    (current.notes ?? null) === notes
  ) {
    return { planItem: current.id, agendaItem: null }
  }
  const data = {
    title: proposal.title,
    year: proposal.meeting.year,
    meeting: proposal.meeting.id,
    period: null,
    status: 'planerad' as const,
    handling: ['information' as const],
    notes,
    proposedBy: proposal.key,
    // Moved here by the proposer: nothing left for staff to review.
    needsAttention: false,
    attentionNote: null,
  }
  const saved = current
    ? await req.payload.update({
        collection: PLAN_ITEMS_SLUG,
        id: current.id,
        data,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : await req.payload.create({ collection: PLAN_ITEMS_SLUG, data, depth: 0, overrideAccess: true, req })
  return { planItem: String(saved.id), agendaItem: null }
}
