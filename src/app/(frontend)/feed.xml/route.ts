import { buildAtomFeed } from '@/lib/feeds/atom'
import { meetingFeedEntries, publicMeetings } from '@/lib/public/feeds'
import { siteUrl } from '@/lib/public/site'

export const dynamic = 'force-static'
export const revalidate = false

/** New kallelser and mötesanteckningar, newest first. */
export async function GET() {
  const entries = meetingFeedEntries(await publicMeetings())
  const feed = buildAtomFeed({
    title: 'SRO – kallelser och mötesanteckningar',
    siteUrl: `${siteUrl()}/`,
    feedUrl: `${siteUrl()}/feed.xml`,
    entries,
  })
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
