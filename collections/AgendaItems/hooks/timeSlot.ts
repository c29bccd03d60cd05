import type { FieldHook, PayloadRequest, Where } from 'payload'

import { relationId } from '@/lib/relations'
import { type PlannedSlot, computeTimePlan } from '@/domain/time'
import { oncePerRequest } from '@/lib/requestCache'

type PlanResult = ReturnType<typeof computeTimePlan>

/** The meeting's whole time plan, computed once per request and meeting. */
async function timePlanFor({
  req,
  meetingId,
  isPublic,
}: {
  req: PayloadRequest
  meetingId: string
  isPublic: boolean
}): Promise<PlanResult | null> {
  return oncePerRequest(req, 'timePlans', `${isPublic ? 'public' : 'all'}:${meetingId}`, async () => {
    const meeting = await req.payload
      .findByID({
        collection: 'meetings',
        id: meetingId,
        depth: 0,
        overrideAccess: true,
        req,
        select: { startsAt: true, endsAt: true },
      })
      .catch(() => null)
    if (!meeting?.startsAt) return null
    // A visitor's plan counts published public items only: a draft or hidden item never moves a public time.
    const where: Where = !isPublic
      ? { meeting: { equals: meetingId } }
      : {
          and: [
            { meeting: { equals: meetingId } },
            { _status: { equals: 'published' } },
            { isPublic: { equals: true } },
          ],
        }
    const { docs } = await req.payload.find({
      collection: 'agenda-items',
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {
        order: true,
        number: true,
        parent: true,
        durationMinutes: true,
        isPause: true,
        startOverride: true,
        endOverride: true,
      },
    })
    return computeTimePlan({
      meetingStart: meeting.startsAt,
      meetingEnd: meeting.endsAt,
      items: docs.map((doc) => ({
        id: String(doc.id),
        order: doc.order ?? 0,
        number: doc.number,
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
export const readTimeSlot: FieldHook = async ({ data, req, overrideAccess }): Promise<PlannedSlot | null> => {
  const meetingId = relationId(data?.meeting)
  if (!meetingId || !data?.id) return null
  // A visitor (access enforced, nobody signed in) gets the public plan; staff and the system see every item.
  const plan = await timePlanFor({ req, meetingId, isPublic: !req.user && overrideAccess === false })
  const slot = plan?.slots.find((candidate) => candidate.id === String(data.id))
  return slot ? { startsAt: slot.startsAt, endsAt: slot.endsAt, isOverrun: slot.isOverrun } : null
}
