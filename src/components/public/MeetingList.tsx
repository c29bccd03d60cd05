import type { Meeting } from '@/payload-types'
import { formatSwedishDate, formatTimeRange } from '@/domain/time'
import { stageOf } from '@/lib/public/meetings'
import { MeetingBadge } from './MeetingBadge'

type ListedMeeting = Pick<
  Meeting,
  'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'location' | 'state' | 'publication' | 'approval'
>

export function MeetingList({ meetings }: { meetings: ListedMeeting[] }) {
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <a href={`/moten/${meeting.slug}`}>{meeting.title ?? formatSwedishDate(meeting.startsAt)}</a>{' '}
          <MeetingBadge meeting={meeting} stage={stageOf(meeting)} />
          <br />
          <span className="meta">
            {formatTimeRange(meeting.startsAt, meeting.endsAt)}
            {meeting.location ? ` · ${meeting.location}` : ''}
          </span>
        </li>
      ))}
    </ul>
  )
}
