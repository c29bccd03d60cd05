import type { CollectionBeforeChangeHook } from 'payload'

import type { ArshjulOptions } from '../options'
import { idOf } from '../ids'


/** A plan item is public when its meeting is published: read from the meeting on every save. */
export const syncMeetingPublished =
  (options: ArshjulOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const meetingId = idOf(data.meeting !== undefined ? data.meeting : originalDoc?.meeting)
    if (!meetingId) {
      data.meetingPublished = false
      return data
    }
    const meeting = await req.payload
      .findByID({ collection: options.collections.meetings as never, id: meetingId, depth: 0, req, overrideAccess: true, select: { _status: true } as never })
      .catch(() => null)
    data.meetingPublished = (meeting as { _status?: string } | null)?._status === 'published'
    return data
  }
