import { buildCalendar } from '@/lib/feeds/ical'
import { getCase } from '@/lib/public/cases'
import { meetingEvent, publicMeetings } from '@/lib/public/feeds'

export const revalidate = false

/** The meetings where one case is handled, as a calendar to subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const data = /^[a-z0-9-]{1,100}$/.test(slug) ? await getCase(slug) : null
  if (!data)
    return new Response('Ärendet hittades inte.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const meetings = await publicMeetings({ ids: [...new Set(data.history.map(({ meeting }) => meeting.id))] })
  return new Response(buildCalendar({ name: `SRO – ${data.entry.title}`, events: meetings.map(meetingEvent) }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
