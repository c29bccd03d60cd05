import { buildCalendar } from '@/lib/feeds/ical'
import { publicYearPlan, todayInStockholm } from '@/lib/public/arshjul'
import { siteUrl } from '@/lib/public/site'

// Cached until the archive revision moves (src/cache/handler.mjs).
export const dynamic = 'force-static'
export const revalidate = false

/** The planned meetings of this year and the next, each with the themes planned for it. */
export async function GET() {
  const year = Number(todayInStockholm().slice(0, 4))
  const found = await Promise.all([publicYearPlan(year), publicYearPlan(year + 1)])
  const plans = found.filter((plan) => plan !== null)
  if (plans.length === 0)
    return new Response('Årshjulet är inte publikt.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const events = plans.flatMap((plan) => {
    const themes = new Map(plan.themes.map((theme) => [theme.id, theme.name]))
    return plan.meetings.map((meeting) => {
      const items = plan.items.filter((item) => item.meetingId === meeting.id && item.status !== 'struken')
      return {
        uid: `arshjul-${meeting.id}@sro-arkivet`,
        start: meeting.startsAt,
        end: meeting.endsAt,
        summary: `${meeting.title}${items.length ? ` – ${[...new Set(items.map((item) => (item.themeId ? themes.get(item.themeId) : null) ?? item.title))].join(', ')}` : ''}`,
        description:
          items.map((item) => `${item.themeId ? `${themes.get(item.themeId)}: ` : ''}${item.title}`).join('\n') || null,
        url: meeting.href ? `${siteUrl()}${meeting.href}` : null,
        isCancelled: meeting.cancelled,
      }
    })
  })
  return new Response(buildCalendar({ name: 'SRO – årshjul', events }), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="sro-arshjul.ics"',
    },
  })
}
