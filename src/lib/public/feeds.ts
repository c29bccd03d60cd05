import type { Where } from 'payload'

import type { CalendarEvent } from '../feeds/ical'
import type { FeedEntry } from '../feeds/atom'
import type { Meeting } from '@/payload-types'
import { formatSwedishDate } from '@/domain/time'
import { AS_VISITOR, publicPayload } from './payload'
import { siteUrl } from './site'

const MEETING_FIELDS = {
  title: true,
  slug: true,
  startsAt: true,
  endsAt: true,
  location: true,
  state: true,
  publication: true,
  updatedAt: true,
} as const

type FeedMeeting = Pick<
  Meeting,
  'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'location' | 'state' | 'publication' | 'updatedAt'
>

/** Published meetings whose kallelse is out, optionally only those given (by id). */
export async function publicMeetings({ ids }: { ids?: string[] } = {}): Promise<FeedMeeting[]> {
  const payload = await publicPayload()
  const and: Where[] = [{ 'publication.isNoticePublished': { equals: true } }]
  if (ids) and.push({ id: { in: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] } })
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { and },
    sort: '-startsAt',
    pagination: false,
    depth: 0,
    select: MEETING_FIELDS,
    ...AS_VISITOR,
  })
  return docs
}

export function meetingEvent(meeting: FeedMeeting): CalendarEvent {
  return {
    uid: `${meeting.id}@sro-arkivet`,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: meeting.title ?? `SRO möte ${formatSwedishDate(meeting.startsAt)}`,
    location: meeting.location,
    url: `${siteUrl()}/moten/${meeting.slug}`,
    description: `Kallelse och mötesanteckning: ${siteUrl()}/moten/${meeting.slug}`,
    isCancelled: meeting.state === 'cancelled',
    updated: meeting.updatedAt,
  }
}

/** One entry per published stage: a kallelse and, later, its mötesanteckning. */
export function meetingFeedEntries(meetings: FeedMeeting[]): FeedEntry[] {
  const entries: FeedEntry[] = []
  for (const meeting of meetings) {
    const url = `${siteUrl()}/moten/${meeting.slug}`
    const title = meeting.title ?? formatSwedishDate(meeting.startsAt)
    if (meeting.publication?.isNoticePublished) {
      entries.push({
        id: `${url}#kallelse`,
        title: `Kallelse: ${title}`,
        url,
        updated: meeting.publication.noticePublishedAt ?? meeting.updatedAt,
      })
    }
    if (meeting.publication?.isMinutesPublished) {
      entries.push({
        id: `${url}#motesanteckning`,
        title: `Mötesanteckning: ${title}`,
        url,
        updated: meeting.publication.minutesPublishedAt ?? meeting.updatedAt,
      })
    }
  }
  return entries.sort((a, b) => new Date(b.updated).getTime() - new Date(a.updated).getTime()).slice(0, 50)
}
