import { describe, expect, it } from 'vitest'

import { rosterOn } from '../domain/roster'
import type { MeetingStage, PublicAgendaItem } from '../lib/public/meetings'
import type { Attachment, Decision, Meeting, Person } from '../payload-types'
import { plainTextToRichText } from '../richtext'
import { buildMeetingPdfModel } from './model'

const person = (name: string) => ({ id: name, name }) as Person
const pdf = (title: string) =>
  ({
    id: title,
    title,
    url: `/api/attachments/file/${title}.pdf`,
    filename: `${title}.pdf`,
    mimeType: 'application/pdf',
  }) as Attachment

function item(overrides: Partial<PublicAgendaItem> & Pick<PublicAgendaItem, 'number' | 'title'>): PublicAgendaItem {
  return {
    id: overrides.number,
    label: overrides.number,
    anchor: `punkt-${overrides.number}`,
    decisionsList: [],
    children: [],
    ...overrides,
  } as PublicAgendaItem
}

const meeting = {
  id: 'm',
  title: 'SRO möte 13 november 2025',
  slug: '2025-11-13',
  kind: 'ordinarie',
  state: 'held',
  startsAt: '2025-11-13T12:00:00.000Z',
  endsAt: '2025-11-13T14:00:00.000Z',
  location: 'Regionens Hus, Göteborg, lokal Lejonet',
  form: 'pa_plats',
  noticeNotes: 'Välkomna till mötet.',
  minutesNotes: 'Nästa möte hålls i mars.',
  attendance: [{ person: person('Ulf Olsson'), status: 'absent' }],
  signatories: [{ person: person('Helen Eliasson'), role: 'ordforande' }],
  updatedAt: '2025-11-20T10:00:00.000Z',
} as unknown as Meeting

const roster = rosterOn(
  [
    {
      id: '1',
      personName: 'Helen Eliasson',
      party: 'S',
      side: 'vgr',
      group: 'regionpolitiker',
      role: 'ordforande',
      organisationName: 'Västra Götalandsregionen',
    },
    {
      id: '2',
      personName: 'Marina Johansson',
      party: 'S',
      side: 'vgk',
      group: 'kommunpolitiker',
      role: 'vice_ordforande',
      organisationName: 'Göteborgsregionen',
    },
    {
      id: '3',
      personName: 'Ulf Olsson',
      party: 'S',
      side: 'vgk',
      group: 'kommunpolitiker',
      role: 'ledamot',
      organisationName: 'Boråsregionen',
    },
  ],
  '2025-11-13',
)

const items = [
  item({
    number: '4',
    title: 'Förstudie uppföljning',
    handling: ['information'],
    durationMinutes: 20,
    presenters: [person('Kristina Lännergren')],
    attachments: [pdf('Beslutsunderlag'), 'hidden-attachment-id'],
    proposedPosition: plainTextToRichText('SRO noterar informationen.'),
    positionTaken: plainTextToRichText('SRO ställer sig bakom förslaget.'),
    notes: plainTextToRichText('Diskussion om indikatorer.'),
    dialogue: [{ kind: 'fraga', text: 'Hur mäter vi?' }],
    decisionsList: [{ id: 'd', number: 1, text: 'ger direktören i uppdrag att återkomma' } as Decision],
    children: [item({ number: 'a', title: 'Underpunkt', parentId: '4', label: '4a', attachments: [pdf('Bilaga')] })],
  }),
]

const data = (stage: MeetingStage, overrides: Partial<Meeting> = {}) => ({
  meeting: { ...meeting, ...overrides },
  items,
  roster,
  stage,
})

describe('buildMeetingPdfModel', () => {
  it('should give no mötesanteckning until the minutes are published', () => {
    expect(buildMeetingPdfModel({ data: data('notice'), kind: 'motesanteckning' })).toBeNull()
    expect(buildMeetingPdfModel({ data: data('cancelled'), kind: 'motesanteckning' })).toBeNull()
  })

  it('should keep every minutes field out of the kallelse, also once the minutes are published', () => {
    const model = buildMeetingPdfModel({ data: data('minutes'), kind: 'kallelse' })!
    const text = JSON.stringify(model)
    for (const minutesOnly of [
      'SRO ställer sig bakom förslaget.',
      'ger direktören i uppdrag',
      'Diskussion om indikatorer.',
      'Hur mäter vi?',
      'Nästa möte hålls i mars.',
      'frånvarande',
    ]) {
      expect(text).not.toContain(minutesOnly)
    }
    expect(model.agenda[0]!.position).toEqual({
      heading: 'Förslag till ställningstagande',
      blocks: [{ kind: 'paragraph', text: 'SRO noterar informationen.' }],
      decisions: [],
    })
    expect(model.attendance).toBeNull()
  })

  it('should print position, decisions, dialogue, attendance and signatories in the mötesanteckning', () => {
    const model = buildMeetingPdfModel({ data: data('minutes'), kind: 'motesanteckning' })!
    expect(model.agenda[0]!.position).toEqual({
      heading: 'Ställningstagande',
      blocks: [{ kind: 'paragraph', text: 'SRO ställer sig bakom förslaget.' }],
      decisions: [{ number: 1, text: 'ger direktören i uppdrag att återkomma' }],
    })
    expect(model.agenda[0]!.dialogue).toEqual(['Fråga: Hur mäter vi?'])
    expect(model.attendance).toEqual({ lines: ['Ulf Olsson: frånvarande/förhinder'], summary: null })
    expect(model.signatures).toEqual({ heading: 'Justering', lines: ['Helen Eliasson, ordförande'] })
    expect(model.closing).toEqual(['Nästa möte hålls i mars.'])
  })

  it('should say that everyone was present when no one was absent', () => {
    expect(
      buildMeetingPdfModel({ data: data('minutes', { attendance: [] }), kind: 'motesanteckning' })!.attendance,
    ).toEqual({ lines: [], summary: 'Alla kallade var närvarande.' })
  })

  it('should list only the documents the visitor could read, sub-items included, in agenda order', () => {
    const model = buildMeetingPdfModel({ data: data('notice'), kind: 'kallelse' })!
    expect(model.documents.map((document) => [document.itemLabel, document.title, document.isPdf])).toEqual([
      ['4', 'Beslutsunderlag', true],
      ['4a', 'Bilaga', true],
    ])
  })

  it('should print the title block as SRO does, with the chairs welcoming in the kallelse', () => {
    const model = buildMeetingPdfModel({ data: data('notice'), kind: 'kallelse' })!
    expect(model.title).toBe('Kallelse SRO möte 13 november 2025')
    expect(model.documentLabel).toBe('Kallelse SRO')
    expect(model.runningHeader).toBe('Kallelse SRO · SRO möte 13 november 2025')
    expect(model.facts.map((fact) => `${fact.label}: ${fact.value}`)).toEqual([
      'Datum: 13 november 2025',
      'Tid: 13.00–15.00',
      'Plats: Regionens Hus, Göteborg, lokal Lejonet',
      'Mötesform: På plats',
      'Typ av möte: Ordinarie möte',
      'Kallade: Se lista',
    ])
    expect(model.agenda[0]!.meta).toBe('Information · 20 minuter')
    expect(model.agenda[0]!.children[0]!.marker).toBe('a)')
    expect(model.signatures).toEqual({
      heading: 'Välkommen!',
      lines: [
        'Helen Eliasson, Västra Götalandsregionen, Ordförande',
        'Marina Johansson, Göteborgsregionen, Vice ordförande',
      ],
    })
    expect(model.roster.map((section) => section.groups.flatMap((group) => group.members))).toEqual([
      ['Marina Johansson (S), Göteborgsregionen, vice ordförande', 'Ulf Olsson (S), Boråsregionen'],
      ['Helen Eliasson (S), Västra Götalandsregionen, ordförande'],
    ])
  })

  it('should mark a cancelled meeting and give its reason', () => {
    const model = buildMeetingPdfModel({
      data: data('cancelled', { cancellationNote: 'Mötet ställs in.' }),
      kind: 'kallelse',
    })!
    expect(model.facts).toContainEqual({ label: 'Status', value: 'Inställt' })
    expect(model.notes[0]).toBe('Mötet ställs in.')
  })

  it('should add the date to the running header when the title lacks it', () => {
    expect(
      buildMeetingPdfModel({ data: data('notice', { title: 'Extra möte' }), kind: 'kallelse' })!.runningHeader,
    ).toBe('Kallelse SRO · Extra möte · 13 november 2025')
  })
})
