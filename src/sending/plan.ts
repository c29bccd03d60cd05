/**
 * Reads what a sending needs from the database: the meeting as published (the same version the public page and the
 * PDF show), its list of those called and invited with the register's addresses, and who already received this kind.
 */
import type { Payload } from 'payload'

import { MEETING_FORMS, labelOf } from '@collections/Meetings/options'
import { formatSwedishDate, formatTimeRange, stockholmDate } from '@/domain/time'
import { relationId } from '@/lib/relations'
import type { Meeting } from '@/payload-types'
import type { SendingKind } from './kinds'
import { type MeetingEssentials, type MeetingMessage, meetingMessage } from './message'
import { type ListedPerson, type RecipientPlan, planRecipients } from './recipients'

/** A refusal the endpoint answers with its status and Swedish message; nothing has been sent. */
export class SendingRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export type SendingPlan = {
  meeting: Meeting
  kind: SendingKind
  recipients: RecipientPlan
  message: MeetingMessage
  attachmentName: string
}

/** Why a kind cannot be sent yet, in Swedish, or null when its stage is published. */
export function unpublishedReason({ meeting, kind }: { meeting: Meeting; kind: SendingKind }): string | null {
  const isPublished = meeting._status === 'published' && !meeting.deletedAt
  if (kind === 'kallelse')
    return isPublished && meeting.publication?.isNoticePublished
      ? null
      : 'Kallelsen är inte publicerad. Publicera mötet med kallelsen innan den skickas: utskicket bifogar den publicerade kallelsen.'
  return isPublished && meeting.publication?.isMinutesPublished
    ? null
    : 'Mötesanteckningen är inte publicerad. Publicera mötesanteckningen innan den skickas: utskicket bifogar den publicerade mötesanteckningen.'
}

export function attachmentNameOf({ meeting, kind }: { meeting: Meeting; kind: SendingKind }): string {
  // The name src/pdf/meetingPdf.ts gives the file.
  return `${kind}-sro-${stockholmDate(meeting.startsAt)}.pdf`
}

export function essentialsOf(meeting: Meeting): MeetingEssentials {
  return {
    title: meeting.title ?? `SRO ${formatSwedishDate(meeting.startsAt)}`,
    date: formatSwedishDate(meeting.startsAt),
    time: formatTimeRange(meeting.startsAt, meeting.endsAt),
    location: meeting.location ?? null,
    form: meeting.form ? labelOf(MEETING_FORMS, meeting.form) : null,
    isCancelled: meeting.state === 'cancelled',
  }
}

async function publishedMeeting(payload: Payload, meetingId: string): Promise<Meeting> {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { id: { equals: meetingId } },
    limit: 1,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })
  if (!docs[0]) throw new SendingRefused(404, 'Mötet finns inte eller ligger i papperskorgen.')
  return docs[0]
}

async function listedPeople(
  payload: Payload,
  meeting: Meeting,
): Promise<{ called: ListedPerson[]; guests: ListedPerson[] }> {
  const calledRows = meeting.called ?? []
  const guestRows = (meeting.invitedGuests ?? []).filter((row) => relationId(row.person))
  const ids = [...calledRows, ...guestRows].map((row) => relationId(row.person)).filter((id): id is string => !!id)
  const people = ids.length
    ? await payload.find({
        collection: 'people',
        where: { id: { in: [...new Set(ids)] } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { name: true, contact: true },
      })
    : { docs: [] }
  const byId = new Map(people.docs.map((person) => [String(person.id), person]))
  const listed = (personId: string | null, name: string, role: ListedPerson['role']): ListedPerson => {
    const person = personId ? byId.get(personId) : undefined
    // A person trashed from the register is not reached through it.
    return { name, personId: person ? personId : null, email: person?.contact?.email ?? null, role }
  }
  return {
    called: calledRows.map((row) =>
      listed(relationId(row.person), row.name, row.isSubstitute ? 'ersattare' : 'kallad'),
    ),
    guests: guestRows.map((row) => {
      const personId = relationId(row.person)
      return listed(personId, byId.get(personId ?? '')?.name ?? row.name ?? 'Inbjuden', 'gast')
    }),
  }
}

async function sentBefore(payload: Payload, meetingId: string, kind: SendingKind) {
  const { docs } = await payload.find({
    collection: 'sendings',
    where: { and: [{ meeting: { equals: meetingId } }, { kind: { equals: kind } }, { status: { equals: 'sent' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { person: true, email: true },
  })
  return {
    personIds: new Set(docs.map((doc) => relationId(doc.person)).filter((id): id is string => !!id)),
    emails: new Set(docs.map((doc) => doc.email.toLowerCase())),
  }
}

/** Everything the preview shows and the sending uses; refuses a kind whose stage is not published. */
export async function planSending({
  payload,
  meetingId,
  kind,
  includeGuests,
  resendToAll,
  senderName,
}: {
  payload: Payload
  meetingId: string
  kind: SendingKind
  includeGuests: boolean
  resendToAll: boolean
  senderName: string
}): Promise<SendingPlan> {
  const meeting = await publishedMeeting(payload, meetingId)
  const reason = unpublishedReason({ meeting, kind })
  if (reason) throw new SendingRefused(409, reason)
  const [{ called, guests }, before] = await Promise.all([
    listedPeople(payload, meeting),
    sentBefore(payload, String(meeting.id), kind),
  ])
  const recipients = planRecipients({ called, guests, includeGuests, sentBefore: before, resendToAll })
  const attachmentName = attachmentNameOf({ meeting, kind })
  const message = meetingMessage({
    kind,
    meeting: essentialsOf(meeting),
    pageUrl: `${payload.config.serverURL}/moten/${meeting.slug}`,
    attachmentName,
    senderName,
  })
  return { meeting, kind, recipients, message, attachmentName }
}
