import type { Metadata } from 'next'

import { ATTENDANCE_STATUSES, MEETING_FORMS, MEETING_KINDS, labelOf } from '@collections/Meetings/options'
import { AgendaItemView } from '@/components/public/AgendaItemView'
import { CalendarSubscription } from '@/components/public/CalendarSubscription'
import { MeetingBadge } from '@/components/public/MeetingBadge'
import { MeetingDocuments } from '@/components/public/MeetingDocuments'
import { NotFoundPage } from '@/components/public/NotFound'
import { Paragraphs } from '@/components/public/Paragraphs'
import { Roster } from '@/components/public/Roster'
import { Signatories } from '@/components/public/Signatories'
import { isMeetingSlug } from '@/domain/meetingSlug'
import { formatSwedishDate, formatTimeRange, stockholmDate } from '@/domain/time'
import { getMeeting } from '@/lib/public/meetings'
import { meetingPdfLinks } from '@/pdf/links'
import type { Organisation, Person } from '@/payload-types'
import { UpcomingThemes } from '@plugins/arshjul/exports/public'
import { upcomingAfter } from '@/lib/public/arshjul'

// Rendered on first request, then served from the cache until the archive revision moves (src/cache/handler.mjs).
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

async function load(slug: string) {
  return isMeetingSlug(slug) ? getMeeting(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).slug)
  if (!data) return { title: 'Mötet hittades inte' }
  const kind = data.stage === 'minutes' ? 'Mötesanteckning' : 'Kallelse'
  // The PDFs as <link rel="alternate" type="application/pdf">.
  const pdfs = meetingPdfLinks({ slug: (await params).slug, stage: data.stage, items: data.items }).map((link) => ({
    url: link.href,
    title: link.title,
  }))
  return {
    title: `${kind} ${data.meeting.title}`,
    description: `${kind} för ${data.meeting.title}, ${data.meeting.location ?? ''}`.trim(),
    alternates: { types: { 'application/pdf': pdfs } },
  }
}

const personName = (value: string | Person | null | undefined) => (typeof value === 'object' && value ? value.name : '')

export default async function MeetingPage({ params }: Props) {
  const data = await load((await params).slug)
  if (!data) return <NotFoundPage />
  const { meeting, items, roster, stage } = data
  const isMinutes = stage === 'minutes'
  const absent = (meeting.attendance ?? []).filter((row) => row.status !== 'present')
  // Like the documents, each meeting ends with what comes next: the årshjul's following meetings and themes.
  const upcoming = await upcomingAfter(stockholmDate(meeting.startsAt))

  return (
    <article className="meeting">
      <header className="meeting-header">
        <p className="document-kind">{isMinutes ? 'Mötesanteckning SRO' : 'Kallelse SRO'}</p>
        <h1>{meeting.title}</h1>
        <MeetingBadge meeting={meeting} stage={stage} />
        <dl className="facts">
          <dt>Datum</dt>
          <dd>{formatSwedishDate(meeting.startsAt)}</dd>
          <dt>Tid</dt>
          <dd>{formatTimeRange(meeting.startsAt, meeting.endsAt)}</dd>
          {meeting.location && (
            <>
              <dt>Plats</dt>
              <dd>{meeting.location}</dd>
            </>
          )}
          {meeting.form && (
            <>
              <dt>Mötesform</dt>
              <dd>{labelOf(MEETING_FORMS, meeting.form)}</dd>
            </>
          )}
          <dt>Typ av möte</dt>
          <dd>{labelOf(MEETING_KINDS, meeting.kind)}</dd>
          {meeting.invitedGuests && meeting.invitedGuests.length > 0 && (
            <>
              <dt>Inbjudna</dt>
              <dd>
                {meeting.invitedGuests
                  .map((guest) => {
                    const organisation =
                      typeof guest.organisation === 'object'
                        ? (guest.organisation as Organisation | null)?.shortName
                        : null
                    return [personName(guest.person) || guest.name, organisation].filter(Boolean).join(', ')
                  })
                  .join('; ')}
              </dd>
            </>
          )}
        </dl>
        {stage === 'cancelled' && <Paragraphs text={meeting.cancellationNote} />}
        <Paragraphs text={meeting.noticeNotes} />
      </header>

      <MeetingDocuments slug={meeting.slug ?? ''} stage={stage} items={items} />
      <Roster roster={roster} />

      {isMinutes && (
        <section aria-labelledby="narvaro" className="attendance">
          <h2 id="narvaro">Närvaro</h2>
          {absent.length === 0 ? (
            <p>Alla kallade var närvarande.</p>
          ) : (
            <ul>
              {absent.map((row) => (
                <li key={row.id ?? personName(row.person)}>
                  {personName(row.person)}: {labelOf(ATTENDANCE_STATUSES, row.status).toLowerCase()}
                  {row.status === 'substituted' && row.substitute ? ` ${personName(row.substitute)}` : ''}
                  {row.note ? ` (${row.note})` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="dagordning" className="agenda">
        <h2 id="dagordning">Dagordning</h2>
        {items.length === 0 ? (
          <p>Dagordningen är inte publicerad ännu.</p>
        ) : (
          <ol className="agenda-items">
            {items.map((item) => (
              <AgendaItemView key={item.id} item={item} stage={stage} />
            ))}
          </ol>
        )}
      </section>

      {isMinutes && <Paragraphs text={meeting.minutesNotes} />}

      {stage !== 'cancelled' && <Signatories meeting={meeting} isMinutes={isMinutes} />}
      <UpcomingThemes upcoming={upcoming} />
      <div className="print-hide">
        <p>
          <a href="/moten">Alla möten</a>
        </p>
        <CalendarSubscription path="/moten.ics" label="Prenumerera på mötena i din kalender" />
      </div>
    </article>
  )
}
