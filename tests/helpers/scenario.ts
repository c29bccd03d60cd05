/**
 * A small archive with one of each thing the public must never see, each carrying a unique marker word.
 * Leak tests search every public response for these markers.
 */
import type { Payload } from 'payload'

import { demoPdf } from '@/seed/content'
import { plainTextToRichText } from '@/richtext'

export const MARKERS = {
  draftMeeting: 'MARKERDRAFTMEETING',
  unpublishedMinutes: 'MARKERMINUTESNOTES',
  unpublishedPosition: 'MARKERPOSITIONTAKEN',
  unpublishedDecision: 'MARKERDECISIONTEXT',
  nonPublicItem: 'MARKERHIDDENITEM',
  nonPublicAttachment: 'MARKERHIDDENFILE',
  unreleasedAttachment: 'MARKERUNRELEASEDFILE',
  draftPage: 'MARKERDRAFTPAGE',
  draftCase: 'MARKERDRAFTCASE',
  contact: 'marker-contact@example.org',
} as const

export type Scenario = Awaited<ReturnType<typeof buildScenario>>

export async function buildScenario(payload: Payload) {
  const context = { disableRevalidate: true }
  const pdf = (title: string) => {
    const data = demoPdf(title)
    return { data, mimetype: 'application/pdf', name: `${title}.pdf`, size: data.length }
  }
  const person = await payload.create({
    collection: 'people',
    context,
    data: { name: 'Jenny Nilsson', kind: 'tjansteperson', contact: { email: MARKERS.contact } },
  })
  const publicFile = await payload.create({
    collection: 'attachments',
    context,
    data: { title: 'Remissförslag patientsäkerhet', category: 'remissforslag' },
    file: pdf('public'),
  })
  const hiddenFile = await payload.create({
    collection: 'attachments',
    context,
    data: { title: `Intern ${MARKERS.nonPublicAttachment}`, category: 'bilaga', isPublic: false },
    file: pdf('hidden'),
  })
  const unreleasedFile = await payload.create({
    collection: 'attachments',
    context,
    data: { title: `Utkast ${MARKERS.unreleasedAttachment}`, category: 'bilaga' },
    file: pdf('unreleased'),
  })

  // Published meeting: kallelse public, mötesanteckning not yet.
  const meeting = await payload.create({
    collection: 'meetings',
    context,
    data: {
      body: 'SRO',
      kind: 'ordinarie',
      state: 'held',
      startsAt: '2025-11-13T12:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      endsAt: '2025-11-13T14:00:00.000Z',
      location: 'Regionens Hus',
      minutesNotes: MARKERS.unpublishedMinutes,
      attendance: [{ person: person.id, status: 'absent', note: MARKERS.unpublishedMinutes }],
      publication: { isNoticePublished: true, isMinutesPublished: false },
      _status: 'published',
    },
  })
  const publicItem = await payload.create({
    collection: 'agenda-items',
    context,
    data: {
      meeting: meeting.id,
      number: '6',
      order: 60,
      title: 'Läns gemensam riktlinje patientsäkerhet',
      handling: ['information'],
      durationMinutes: 10,
      presenters: [person.id],
      attachments: [publicFile.id, hiddenFile.id],
      proposedPosition: plainTextToRichText('SRO noterar informationen.'),
      positionTaken: plainTextToRichText(MARKERS.unpublishedPosition),
      _status: 'published',
    },
  })
  const decision = await payload.create({
    collection: 'decisions',
    context,
    data: { agendaItem: publicItem.id, number: 1, kind: 'noterar_informationen', text: MARKERS.unpublishedDecision },
  })
  const hiddenItem = await payload.create({
    collection: 'agenda-items',
    context,
    data: {
      meeting: meeting.id,
      number: '7',
      order: 70,
      title: `Sluten punkt ${MARKERS.nonPublicItem}`,
      isPublic: false,
      _status: 'published',
    },
  })

  // A meeting that has only been saved as a draft, with a document attached.
  const draftMeeting = await payload.create({
    collection: 'meetings',
    context,
    draft: true,
    data: {
      body: 'SRO',
      kind: 'extrainsatt',
      state: 'planned',
      startsAt: '2026-03-19T12:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      location: MARKERS.draftMeeting,
      _status: 'draft',
    },
  })
  const draftMeetingItem = await payload.create({
    collection: 'agenda-items',
    context,
    data: {
      meeting: draftMeeting.id,
      number: '1',
      order: 10,
      title: `Punkt ${MARKERS.draftMeeting}`,
      attachments: [unreleasedFile.id],
      _status: 'published',
    },
  })

  const draftPage = await payload.create({
    collection: 'pages',
    context,
    draft: true,
    data: { title: `Sida ${MARKERS.draftPage}`, slug: 'utkast', _status: 'draft' },
  })
  const draftCase = await payload.create({
    collection: 'cases',
    context,
    draft: true,
    data: { title: `Ärende ${MARKERS.draftCase}`, _status: 'draft' },
  })

  return {
    person,
    publicFile,
    hiddenFile,
    unreleasedFile,
    meeting,
    publicItem,
    decision,
    hiddenItem,
    draftMeeting,
    draftMeetingItem,
    draftPage,
    draftCase,
  }
}
