/** "Kommande": the next meetings and what is planned for them, on the start page and under every meeting page. */
import { dateLabel } from '../domain/periods'
import type { loadUpcoming } from '../data'

type Upcoming = Awaited<ReturnType<typeof loadUpcoming>>

export function UpcomingThemes({ upcoming, headingLevel = 2 }: { upcoming: Upcoming; headingLevel?: 2 | 3 }) {
  if (upcoming.length === 0) return null
  const Heading = `h${headingLevel}` as const
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4'
  return (
    <section aria-labelledby="kommande-rubrik" className="arshjul-upcoming">
      <Heading id="kommande-rubrik">Kommande möten och teman</Heading>
      {upcoming.map(({ meeting, items }) => (
        <article key={meeting.id}>
          <Sub>
            {meeting.slug ? <a href={`/moten/${meeting.slug}`}>{dateLabel(meeting.date)}</a> : dateLabel(meeting.date)}
            {meeting.kind === 'presidieavstamning' ? ' (presidieavstämning)' : ''}
          </Sub>
          {items.length ? (
            <ul>
              {items.map((item) => (
                <li key={item.id}>
                  {item.theme ? <strong>{item.theme.name}: </strong> : null}
                  {item.title}
                </li>
              ))}
            </ul>
          ) : (
            <p>Inget planerat än.</p>
          )}
        </article>
      ))}
      <p>
        <a href="/arshjul">Hela årshjulet</a>
      </p>
    </section>
  )
}
