import type { Metadata } from 'next'

import { HANDLINGS } from '@collections/AgendaItems/options'
import { labelOf } from '@collections/Meetings/options'
import { CalendarSubscription } from '@/components/public/CalendarSubscription'
import { NotFoundPage } from '@/components/public/NotFound'
import { Paragraphs } from '@/components/public/Paragraphs'
import { formatSwedishDate } from '@/domain/time'
import { getCase } from '@/lib/public/cases'

export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

const load = async (slug: string) => (/^[a-z0-9-]{1,100}$/.test(slug) ? getCase(slug) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).slug)
  return data
    ? { title: data.entry.title, description: data.entry.description ?? undefined }
    : { title: 'Ärendet hittades inte' }
}

export default async function CasePage({ params }: Props) {
  const data = await load((await params).slug)
  if (!data) return <NotFoundPage />
  const { entry, history } = data
  return (
    <article>
      <p className="document-kind">Ärende</p>
      <h1>{entry.title}</h1>
      {entry.reference && <p className="meta">Diarienummer: {entry.reference}</p>}
      <Paragraphs text={entry.description} />

      {entry.milestones && entry.milestones.length > 0 && (
        <section aria-labelledby="tidsplan">
          <h2 id="tidsplan">Tidsplan</h2>
          <ol className="milestones">
            {entry.milestones.map((milestone) => (
              <li key={milestone.id ?? milestone.label}>
                <strong>{milestone.label}:</strong>{' '}
                {milestone.dateText || (milestone.date ? formatSwedishDate(milestone.date) : 'datum ej bestämt')}
                {milestone.isDone ? ' (klart)' : ''}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="behandlat">
        <h2 id="behandlat">Behandlat i SRO</h2>
        {history.length === 0 ? (
          <p>Ärendet har inte behandlats på något publicerat möte ännu.</p>
        ) : (
          <ol className="case-history">
            {history.map(({ item, meeting, name }) => (
              <li key={item.id}>
                <a href={`/moten/${meeting.slug}#${name.anchor}`}>
                  {formatSwedishDate(meeting.startsAt)}, punkt {name.label}: {item.title}
                </a>
                {item.handling?.length ? (
                  <span className="meta"> ({item.handling.map((value) => labelOf(HANDLINGS, value)).join(', ')})</span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <CalendarSubscription
        path={`/arenden/${entry.slug}/kalender.ics`}
        label="Prenumerera på ärendets möten i din kalender"
      />
    </article>
  )
}
