import type { CollectionBeforeChangeHook } from 'payload'

import type { ArshjulOptions } from '../options'
import { stockholmYear } from '../domain/stockholmDate'
import { idOf } from '../ids'

/**
 * Keeps a plan item's public flag (`meetingPublished`) on every save: an item on a meeting is public when the meeting
 * is published; an item planned on a month or quarter (no meeting) when staff have ticked "Visa publikt".
 */
export const syncMeetingPublished =
  (options: ArshjulOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const meetingId = idOf(data.meeting !== undefined ? data.meeting : originalDoc?.meeting)
    if (!meetingId) {
      data.meetingPublished = Boolean(data.isPublic !== undefined ? data.isPublic : originalDoc?.isPublic)
      return data
    }
    const meeting = (await req.payload
      .findByID({ collection: options.collections.meetings as never, id: meetingId, depth: 0, req, overrideAccess: true, select: { _status: true, startsAt: true } as never })
      .catch(() => null)) as { _status?: string; startsAt?: string } | null
    data.meetingPublished = meeting?._status === 'published'
    // An item on a meeting belongs to that meeting's year: otherwise it would fall out of every year's grid.
    const year = stockholmYear(meeting?.startsAt)
    if (year) data.year = year
    return data
  }
