import { describe, expect, it } from 'vitest'

import { parseDocument, readLocation } from './parse'
import { ParseResultSchema, type ParseResult, type ParsedMeeting } from './schema'

function parse(lines: string[], options: { year?: number; fileName?: string } = {}): ParseResult {
  const result = parseDocument(lines.join('\n'), options)
  expect(() => ParseResultSchema.parse(result)).not.toThrow()
  return result
}

function only(result: ParseResult): ParsedMeeting {
  expect(result.meetings).toHaveLength(1)
  return result.meetings[0] as ParsedMeeting
}

/** An older document as PDF text: no year, bullets from Word, lines broken mid-sentence, two columns. */
const pdfText = [
  'Minnesanteckningar',
  'SRO – Politiskt samrådsorgan',
  'Datum: torsdag 14 mars',
  'Tid: kl. 8-9',
  'Mötesform: Digitalt via Teams',
  '',
  'För Västra Götalands fyra kommunalförbund (VGK)\tFör Västra Götalandsregionen (VGR)',
  'Kommunpolitiker\tRegionpolitiker',
  'Anna Andersson (S), Skaraborg, ordförande\tBo Berg (M), vice ordförande Regionstyrelsen, vice ordförande',
  'Cecilia Ceder (C), Fyrbodal\tDavid Dahl (V), ledamot SSN',
  'Tjänstepersoner\tTjänstepersoner',
  'Erik Ek, direktör Västkom\tFrida Fors, beredning VGR',
  '',
  'Dagordning',
  '1. Mötets öppnande',
  'Förhinder: Cecilia Ceder',
  'David Dahl ersätts av Gustav Gran.',
  'Erik Ek deltar från kl. 8.30.',
  '2. Information om vårdsamverkan',
  'Information och dialog (30 minuter, kl. 8.05-8.35)',
  'Föredragande: Erik Ek, Västkom och',
  'Frida Fors, VGR',
  'Ställningstagande: SRO ger beredningen i uppdrag att',
  'återkomma till nästa möte.',
  'Dialog',
  '• Första punkten i dialogen som är ganska lång och',
  'fortsätter på nästa rad.',
  '\uF0B7 Andra punkten?',
  '3',
  '3. Övrigt',
  '- Paus 5 minuter',
]

describe('older document shapes', () => {
  it('reads "Minnesanteckningar" with a date without year, using options.year', () => {
    const meeting = only(parse(pdfText, { year: 2024 }))
    expect(meeting).toMatchObject({
      date: '2024-03-14',
      start: '08:00',
      end: '09:00',
      stage: 'minutes',
      title: 'Minnesanteckningar',
      form: 'digitalt',
      location: null,
    })
  })

  it('returns no meeting and a warning when the year is unknown', () => {
    const result = parse(pdfText)
    expect(result.meetings).toEqual([])
    expect(result.warnings).toContainEqual({ line: 3, message: expect.stringContaining('saknar år') })
    expect(result.warnings).toContainEqual({ line: 1, message: 'Hittade inget mötesdatum.' })
  })

  it('takes the year from the file name when no year is given', () => {
    expect(only(parse(pdfText, { fileName: '2024-03-14 minnesanteckningar.pdf' })).date).toBe('2024-03-14')
  })

  it('reads a roster in two columns', () => {
    const meeting = only(parse(pdfText, { year: 2024 }))
    expect(meeting.roster.map(({ name, side, group, role }) => [name, side, group, role])).toEqual([
      ['Anna Andersson', 'vgk', 'kommunpolitiker', 'ordforande'],
      ['Bo Berg', 'vgr', 'regionpolitiker', 'vice_ordforande'],
      ['Cecilia Ceder', 'vgk', 'kommunpolitiker', 'ledamot'],
      ['David Dahl', 'vgr', 'regionpolitiker', 'ledamot'],
      ['Erik Ek', 'vgk', 'tjansteperson', 'direktor'],
      ['Frida Fors', 'vgr', 'tjansteperson', 'beredning'],
    ])
  })

  it('reads two columns aligned with spaces (PDF text)', () => {
    const meeting = only(
      parse([
        'Kallelse SRO',
        'Datum: 2024-03-14',
        'Kommunpolitiker        Regionpolitiker',
        'Anna Andersson (S), Skaraborg        Bo Berg (M), vice ordförande SSN',
        'Dagordning',
        '1. Mötets öppnande',
      ]),
    )
    expect(meeting.roster.map(({ name, side }) => [name, side])).toEqual([
      ['Anna Andersson', 'vgk'],
      ['Bo Berg', 'vgr'],
    ])
  })

  it('reads absent, substituted and partly present members', () => {
    const meeting = only(parse(pdfText, { year: 2024 }))
    expect(meeting.absent).toEqual(['Cecilia Ceder'])
    expect(meeting.attendance).toEqual([
      { name: 'Cecilia Ceder', status: 'absent' },
      { name: 'David Dahl', status: 'substituted', substitute: 'Gustav Gran' },
      { name: 'Erik Ek', status: 'partial', from: '08:30', note: 'deltar från kl. 8.30' },
    ])
  })

  it('joins lines broken mid-sentence and reads "•" and "" bullets', () => {
    const meeting = only(parse(pdfText, { year: 2024 }))
    const item = meeting.agendaItems.find((entry) => entry.number === '2')
    expect(item).toMatchObject({
      handling: ['information', 'dialog'],
      durationMinutes: 30,
      start: '08:05',
      end: '08:35',
      presenters: ['Erik Ek', 'Frida Fors'],
    })
    expect(item?.positionTaken).toBe('SRO ger beredningen i uppdrag att återkomma till nästa möte.')
    expect(item?.dialogue.map((entry) => entry.text)).toEqual([
      'Första punkten i dialogen som är ganska lång och fortsätter på nästa rad.',
      'Andra punkten?',
    ])
    expect(item?.questions).toEqual(['Andra punkten?'])
    expect(meeting.assignments).toEqual([
      expect.objectContaining({
        itemNumber: '2',
        assignees: 'beredningen',
        text: 'återkomma till nästa möte.',
        due: { kind: 'meeting', date: null, text: 'till nästa möte' },
      }),
    ])
  })

  it('drops PDF page numbers and reads a pause after the last item', () => {
    const meeting = only(parse(pdfText, { year: 2024 }))
    expect(meeting.agendaItems.map((entry) => entry.number)).toEqual(['1', '2', '3', null])
    expect(meeting.agendaItems[3]).toMatchObject({ isPause: true, durationMinutes: 5 })
    expect(meeting.unparsed).toEqual([])
  })

  it('reads "kl. 8-9" and "kl. 14.05- 14.10" on agenda items', () => {
    const meeting = only(
      parse([
        'Mötesanteckning SRO',
        'Datum: 5 mars 2026',
        'Dagordning',
        '1. Avstämning',
        'Information (kl. 8-9)',
        '2. Nästa',
        'Dialog',
        '(5 minuter, kl. 14.05- 14.10)',
      ]),
    )
    expect(meeting.agendaItems.map(({ start, end, durationMinutes }) => [start, end, durationMinutes])).toEqual([
      ['08:00', '09:00', 60],
      ['14:05', '14:10', 5],
    ])
  })

  it('reads a list of absent people under a "Frånvarande" heading', () => {
    const meeting = only(
      parse([
        'Mötesanteckning SRO',
        'Datum: 2024-05-22',
        'Kommunpolitiker',
        'Anna Andersson (S), Skaraborg',
        'Frånvarande',
        'Anna Andersson',
        'Dagordning',
        '1. Öppnande',
      ]),
    )
    expect(meeting.absent).toEqual(['Anna Andersson'])
    expect(meeting.roster).toHaveLength(1)
  })

  it('finds the date in the heading when there is no "Datum:" field', () => {
    const meeting = only(parse(['Mötesanteckning SRO, per capsulam, 2023-10-16', '1. Beslut om yttrande']))
    expect(meeting).toMatchObject({ date: '2023-10-16', kind: 'per_capsulam' })
    expect(meeting.agendaItems.map((item) => item.title)).toEqual(['Beslut om yttrande'])
  })

  it('knows cancelled, extra and presidium meetings', () => {
    expect(only(parse(['Kallelse SRO', 'INSTÄLLT', 'Datum: 11 september 2023'])).cancelled).toBe(true)
    expect(only(parse(['Kallelse SRO – extrainsatt möte', 'Datum: 1 september 2025'])).kind).toBe('extrainsatt')
    expect(only(parse(['Kallelse', 'Avstämning med presidiet', 'Datum: 5 mars 2026'])).kind).toBe('presidieavstamning')
    expect(only(parse(['Mötesanteckning SRO', 'Ordförandebeslut', 'Datum: 22 maj 2023'])).kind).toBe('ordforandebeslut')
  })

  it('guesses the stage when the heading is missing, with a warning', () => {
    const result = parse([
      'Datum: 2025-08-21',
      '1. Punkt',
      'Förslag till ställningstagande: SRO noterar informationen.',
    ])
    expect(only(result)).toMatchObject({ stage: 'notice', title: 'Kallelse SRO' })
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringContaining('Hittade ingen rubrik'),
    )
  })

  it('returns no meeting and a warning when there is no date at all', () => {
    expect(parse(['Mötesanteckning SRO', 'Något helt annat'])).toEqual({
      meetings: [],
      warnings: [{ line: 1, message: 'Hittade inget mötesdatum.' }],
    })
  })
})

describe('agenda details', () => {
  it('keeps text it does not understand, with the line number', () => {
    const result = parse([
      'Kallelse SRO',
      'Datum: 2025-08-21',
      'Lite text utan plats',
      'Dagordning',
      'Inledande rad',
      '1. Mötets öppnande',
    ])
    const meeting = only(result)
    expect(meeting.unparsed).toEqual([{ line: 5, text: 'Inledande rad' }])
    expect(meeting.subtitle).toBe('Lite text utan plats')
    expect(result.warnings).toContainEqual({ line: 5, message: 'Texten står före första punkten på dagordningen.' })
  })

  it('warns about a missing item number and still reads the next item', () => {
    const result = parse(['Kallelse SRO', 'Datum: 2025-08-21', 'Dagordning', '1. Första', '3. Tredje'])
    expect(only(result).agendaItems.map((item) => item.number)).toEqual(['1', '3'])
    expect(result.warnings).toContainEqual({ line: 5, message: 'Punkt 2 saknas i dagordningen.' })
  })

  it('does not take a numbered list in the notes for the next items', () => {
    const meeting = only(
      parse([
        'Kallelse SRO',
        'Datum: 2025-08-21',
        'Dagordning',
        '1. Första',
        'Bakgrund',
        '1. Ett',
        '2. Två',
        '3. Tre',
        '2. Andra punkten',
      ]),
    )
    expect(meeting.agendaItems.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Första'],
      ['2', 'Andra punkten'],
    ])
    expect(meeting.agendaItems[0]?.notes).toBe('Bakgrund\n\n1. Ett\n\n2. Två\n\n3. Tre')
  })

  it('accepts lower-case item titles as the next number', () => {
    const meeting = only(
      parse([
        'Minnesanteckningar',
        'Datum: 2019-02-07',
        '1. mötets öppnande',
        '2. godkännande av dagordningen',
        '4. ska inte bli en punkt.',
      ]),
    )
    expect(meeting.agendaItems.map((item) => item.title)).toEqual(['mötets öppnande', 'godkännande av dagordningen'])
    expect(meeting.agendaItems[1]?.notes).toBe('4. ska inte bli en punkt.')
  })

  it('splits numbered points written on one line, and lets the position taken replace the proposal', () => {
    const meeting = only(
      parse([
        'Mötesanteckning SRO',
        'Datum: 2025-11-13',
        'Dagordning',
        '1. Riktlinje',
        'Förslag till ställningstagande: SRO noterar informationen.',
        'Ställningstagande: SRO ställer sig bakom att: 1. Riktlinjen skickas på remiss. 2. Remissvaren återrapporteras senast 2026-03-01.',
      ]),
    )
    const item = meeting.agendaItems[0]
    expect(item?.proposedPosition).toBe('SRO noterar informationen.')
    expect(item?.positionTaken).toBe('SRO ställer sig bakom att:')
    expect(item?.decisions.map((decision) => [decision.number, decision.text, decision.kind])).toEqual([
      [1, 'Riktlinjen skickas på remiss.', 'staller_sig_bakom'],
      [2, 'Remissvaren återrapporteras senast 2026-03-01.', 'staller_sig_bakom'],
    ])
  })

  it('reads numbered points under a bare "Ställningstagande:" heading', () => {
    const meeting = only(
      parse([
        'Mötesanteckning SRO',
        'Datum: 2025-11-13',
        '1. Uppföljning',
        'Ställningstagande:',
        '1. SRO ger Västkom i uppdrag att återkomma till SRO den 4 juni 2026.',
        '2. SRO noterar informationen.',
      ]),
    )
    expect(meeting.agendaItems[0]?.decisions.map((decision) => decision.text)).toEqual([
      'SRO ger Västkom i uppdrag att återkomma till SRO den 4 juni 2026.',
      'SRO noterar informationen.',
    ])
    expect(meeting.assignments[0]).toMatchObject({
      assignees: 'Västkom',
      due: { kind: 'meeting', date: '2026-06-04' },
      decisionNumber: 1,
    })
  })

  it('reads "§ 4" numbering, dates as deadlines and a yearless deadline after the meeting', () => {
    const meeting = only(
      parse([
        'Protokoll SRO',
        'Datum: 2025-11-13',
        '§ 1 Uppdrag',
        'Beslut: SRO uppdrar åt beredningen att senast den 15 januari lämna en rapport.',
      ]),
    )
    expect(meeting.agendaItems[0]?.title).toBe('Uppdrag')
    expect(meeting.assignments[0]).toMatchObject({
      assignees: 'beredningen',
      due: { kind: 'date', date: '2026-01-15' },
      dueText: 'senast den 15 januari',
    })
  })

  it('reads a time plan written without bullets and a month-only milestone', () => {
    const meeting = only(
      parse([
        'Kallelse SRO',
        'Datum: 2025-11-13',
        '1. Avtal',
        'Tidsplan',
        'Remisstid: till 28 februari',
        'Beslut i fullmäktige: juni 2026',
      ]),
    )
    expect(meeting.milestones.map(({ label, date, dateText }) => [label, date, dateText])).toEqual([
      ['Remisstid', '2026-02-28', 'till 28 februari'],
      ['Beslut i fullmäktige', null, 'juni 2026'],
    ])
  })
})

describe('readLocation', () => {
  it('tells on site, digital and hybrid apart', () => {
    expect(readLocation('På plats i Stationshuset, Göteborg (Lokal Bommen)')).toEqual({
      location: 'Stationshuset, Göteborg (Lokal Bommen)',
      form: 'pa_plats',
    })
    expect(readLocation('Digitalt via Teams')).toEqual({ location: null, form: 'digitalt' })
    expect(readLocation('Regionens Hus och Teams')).toEqual({ location: 'Regionens Hus', form: 'hybrid' })
    expect(readLocation('Hybrid: Regionens Hus, Göteborg')).toEqual({
      location: 'Regionens Hus, Göteborg',
      form: 'hybrid',
    })
    expect(readLocation(null)).toEqual({ location: null, form: null })
  })
})

describe('protocol-style headings', () => {
  it('reads "Närvarande:", "Ordförande:" and "Sekreterare:" fields as members', () => {
    const meeting = only(
      parse([
        'Protokoll SRO',
        'Datum: 2022-11-17',
        'Ordförande: Helén Eliasson',
        'Sekreterare: Johanna Karlsson Deucher',
        'Närvarande: Anna Berg (S), Skaraborg och Bo Ek, VGR',
        '§ 1 Öppnande',
      ]),
    )
    expect(meeting.roster.map(({ name, role, party, organisation }) => [name, role, party, organisation])).toEqual([
      ['Helén Eliasson', 'ordforande', null, null],
      ['Johanna Karlsson Deucher', 'sekreterare', null, null],
      ['Anna Berg', null, 'S', 'Skaraborg'],
      ['Bo Ek', null, null, 'VGR'],
    ])
    expect(meeting.unparsed).toEqual([])
  })
})
