/**
 * The e-mail itself, in Swedish: subject, plain-text body with the meeting's essentials (date, time as the meeting
 * states it, place, form) and the address of the public page. Pure; the same text for every recipient and the preview.
 */
import type { SendingKind } from './kinds'

export type MeetingEssentials = {
  title: string
  date: string
  time: string
  location: string | null
  form: string | null
  isCancelled: boolean
}

export type MeetingMessage = { subject: string; text: string }

export const KIND_NAMES: Record<SendingKind, string> = { kallelse: 'Kallelse', motesanteckning: 'Mötesanteckning' }

export function meetingMessage({
  kind,
  meeting,
  pageUrl,
  attachmentName,
  senderName,
}: {
  kind: SendingKind
  meeting: MeetingEssentials
  pageUrl: string
  attachmentName: string
  senderName: string
}): MeetingMessage {
  const subject = `${KIND_NAMES[kind]}: ${meeting.title}`
  const intro =
    kind === 'kallelse'
      ? meeting.isCancelled
        ? `Mötet ${meeting.title} är inställt. Kallelsen finns bifogad.`
        : `Du kallas till ${meeting.title}. Kallelsen med dagordningen finns bifogad.`
      : `Mötesanteckningen från ${meeting.title} finns bifogad.`
  const facts = [
    `Datum: ${meeting.date}`,
    `Tid: ${meeting.time}`,
    ...(meeting.location ? [`Plats: ${meeting.location}`] : []),
    ...(meeting.form ? [`Mötesform: ${meeting.form}`] : []),
  ]
  const text = [
    'Hej!',
    '',
    intro,
    '',
    ...facts,
    '',
    `Bifogad fil: ${attachmentName}`,
    '',
    kind === 'kallelse'
      ? 'Dagordningen och handlingarna finns också på webben:'
      : 'Mötesanteckningen finns också på webben:',
    pageUrl,
    '',
    'Med vänliga hälsningar',
    senderName,
    'SRO – Politiskt samrådsorgan mellan VästKom och Västra Götalandsregionen',
  ].join('\n')
  return { subject, text }
}
