import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relations'
import { stockholmDate } from '@/domain/time'

/** A deadline "at a meeting" keeps that meeting's date, so status can be derived without a lookup. */
export const copyDueMeetingDate: CollectionBeforeChangeHook = async ({ data, req }) => {
  const meetingId = data.due?.kind === 'meeting' ? relationId(data.due.meeting) : null
  if (!meetingId) return data
  const meeting = await req.payload.findByID({
    collection: 'meetings',
    id: meetingId,
    depth: 0,
    overrideAccess: true,
    req,
    select: { startsAt: true },
  })
  return { ...data, due: { ...data.due, meetingDate: meeting.startsAt ? stockholmDate(meeting.startsAt) : null } }
}
