import type { Metadata } from 'next'
import { z } from 'zod'

import { NotFoundPage } from '@/components/public/NotFound'
import { ASSIGNMENT_STATUS_LABELS, type AssignmentDisplayStatus } from '@/domain/assignmentStatus'
import { describeDue } from '@/domain/decisionLog'
import { assignmentDueOf } from '@/domain/reportBack'
import { formatSwedishDate, stockholmDate } from '@/domain/time'
import { nameItems } from '@/lib/public/itemLabels'
import { AS_VISITOR, publicPayload } from '@/lib/public/payload'
import type { AgendaItem, Assignment, Decision, Meeting, Organisation } from '@/payload-types'

// Rendered on first request, then cached until the archive revision moves (src/cache/handler.mjs); the revision
// holds today's date too, so "försenat" turns at midnight. Cached, a missing assignment is a complete 404 page.
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

const obj = <T,>(value: T | string | null | undefined): T | null => (value && typeof value === 'object' ? value : null)

async function findAssignment(id: string): Promise<Assignment | null> {
  if (!z.string().uuid().safeParse(id).success) return null
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'assignments',
    where: { id: { equals: id } },
    limit: 1,
    depth: 2,
    populate: {
      meetings: { title: true, slug: true, startsAt: true },
      'agenda-items': { number: true, title: true, meeting: true, parent: true },
      decisions: { text: true, number: true },
    },
    joins: { progressNotes: false },
    ...AS_VISITOR,
  })
  return docs[0] ?? null
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const assignment = await findAssignment((await params).id)
  return assignment ? { title: `Uppdrag: ${assignment.title}` } : { title: 'Uppdraget finns inte' }
}

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const assignment = await findAssignment((await params).id)
  if (!assignment) return <NotFoundPage />
  const payload = await publicPayload()
  const notes = await payload.find({
    collection: 'progress-notes',
    where: { assignment: { equals: assignment.id } },
    sort: 'date',
    pagination: false,
    depth: 0,
    select: { date: true, text: true },
    ...AS_VISITOR,
  })
  const meeting = obj<Meeting>(assignment.meeting)
  const item = obj<AgendaItem>(assignment.agendaItem)
  const decision = obj<Decision>(assignment.decision)
  const reported = obj<AgendaItem>(assignment.reportedBackIn)
  const reportedMeeting = obj<Meeting>(reported?.meeting)
  const status = (assignment.displayStatus ?? 'not_started') as AssignmentDisplayStatus
  const organisations = (assignment.assigneeOrganisations ?? [])
    .map((value) => obj<Organisation>(value))
    .filter((value): value is Organisation => Boolean(value))
  const assignee = [organisations.map((organisation) => organisation.name).join(', '), assignment.assigneeText]
    .filter(Boolean)
    .join(' – ')
  const names = await nameItems(payload, [item, reported])
  const itemHref = meeting?.slug ? `/moten/${meeting.slug}${item ? `#${names.get(item.id)?.anchor}` : ''}` : null

  return (
    <article>
      <p className="document-kind">Uppdrag</p>
      <h1>{assignment.title}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{ASSIGNMENT_STATUS_LABELS[status]}</dd>
        <dt>Ansvarig</dt>
        <dd>{assignee || 'Ej angivet'}</dd>
        <dt>Återrapportering</dt>
        <dd>
          {describeDue(assignmentDueOf(assignment.due), assignment.due?.kind)}
          {assignment.due?.dueText ? ` (”${assignment.due.dueText}”)` : null}
        </dd>
      </dl>
      {assignment.description ? <p>{assignment.description}</p> : null}

      <h2>Tidslinje</h2>
      <ol className="timeline">
        <li>
          {meeting?.startsAt ? (
            <time dateTime={stockholmDate(meeting.startsAt)}>{formatSwedishDate(meeting.startsAt)}</time>
          ) : null}{' '}
          <strong>Uppdraget gavs</strong>
          {itemHref && item ? (
            <>
              {' '}
              under{' '}
              <a href={itemHref}>
                punkt {names.get(item.id)?.label ?? item.number}. {item.title}
              </a>
            </>
          ) : null}
          {decision ? <p>{decision.text}</p> : null}
        </li>
        {notes.docs.map((note) => (
          <li key={note.id}>
            <time dateTime={note.date.slice(0, 10)}>{formatSwedishDate(note.date)}</time> <strong>Lägesrapport</strong>
            <p>{note.text}</p>
          </li>
        ))}
        {reported ? (
          <li>
            {reportedMeeting?.startsAt ? (
              <time dateTime={stockholmDate(reportedMeeting.startsAt)}>
                {formatSwedishDate(reportedMeeting.startsAt)}
              </time>
            ) : null}{' '}
            <strong>Återrapporterat</strong>
            {reportedMeeting?.slug ? (
              <>
                {' '}
                under{' '}
                <a href={`/moten/${reportedMeeting.slug}#${names.get(reported.id)?.anchor}`}>
                  punkt {names.get(reported.id)?.label}. {reported.title}
                </a>
              </>
            ) : null}
          </li>
        ) : (
          <li>
            <strong>Väntar på återrapportering</strong>:{' '}
            {describeDue(assignmentDueOf(assignment.due), assignment.due?.kind)}
          </li>
        )}
      </ol>
      <p>
        <a href="/beslutslogg">Till beslutsloggen</a>
      </p>
    </article>
  )
}
