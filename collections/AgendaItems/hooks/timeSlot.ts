import type { FieldHook, PayloadRequest, Where } from 'payload'

import { relationId } from '@/lib/relations'
import { type PlannedSlot, computeTimePlan } from '@/domain/time'
import { batchedPerRequest, oncePerRequest } from '@/lib/requestCache'

type PlanResult = ReturnType<typeof computeTimePlan>

/**
 * The time plans of every meeting whose items this request reads, computed once per request and meeting. Batched: the
 * rows of a list ask in the same turn, so a list of items from twenty meetings costs two queries, not forty.
 */
async function loadTimePlans({
  req,
  meetingIds,
  isPublic,
}: {
  req: PayloadRequest
  meetingIds: string[]
  isPublic: boolean
}): Promise<Map<string, PlanResult>> {
  // A visitor's plan counts published public items only: a draft or hidden item never moves a public time.
  const where: Where = !isPublic
    ? { meeting: { in: meetingIds } }
    : {
        and: [{ meeting: { in: meetingIds } }, { _status: { equals: 'published' } }, { isPublic: { equals: true } }],
      }
  const [meetings, items] = await Promise.all([
    req.payload.find({
      collection: 'meetings',
      where: { id: { in: meetingIds } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { startsAt: true, endsAt: true },
    }),
    req.payload.find({
      collection: 'agenda-items',
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {
        meeting: true,
        order: true,
        number: true,
        parent: true,
        durationMinutes: true,
        isPause: true,
        startOverride: true,
        endOverride: true,
      },
    }),
  ])
  const plans = new Map<string, PlanResult>()
  for (const meeting of meetings.docs) {
    if (!meeting.startsAt) continue
    const own = items.docs.filter((doc) => relationId(doc.meeting) === String(meeting.id))
    plans.set(
      String(meeting.id),
      computeTimePlan({
        meetingStart: meeting.startsAt,
        meetingEnd: meeting.endsAt,
        items: own.map((doc) => ({
          id: String(doc.id),
          order: doc.order ?? 0,
          number: doc.number,
          parentId: relationId(doc.parent),
          durationMinutes: doc.durationMinutes,
          isPause: doc.isPause ?? false,
          startOverride: doc.startOverride,
          endOverride: doc.endOverride,
        })),
      }),
    )
  }
  return plans
}

const timePlanFor = ({ req, meetingId, isPublic }: { req: PayloadRequest; meetingId: string; isPublic: boolean }) =>
  batchedPerRequest<PlanResult | null>(
    req,
    isPublic ? 'publicTimePlans' : 'timePlans',
    meetingId,
    (meetingIds) => loadTimePlans({ req, meetingIds, isPublic }),
    null,
  )

/**
 * For a writer that reads no time slots (the importer): the request computes no time plan for this meeting, and its
 * items read with no slot. Every read of an item computes its slot, Payload's own check of a sub-item's parent included
 * (two queries), and as the plan is kept from the request's first read it would miss the writer's later items anyway.
 */
export function skipTimePlan({ req, meetingId }: { req: PayloadRequest; meetingId: string }): void {
  void oncePerRequest<PlanResult | null>(req, 'timePlans', meetingId, async () => null)
}

/** Virtual field: where the item stands in the time plan (instants, formatted by the page), from the meeting start, the order and the durations. */
export const readTimeSlot: FieldHook = async ({ data, req, overrideAccess }): Promise<PlannedSlot | null> => {
  const meetingId = relationId(data?.meeting)
  if (!meetingId || !data?.id) return null
  // A visitor (access enforced, nobody signed in) gets the public plan; staff and the system see every item.
  const plan = await timePlanFor({ req, meetingId, isPublic: !req.user && overrideAccess === false })
  const slot = plan?.slots.find((candidate) => candidate.id === String(data.id))
  return slot ? { startsAt: slot.startsAt, endsAt: slot.endsAt, isOverrun: slot.isOverrun } : null
}
