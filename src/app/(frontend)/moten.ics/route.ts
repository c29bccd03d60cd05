import { buildCalendar } from '@/lib/feeds/ical'
import { meetingEvent, publicMeetings } from '@/lib/public/feeds'

// Cached until the archive revision moves (src/cache/handler.mjs).
export const dynamic = 'force-static'
export const revalidate = false

export async function GET() {
  const meetings = await publicMeetings()
  return new Response(buildCalendar({ name: 'SRO – möten', events: meetings.map(meetingEvent) }), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="sro-moten.ics"',
    },
  })
}
