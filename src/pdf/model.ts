/**
 * The kallelse and the mötesanteckning as a document model: what SRO's documents print, in reading order, built from
 * the meeting exactly as the public page reads it (src/lib/public/meetings.ts). Pure: no Payload, no PDF library, so
 * what may appear in a PDF is decided and tested here; src/pdf/render.ts only lays it out.
 */
import { FILE_TYPE_LABELS } from '../../collections/Attachments/fileRules'
import { ATTENDANCE_STATUSES, MEETING_FORMS, MEETING_KINDS, labelOf } from '../../collections/Meetings/options'
import { DIALOGUE_KINDS } from '../../collections/AgendaItems/options'
import { handlingLabel } from '../domain/handling'
import { formatRosterLine, type RosterSection } from '../domain/roster'
import { formatSwedishDate, formatTimeRange } from '../domain/time'
import type { MeetingStage, PublicAgendaItem } from '../lib/public/meetings'
import type { Attachment, Meeting, Organisation, Person } from '../payload-types'
import { type PdfTextBlock, pdfTextBlocks } from './richText'

export type PdfKind = 'kallelse' | 'motesanteckning'

/** The organ's line under the title, as SRO's documents print it. */
export const ORGAN_LINE = 'Politiskt samrådsorgan mellan VästKom och Västra Götalandsregionen'

export type PdfFact = { label: string; value: string }
export type PdfDocumentRef = { id: string; title: string; detail: string; isPdf: boolean; filename: string | null }
export type PdfDecision = { number: number; text: string }

export type PdfAgendaItem = {
  /** "4" or "8a": the bookmark's and the heading's number. */
  label: string
  /** "4." or "a)", as the documents print it before the title. */
  marker: string
  title: string
  /** "Information · 20 minuter · kl. 13.05–13.25", as the page prints it ("efter mötets sluttid" is for staff). */
  meta: string | null
  presenters: string | null
  caseTitle: string | null
  documents: PdfDocumentRef[]
  links: { label: string; url: string }[]
  /** "Förslag till ställningstagande" (kallelse) or "Ställningstagande" (mötesanteckning). */
  /** The item's rich text as paragraphs, lists and tables (src/pdf/richText.ts). */
  position: { heading: string; blocks: PdfTextBlock[]; decisions: PdfDecision[] } | null
  description: PdfTextBlock[]
  notes: PdfTextBlock[]
  dialogue: string[]
  isPause: boolean
  children: PdfAgendaItem[]
}

export type PdfRosterSection = { label: string; groups: { label: string; members: string[] }[] }

export type MeetingPdfModel = {
  kind: PdfKind
  /** "Kallelse SRO" / "Mötesanteckning SRO": the title block's first line. */
  documentLabel: string
  /** Metadata title and the first heading's text: "Kallelse SRO möte 13 november 2025". */
  title: string
  meetingTitle: string
  date: string
  /** Printed at the top of every page. */
  runningHeader: string
  subject: string
  facts: PdfFact[]
  /** Paragraphs under the facts: cancellation, the kallelse's own notes. */
  notes: string[]
  isCancelled: boolean
  roster: PdfRosterSection[]
  /** Mötesanteckning only: the absent, remote and substituted, or that everyone was there. */
  attendance: { lines: string[]; summary: string | null } | null
  agenda: PdfAgendaItem[]
  /** Mötesanteckning only: notes after the agenda. */
  closing: string[]
  /** Mötesanteckning: "Justering"; kallelse: the chairs who call the meeting. */
  signatures: { heading: string; lines: string[] }
  /** Every public document of the meeting in agenda order (the kallelse lists them; handlingar merges the PDFs). */
  documents: (PdfDocumentRef & { itemLabel: string })[]
  /** When the meeting last changed: the PDF's dates, so the same meeting gives the same document. */
  modifiedAt: string
}

type MeetingData = { meeting: Meeting; items: PublicAgendaItem[]; roster: RosterSection[]; stage: MeetingStage }

/** Plain text as paragraphs: a blank line starts a new one (as src/components/public/Paragraphs.tsx). */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text?.trim()) return []
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

const personName = (value: string | Person | null | undefined) => (typeof value === 'object' && value ? value.name : '')

function presenterName(person: string | Person): string | null {
  if (typeof person !== 'object' || !person) return null
  const organisation =
    typeof person.organisation === 'object' ? person.organisation?.shortName || person.organisation?.name : null
  return organisation ? `${person.name}, ${organisation}` : person.name
}

/** Documents the visitor may read: populated (access let them through) and with a file. */
function visibleDocuments(attachments: PublicAgendaItem['attachments']): PdfDocumentRef[] {
  return (attachments ?? [])
    .filter((attachment): attachment is Attachment => typeof attachment === 'object' && Boolean(attachment?.url))
    .map((attachment) => ({
      id: attachment.id,
      title: attachment.title,
      detail: [
        FILE_TYPE_LABELS[attachment.mimeType ?? ''] ?? 'Fil',
        attachment.documentDate ? formatSwedishDate(attachment.documentDate) : null,
      ]
        .filter(Boolean)
        .join(', '),
      isPdf: attachment.mimeType === 'application/pdf',
      filename: attachment.filename ?? null,
    }))
}

function agendaItem(item: PublicAgendaItem, kind: PdfKind): PdfAgendaItem {
  const isMinutes = kind === 'motesanteckning'
  const handling = [(item.handling ?? []).map(handlingLabel).join(', '), item.handlingNote].filter(Boolean).join(' ')
  const meta = [
    handling,
    item.durationMinutes ? `${item.durationMinutes} minuter` : null,
    // As the page prints it: the document's or staff's time, a computed one marked planned, none invented.
    item.timeText,
  ]
    .filter(Boolean)
    .join(' · ')
  const presenters = (item.presenters ?? []).map(presenterName).filter(Boolean).join(', ')
  const caseDoc = typeof item.case === 'object' ? item.case : null
  const decisions = isMinutes
    ? item.decisionsList.map((decision) => ({ number: decision.number, text: decision.text }))
    : []
  const positionText = pdfTextBlocks(isMinutes ? item.positionTaken : item.proposedPosition)
  const position =
    positionText.length > 0 || decisions.length > 0
      ? {
          heading: isMinutes ? 'Ställningstagande' : 'Förslag till ställningstagande',
          blocks: positionText,
          decisions,
        }
      : null
  return {
    label: item.label,
    marker: item.parentId ? `${item.number})` : `${item.number}.`,
    title: item.title,
    meta: meta || null,
    presenters: presenters ? [presenters, item.presenterNote].filter(Boolean).join(' ') : item.presenterNote || null,
    caseTitle: caseDoc?.title ?? null,
    documents: visibleDocuments(item.attachments),
    links: (item.links ?? []).map((link) => ({ label: link.label, url: link.url })),
    position,
    description: pdfTextBlocks(item.description),
    notes: isMinutes ? pdfTextBlocks(item.notes) : [],
    dialogue: isMinutes
      ? (item.dialogue ?? []).map((entry) =>
          entry.kind === 'dialog' ? entry.text : `${labelOf(DIALOGUE_KINDS, entry.kind)}: ${entry.text}`,
        )
      : [],
    isPause: Boolean(item.isPause),
    children: item.children.map((child) => agendaItem(child, kind)),
  }
}

function guests(meeting: Meeting): string | null {
  const names = (meeting.invitedGuests ?? []).map((guest) => {
    const organisation =
      typeof guest.organisation === 'object' ? (guest.organisation as Organisation | null)?.shortName : null
    return [personName(guest.person) || guest.name, organisation].filter(Boolean).join(', ')
  })
  return names.length ? names.join('; ') : null
}

function attendanceLine(row: NonNullable<Meeting['attendance']>[number]): string {
  const substitute = row.status === 'substituted' && row.substitute ? ` ${personName(row.substitute)}` : ''
  return `${personName(row.person)}: ${labelOf(ATTENDANCE_STATUSES, row.status).toLowerCase()}${substitute}${row.note ? ` (${row.note})` : ''}`
}

/** The chairs on the meeting day, who sign the kallelse ("Välkommen!"). */
function chairs(roster: RosterSection[]): string[] {
  const members = roster.flatMap((section) => section.groups.flatMap((group) => group.members))
  const ordered = [
    ...members.filter((member) => member.role === 'ordforande'),
    ...members.filter((member) => member.role === 'vice_ordforande'),
  ]
  return ordered.map((member) =>
    [member.personName, member.organisationName, member.role === 'ordforande' ? 'Ordförande' : 'Vice ordförande']
      .filter(Boolean)
      .join(', '),
  )
}

function flatten(items: PdfAgendaItem[]): PdfAgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

/**
 * The document for one meeting as the public may read it, or null when that stage is not published: a mötesanteckning
 * exists only once the minutes are published (the kallelse exists whenever the meeting page does).
 */
export function buildMeetingPdfModel({ data, kind }: { data: MeetingData; kind: PdfKind }): MeetingPdfModel | null {
  const { meeting, items, roster, stage } = data
  const isMinutes = kind === 'motesanteckning'
  if (isMinutes && stage !== 'minutes') return null
  const documentLabel = isMinutes ? 'Mötesanteckning SRO' : 'Kallelse SRO'
  const meetingTitle = meeting.title || `SRO möte ${formatSwedishDate(meeting.startsAt)}`
  const date = formatSwedishDate(meeting.startsAt)
  const title = `${isMinutes ? 'Mötesanteckning' : 'Kallelse'} ${meetingTitle}`
  const isCancelled = stage === 'cancelled'

  const facts: PdfFact[] = [
    { label: 'Datum', value: date },
    { label: 'Tid', value: formatTimeRange(meeting.startsAt, meeting.endsAt) },
    ...(meeting.location ? [{ label: 'Plats', value: meeting.location }] : []),
    ...(meeting.form ? [{ label: 'Mötesform', value: labelOf(MEETING_FORMS, meeting.form) }] : []),
    { label: 'Typ av möte', value: labelOf(MEETING_KINDS, meeting.kind) },
    ...(isCancelled ? [{ label: 'Status', value: 'Inställt' }] : []),
    ...(roster.length ? [{ label: 'Kallade', value: 'Se lista' }] : []),
    ...(guests(meeting) ? [{ label: 'Inbjudna', value: guests(meeting)! }] : []),
  ]

  const absent = (meeting.attendance ?? []).filter((row) => row.status !== 'present')
  const agenda = items.map((item) => agendaItem(item, kind))
  const signatories = (meeting.signatories ?? []).map(
    (signatory) =>
      `${personName(signatory.person)}, ${signatory.role === 'ordforande' ? 'ordförande' : 'vice ordförande'}`,
  )

  return {
    kind,
    documentLabel,
    title,
    meetingTitle,
    date,
    // Meeting and date: the generated title holds the date; an odd title gets it added.
    runningHeader: [documentLabel, meetingTitle, meetingTitle.includes(date) ? null : date].filter(Boolean).join(' · '),
    subject: `${isMinutes ? 'Mötesanteckning' : 'Kallelse'} för ${meetingTitle}${meeting.location ? `, ${meeting.location}` : ''}`,
    facts,
    notes: [...(isCancelled ? paragraphs(meeting.cancellationNote) : []), ...paragraphs(meeting.noticeNotes)],
    isCancelled,
    roster: roster.map((section) => ({
      label: section.label,
      groups: section.groups.map((group) => ({ label: group.label, members: group.members.map(formatRosterLine) })),
    })),
    attendance: isMinutes
      ? { lines: absent.map(attendanceLine), summary: absent.length === 0 ? 'Alla kallade var närvarande.' : null }
      : null,
    agenda,
    closing: isMinutes ? paragraphs(meeting.minutesNotes) : [],
    signatures: isMinutes
      ? { heading: 'Justering', lines: signatories }
      : { heading: 'Välkommen!', lines: chairs(roster) },
    documents: flatten(agenda).flatMap((item) =>
      item.documents.map((document) => ({ ...document, itemLabel: item.label })),
    ),
    modifiedAt: meeting.updatedAt,
  }
}
