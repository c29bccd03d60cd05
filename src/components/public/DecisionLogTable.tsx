import type { LogEntry } from '@/lib/public/decisionLog'
import { ScrollRegion } from './ScrollRegion'

/**
 * The decision log as a table: one row per decision or assignment, what needs attention first.
 * `links` decides where titles and meetings point (public pages or the admin).
 */
export function DecisionLogTable({
  entries,
  caption,
  links,
}: {
  entries: readonly LogEntry[]
  caption: string
  links: { entry: (entry: LogEntry) => string | null; meeting: (entry: LogEntry) => string | null }
}) {
  if (entries.length === 0) return <p>Inga beslut eller uppdrag matchar filtret.</p>
  return (
    <ScrollRegion id="beslutslogg-tabell" label="Beslutsloggen (tabell)">
      <table className="decision-log">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Möte och punkt</th>
            <th scope="col">Beslut eller uppdrag</th>
            <th scope="col">Ansvarig</th>
            <th scope="col">Återrapportering</th>
            <th scope="col">Status</th>
            <th scope="col">Senaste lägesrapport</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const entryHref = links.entry(entry)
            const meetingHref = links.meeting(entry)
            return (
              <tr key={`${entry.kind}-${entry.id}`} className={entry.status ? `status-${entry.status}` : undefined}>
                <td>
                  {entry.meetingDate ? <time dateTime={entry.meetingDate}>{entry.meetingDate}</time> : 'Okänt möte'}
                  {entry.item ? (
                    <>
                      <br />
                      {meetingHref ? (
                        <a href={meetingHref}>
                          Punkt {entry.item.number}. {entry.item.title}
                        </a>
                      ) : (
                        `Punkt ${entry.item.number}. ${entry.item.title}`
                      )}
                    </>
                  ) : null}
                </td>
                <th scope="row">
                  <span className="log-kind">{entry.kind === 'assignment' ? 'Uppdrag' : 'Beslut'}: </span>
                  {entryHref ? <a href={entryHref}>{entry.title}</a> : entry.title}
                  {entry.kind === 'decision' ? <span className="log-text"> {entry.text}</span> : null}
                </th>
                <td>{entry.assignee || '–'}</td>
                <td>
                  {entry.kind === 'assignment' ? (
                    <>
                      {entry.dueLabel}
                      {entry.dueText ? <span className="log-text"> ”{entry.dueText}”</span> : null}
                      {entry.isFlagged ? <strong className="log-flag"> Tidpunkten kunde inte tolkas.</strong> : null}
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  <span className="log-status">{entry.statusLabel}</span>
                </td>
                <td>
                  {entry.lastProgress ? (
                    <>
                      {entry.lastProgress.date ? (
                        <time dateTime={entry.lastProgress.date}>{entry.lastProgress.date}</time>
                      ) : null}{' '}
                      {entry.lastProgress.text}
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
