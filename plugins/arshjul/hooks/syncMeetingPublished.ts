import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../host'
import type { ArshjulOptions } from '../options'
import { liveMeeting } from './meetingState'

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
    const meeting = await liveMeeting({ req, options, id: meetingId })
    data.meetingPublished = meeting?.isPublished ?? false
    // An item on a meeting belongs to that meeting's year: otherwise it would fall out of every year's grid.
    if (meeting?.year) data.year = meeting.year
    return data
  }
