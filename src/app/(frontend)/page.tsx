import { UpcomingThemes } from '../../../plugins/arshjul/exports/public'
import { CalendarSubscription } from '@/components/public/CalendarSubscription'
import { MeetingBadge } from '@/components/public/MeetingBadge'
import { MeetingList } from '@/components/public/MeetingList'
import { formatSwedishDate, formatTimeRange } from '@/domain/time'
import { isArshjulPublic, upcomingFromToday } from '@/lib/public/arshjul'
import { stageOf, startPageMeetings } from '@/lib/public/meetings'
import type { AgendaItem, Meeting } from '@/payload-types'

// Cached until the archive revision moves (src/cache/handler.mjs); the revision carries the date, so "next meeting"
// moves along as days pass.
export const revalidate = false

export default async function HomePage() {
  const [{ next, latestMinutes, recentDecisions, itemNames }, upcoming, hasArshjul] = await Promise.all([
    startPageMeetings(),
    upcomingFromToday(),
    isArshjulPublic(),
  ])
  const latest = latestMinutes[0]
  return (
    <>
      <h1>SRO – Politiskt samrådsorgan</h1>
      <p className="lead">
        Samråd mellan Västra Götalandsregionen och Västra Götalands 49 kommuner genom de fyra kommunalförbunden.
      </p>

      <section aria-labelledby="nasta-mote">
        <h2 id="nasta-mote">Nästa möte</h2>
        {next ? (
          <p>
            <a href={`/moten/${next.slug}`}>{next.title}</a> <MeetingBadge meeting={next} stage={stageOf(next)} />
            <br />
            {formatSwedishDate(next.startsAt)}, kl. {formatTimeRange(next.startsAt, next.endsAt)}
            {next.location ? `, ${next.location}` : ''}
          </p>
        ) : (
          <p>Kallelsen till nästa möte är inte publicerad ännu.</p>
        )}
      </section>

      <UpcomingThemes upcoming={upcoming} />

      <section aria-labelledby="senaste">
        <h2 id="senaste">Senaste mötesanteckningar</h2>
        {latestMinutes.length ? (
          <MeetingList meetings={latestMinutes} />
        ) : (
          <p>Inga mötesanteckningar är publicerade ännu.</p>
        )}
      </section>

      {latest && recentDecisions.length > 0 && (
        <section aria-labelledby="beslut">
          <h2 id="beslut">Ställningstaganden {formatSwedishDate(latest.startsAt)}</h2>
          <ul className="decision-list">
            {recentDecisions.map((decision) => {
              const item = typeof decision.agendaItem === 'object' ? (decision.agendaItem as AgendaItem) : null
              const meeting = latest as Meeting
              return (
                <li key={decision.id}>
                  {item ? (
                    <a href={`/moten/${meeting.slug}#${itemNames.get(item.id)?.anchor ?? ''}`}>
                      Punkt {itemNames.get(item.id)?.label ?? item.number}. {item.title}
                    </a>
                  ) : null}
                  : {decision.text}
                </li>
              )
            })}
          </ul>
        </section>
      )}

      <p>
        <a href="/moten">Alla möten</a> · <a href="/arenden">Ärenden</a> ·{' '}
        {hasArshjul && (
          <>
            <a href="/arshjul">Årshjul</a> ·{' '}
          </>
        )}
        <a href="/feed.xml">Nyhetsflöde</a>
      </p>
      <CalendarSubscription path="/moten.ics" label="Prenumerera på mötena i din kalender" />
    </>
  )
}
