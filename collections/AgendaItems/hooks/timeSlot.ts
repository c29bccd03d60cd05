import type { FieldHook, PayloadRequest } from 'payload'

import { relationId } from '../../../src/lib/relations'
import { type PlannedSlot, computeTimePlan } from '../../../src/domain/time'
import { oncePerRequest } from '../../../src/lib/requestCache'

type PlanResult = ReturnType<typeof computeTimePlan>

/** The meeting's whole time plan, computed once per request and meeting. */
async function timePlanFor({ req, meetingId }: { req: PayloadRequest; meetingId: string }): Promise<PlanResult | null> {
  return oncePerRequest(req, 'timePlans', meetingId, async () => {
    const meeting = await req.payload
      .findByID({ collection: 'meetings', id: meetingId, depth: 0, overrideAccess: true, req, select: { startsAt: true, endsAt: true } })
      .catch(() => null)
    if (!meeting?.startsAt) return null
    const { docs } = await req.payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: meetingId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { order: true, parent: true, durationMinutes: true, isPause: true, startOverride: true, endOverride: true },
    })
    return computeTimePlan({
      meetingStart: meeting.startsAt,
      meetingEnd: meeting.endsAt,
      items: docs.map((doc) => ({
        id: String(doc.id),
        order: doc.order ?? 0,
        parentId: relationId(doc.parent),
        durationMinutes: doc.durationMinutes,
        isPause: doc.isPause ?? false,
        startOverride: doc.startOverride,
        endOverride: doc.endOverride,
      })),
    })
  })
}

/** Virtual field: where the item stands in the time plan (instants, formatted by the page), from the meeting start, the order and the durations. */
export const readTimeSlot: FieldHook = async ({ data, req }): Promise<PlannedSlot | null> => {
  const meetingId = relationId(data?.meeting)
  if (!meetingId || !data?.id) return null
  const plan = await timePlanFor({ req, meetingId })
  const slot = plan?.slots.find((candidate) => candidate.id === String(data.id))
  return slot ? { startsAt: slot.startsAt, endsAt: slot.endsAt, isOverrun: slot.isOverrun } : null
}
