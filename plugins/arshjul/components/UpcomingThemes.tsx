/** "Kommande": the next meetings and what is planned for them, on the start page and under every meeting page. */
import type { UpcomingMeeting } from '../data'
import { dateLabel } from '../domain/periods'

type Props = {
  upcoming: UpcomingMeeting[]
  headingLevel?: 2 | 3
  /** The site's page with the whole årshjul; null: no link. */
  planHref?: string | null
}

export function UpcomingThemes({ upcoming, headingLevel = 2, planHref = '/arshjul' }: Props) {
  if (upcoming.length === 0) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  return (
    <section aria-labelledby="kommande-rubrik" className="arshjul-upcoming">
      <Heading id="kommande-rubrik">Kommande möten och teman</Heading>
      {upcoming.map(({ meeting, items }) => (
        <article key={meeting.id}>
          <Sub>
            {meeting.href ? <a href={meeting.href}>{dateLabel(meeting.date)}</a> : dateLabel(meeting.date)}
            {meeting.note ? ` (${meeting.note})` : ''}
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
      {planHref ? (
        <p>
          <a href={planHref}>Hela årshjulet</a>
        </p>
      ) : null}
    </section>
  )
}
