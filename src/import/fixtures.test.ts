import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseDocument } from './parse'
import { ParseResultSchema, type ParsedAgendaItem, type ParsedMeeting } from './schema'

// Expected values below are written by hand from reading the documents, not copied from parser output.

function fixture(name: string): string {
  return readFileSync(new URL(`../../tests/fixtures/minutes/${name}`, import.meta.url), 'utf8')
}

function parseFixture(name: string): { meeting: ParsedMeeting; warnings: { line: number; message: string }[] } {
  const result = parseDocument(fixture(name), { fileName: name })
  expect(() => ParseResultSchema.parse(result)).not.toThrow()
  expect(result.meetings).toHaveLength(1)
  return { meeting: result.meetings[0] as ParsedMeeting, warnings: result.warnings }
}

type Expected = [number: string | null, parent: string | null, title: string, handling: string[], minutes: number | null, start: string | null, end: string | null, presenters: string[]]

function outline(items: ParsedAgendaItem[]): Expected[] {
  return items.map((item) => [item.number, item.parent, item.title, item.handling, item.durationMinutes, item.start, item.end, item.presenters])
}

function item(meeting: ParsedMeeting, number: string, parent: string | null = null): ParsedAgendaItem {
  const found = meeting.agendaItems.find((candidate) => candidate.number === number && candidate.parent === parent)
  if (!found) throw new Error(`Punkt ${parent ?? ''}${number} saknas`)
  return found
}

function decisionTexts(meeting: ParsedMeeting): Record<string, string[]> {
  return Object.fromEntries(meeting.agendaItems.filter((entry) => entry.decisions.length).map((entry) => [entry.number, entry.decisions.map((decision) => decision.text)]))
}

describe('2025-11-13 mötesanteckning', () => {
  const { meeting, warnings } = parseFixture('2025-11-13-motesanteckning.md')

  it('reads the heading', () => {
    expect(meeting).toMatchObject({
      date: '2025-11-13',
      start: '13:00',
      end: '15:00',
      stage: 'minutes',
      kind: 'ordinarie',
      cancelled: false,
      title: 'Mötesanteckning SRO',
      subtitle: 'Politiskt samrådsorgan mellan Västra Götalandsregionen och Västra Götalands 49 kommuner genom de fyra kommunalförbunden',
      location: 'Regionens Hus, Göteborg, lokal Lejonet',
      form: 'pa_plats',
      calledText: 'Se lista',
    })
    expect(meeting.invitedGuests).toEqual([
      { name: 'Magnus Kronvall', organisation: 'VGR' },
      { name: 'Theresa Larsen', organisation: 'Göteborgsregionen' },
      { name: 'Malin Spetz', organisation: 'VGR' },
      { name: 'Per Albertsson', organisation: 'VGR' },
      { name: 'Anders Kullbratt', organisation: 'VGR' },
    ])
    expect(warnings).toEqual([])
    expect(meeting.unparsed).toEqual([])
  })

  it('reads the member list by side and group', () => {
    const count = (side: string, group: string) => meeting.roster.filter((entry) => entry.side === side && entry.group === group).length
    expect(meeting.roster).toHaveLength(30)
    expect([count('vgk', 'kommunpolitiker'), count('vgk', 'tjansteperson'), count('vgr', 'regionpolitiker')]).toEqual([8, 8, 5])
    expect([count('vgr', 'adjungerad'), count('vgr', 'tjansteperson'), count('vgr', 'administration')]).toEqual([4, 4, 1])
    const byName = (name: string) => meeting.roster.find((entry) => entry.name === name)
    expect(byName('Marina Johansson')).toMatchObject({ party: 'S', organisation: 'Göteborgsregionen', role: 'vice_ordforande' })
    expect(byName('Helen Eliasson')).toMatchObject({ party: 'S', role: 'ordforande', roleTitle: 'ordförande Regionstyrelsen', side: 'vgr' })
    expect(byName('Adam Johansson')).toMatchObject({ party: 'M', organisation: 'Skaraborg', role: 'ledamot' })
    expect(byName('Kristina Lännergren')).toMatchObject({ party: null, organisation: 'Västkom', role: 'direktor', roleTitle: 'direktör Västkom' })
    // The title runs over two lines in the document.
    expect(byName('Lars Loftäng')).toMatchObject({ group: 'adjungerad', roleTitle: 'tillförordnad förvaltningsdirektör försörjningsförvaltningen VGR' })
    expect(byName('Rebecca Bretvold')).toMatchObject({ group: 'administration', role: 'sekreterare', organisation: 'VGR' })
  })

  it('reads the absent', () => {
    expect(meeting.absent).toEqual([
      'Ulf Olsson',
      'Bengt Hilmersson',
      'Ann-Sofie Rundberg',
      'Carina Örgård',
      'Miguel Odhner',
      'Theres Sahlström',
      'Lars Holmin',
      'Peter Eriksson',
      'Malin Swärd Davidsson',
    ])
    expect(meeting.attendance.every((entry) => entry.status === 'absent')).toBe(true)
  })

  it('reads every agenda item', () => {
    const kristina = 'Kristina Lännergren'
    expect(outline(meeting.agendaItems)).toEqual([
      ['1', null, 'Mötets öppnande', [], null, null, null, []],
      ['a', '1', 'Närvaro/ frånvaro', [], null, null, null, []],
      ['b', '1', 'Övriga frågor', [], null, null, null, []],
      ['2', null, 'Godkännande av dagens agenda', [], null, null, null, []],
      ['3', null, 'Föregående mötesanteckning', [], null, null, null, []],
      [
        '4',
        null,
        'Förstudie Läns gemensam uppföljning av god och nära vård',
        ['information'],
        20,
        '13:05',
        '13:25',
        [kristina, 'Karin Looström Muth', 'Theresa Larsen', 'Jenny Nilsson'],
      ],
      ['5', null, 'Hjälpmedelsförsörjning i Västra Götaland', ['stallningstagande'], 15, '13:25', '13:40', ['Magnus Kronvall', kristina]],
      ['6', null, 'Läns gemensam riktlinje patientsäkerhet', ['information'], 10, '13:40', '13:50', ['Jenny Nilsson', 'Malin Swärd Davidsson']],
      ['7', null, 'Hantering av gemensamma digitaliseringsfrågor', ['information'], 5, '14:05', '14:10', [kristina]],
      ['8', null, 'Vägval vårdinformationssystem', ['information', 'dialog'], 20, '14:10', '14:30', ['Helen Eliasson', 'Per Albertsson', 'Anders Kullbratt']],
      ['9', null, 'Studiebesök Jönköping', ['information'], 10, '14:30', '14:40', ['Karin Looström Muth', kristina]],
      ['10', null, 'Övrig information utan föredragning', [], null, null, null, []],
    ])
    expect(item(meeting, '4').presenterDetails).toEqual([
      { name: kristina, organisation: 'Västkom', title: null },
      { name: 'Karin Looström Muth', organisation: 'VGR', title: null },
      { name: 'Theresa Larsen', organisation: 'Göteborgsregionen', title: null },
      { name: 'Jenny Nilsson', organisation: 'VGR', title: null },
    ])
  })

  it('reads every decision', () => {
    const notes = 'Det politiska samrådsorganet, SRO, noterar informationen.'
    expect(decisionTexts(meeting)).toEqual({
      '2': ['Dagens agenda godkänns.'],
      '3': ['Föregående mötesanteckningar godkänns.'],
      '4': [
        'noterar informationen och ställer sig bakom förslag till fortsatt arbete med att komma med förslag till aktiviteter för att utveckla uppföljning/indikatorer för att följa omställningen till en god och nära vård i Västra Götaland.',
        'ger VGR:s hälso- och sjukvårdsutvecklingsdirektör och Västkom:s direktör i uppdrag att senast i juni 2026 – efter dialog med den länsgemensamma arbetsgruppen – återkomma till SRO med en plan för genomförande, kostnadsbedömning och tidplan för föreslagna uppföljningsmodell.',
      ],
      '5': ['Det politiska samrådsorganet, SRO, ställer sig bakom att uppdraget till Ledningsrådet för hjälpmedel revideras i enlighet med bilaga Uppdragshandling.'],
      '6': ['Det politiska samrådsorganet SRO noterar informationen.'],
      '7': [notes],
      '8': [notes],
      '9': [notes],
    })
    expect(item(meeting, '4').positionTaken).toBe('Det politiska samrådsorganet, SRO:')
    expect(item(meeting, '4').decisions.map((decision) => decision.kind)).toEqual(['staller_sig_bakom', 'ger_i_uppdrag'])
    expect(item(meeting, '6').decisions[0]?.kind).toBe('noterar_informationen')
  })

  it('reads the assignment with its month', () => {
    expect(meeting.assignments).toEqual([
      {
        itemNumber: '4',
        decisionNumber: 2,
        text: 'senast i juni 2026 – efter dialog med den länsgemensamma arbetsgruppen – återkomma till SRO med en plan för genomförande, kostnadsbedömning och tidplan för föreslagna uppföljningsmodell.',
        assignees: 'VGR:s hälso- och sjukvårdsutvecklingsdirektör och Västkom:s direktör',
        dueText: 'senast i juni 2026',
        due: { kind: 'month', month: '2026-06' },
        line: expect.any(Number),
      },
    ])
  })

  it('reads documents, dialogue, notes and questions', () => {
    expect(item(meeting, '3').documents).toEqual(['2025-10-16 Mötesanteckning SRO, per capsulam'])
    expect(item(meeting, '3').notes).toBe('')
    expect(item(meeting, '3').decisions.map((decision) => decision.kind)).toEqual(['godkanner'])
    expect(item(meeting, '6').documents).toEqual([
      'Remissbrev (VGR) - Läns gemensam riktlinje patientsäkerhet',
      'Remissbrev (Kommun) - Läns gemensam riktlinje patientsäkerhet.pdf',
      'Remissförslag - Läns gemensam riktlinje patientsäkerhet',
      'Presentation Läns gemensam riktlinje patientsäkerhet, SRO 2025-11-13',
    ])
    expect(item(meeting, '8').documents).toEqual(['Presentation Vårdinformationssystem, SRO 2025-11-13'])
    expect(item(meeting, '8').notes).toContain('För mer information, se: Presentation Vårdinformationssystem, SRO 2025-11-13')
    expect(item(meeting, '8').notes).toContain('- Samverkan med kommuner och avtalade vårdgivare behöver ske i alla faser.')
    expect([item(meeting, '4').dialogue.length, item(meeting, '5').dialogue.length, item(meeting, '8').dialogue.length]).toEqual([11, 8, 5])
    expect(item(meeting, '4').dialogue[0]).toMatchObject({ kind: 'dialog', text: expect.stringMatching(/^Myndigheten för Vård- och omsorgsanalys inkom/) })
    expect(item(meeting, '4').questions).toContain('Hur mäter vi insatser i hemmet?')
    expect(item(meeting, 'a', '1').notes).toBe('- Presentationsrunda\n- Susanna Cassberg hälsas välkommen')
    expect(item(meeting, 'b', '1').notes).toMatch(/^Önskemål:\n\nEn modell för beslutslogg/)
    expect(item(meeting, '6').notes).toContain('Vid frågor: Kontakta Jenny Nilsson')
    expect(item(meeting, '6').notes).not.toContain('Remisstid')
  })

  it('reads the time plan of item 6', () => {
    expect(meeting.milestones.map(({ label, date, dateText, itemNumber }) => ({ label, date, dateText, itemNumber }))).toEqual([
      { label: 'Remisstid', date: '2026-02-28', dateText: 'till 28 februari 2026', itemNumber: '6' },
      { label: 'Ställningstagande i SRO', date: '2026-06-04', dateText: '4 juni 2026', itemNumber: '6' },
      { label: 'Slutligt beslut', date: '2027-04-30', dateText: '30 april 2027', itemNumber: '6' },
      { label: 'Ikraftträdande', date: '2027-05-01', dateText: '1 maj 2027', itemNumber: '6' },
    ])
  })

  it('reads the årshjul grid', () => {
    const plan = meeting.yearPlan
    expect(plan).toMatchObject({
      title: 'Årshjul 2026',
      itemNumber: '10',
      columns: ['Januari 2026, studieresa', '19 mars 2026', '4 juni 2026', '24 september 2026', '12 november 2026'],
      columnDates: [null, '2026-03-19', '2026-06-04', '2026-09-24', '2026-11-12'],
    })
    expect(plan?.rows.map((row) => row.theme)).toEqual([
      'Dialog om aktuella ärenden',
      'Styrelsen för logistik Hjälpmedelsförsörjning',
      undefined,
      'Processen för nytt hälso- och sjukvårdsavtal och lagreglerade överenskommelse',
      'Psykisk hälsa',
      'Vårdinformationssystem',
    ])
    expect(plan?.rows[2]?.cells).toEqual(['', 'Uppföljning god och nära vård', '', '', ''])
    expect(plan?.rows[4]?.cells).toEqual(['', 'Psykisk hälsa: Handlingsplan och statsbidrag', '', '', 'Psykisk hälsa'])
    expect(item(meeting, '10').notes).toBe('')
    // No list of next year's meeting dates in this document; the dates are in the årshjul only.
    expect(meeting.upcomingMeetings).toEqual([])
  })
})

describe('2025-08-21 kallelse', () => {
  const { meeting, warnings } = parseFixture('2025-08-21-kallelse.md')

  it('reads the heading', () => {
    expect(meeting).toMatchObject({
      date: '2025-08-21',
      start: '13:30',
      end: '15:30',
      stage: 'notice',
      kind: 'ordinarie',
      title: 'Kallelse SRO',
      subtitle: 'Politiskt samrådsorgan mellan VästKom och Västra Götalandsregionen',
      location: 'Regionens Hus, Göteborg, lokal Lejonet',
      form: 'pa_plats',
    })
    expect(meeting.invitedGuests).toEqual([
      { name: 'Ann-Marie Schaffrat', organisation: 'VGR' },
      { name: 'en representant från kommunalförbunden', organisation: null },
    ])
    expect(meeting.absent).toEqual([])
    expect(meeting.roster).toHaveLength(26)
    expect(meeting.roster.find((entry) => entry.name === 'Peter Eriksson')).toMatchObject({ organisation: 'Fyrbodalen', side: 'vgk' })
    expect(meeting.roster.find((entry) => entry.name === 'Rebecca Bretvold')).toMatchObject({ group: 'administration', side: 'vgr' })
    expect(warnings).toEqual([])
    expect(meeting.unparsed).toEqual([])
  })

  it('reads every agenda item, the pause included', () => {
    const ann = 'Ann-Sofie Rundberg'
    const kristina = 'Kristina Lännergren'
    expect(outline(meeting.agendaItems)).toEqual([
      ['1', null, 'Mötets öppnande', [], null, null, null, []],
      ['a', '1', 'närvaro/frånvaro', [], null, null, null, []],
      ['b', '1', 'övriga frågor', [], null, null, null, []],
      ['2', null, 'Godkännande av dagens agenda', [], null, null, null, []],
      ['3', null, 'Föregående mötesanteckning', [], null, null, null, []],
      [
        '4',
        null,
        'Nytt Hälsa- och sjukvårdsavtal med tillhörande överenskommelser',
        ['information'],
        40,
        '13:35',
        '14:15',
        ['Marina Johansson', 'Janette Olsson', ann, kristina],
      ],
      ['5', null, 'Förlängt uppdrag politisk referensgrupp', ['information'], 10, '14:15', '14:25', [ann, kristina]],
      [null, null, 'Paus', [], 10, '14:25', '14:35', []],
      ['6', null, 'Tilläggsuppdrag patientsäkerhet till nytt Hälso- och sjukvårdsavtal', ['information', 'stallningstagande'], 10, '14:35', '14:45', [ann, kristina]],
      ['7', null, 'Förstudie Läns gemensam uppföljning av god och nära vård', ['information'], 10, '14:45', '14:55', [ann]],
      ['8', null, 'Psykisk hälsa', ['information', 'stallningstagande'], 20, '14:55', '15:15', [ann]],
      ['a', '8', 'Skriftlig information, slutrapport Läns gemensam handlingsplan psykisk hälsa t.o.m. 2024.', [], null, null, null, []],
      ['b', '8', 'Delregional behovsanalys', [], null, null, null, []],
      ['c', '8', 'Redogörelse för upplägg för handlingsplan 2025', [], null, null, null, []],
      ['9', null, 'Gemensamma digitaliseringsfrågor', ['information', 'stallningstagande'], 15, '15:15', '15:30', [kristina, 'Ann-Marie Schaffrat']],
      ['10', null, 'Övrig information utan föredragning', [], null, null, null, []],
    ])
    expect(meeting.agendaItems.find((entry) => entry.isPause)?.title).toBe('Paus')
    expect(item(meeting, '4')).toMatchObject({ beforePosition: true, handlingText: 'Information inför ställningstagande 1 september' })
    expect(item(meeting, '4').documents).toHaveLength(6)
    expect(item(meeting, '4').presenterDetails[1]).toEqual({ name: 'Janette Olsson', organisation: null, title: 'ordförande strategiska Hälsa- och sjukvårdsnämnden' })
    expect(item(meeting, '8').presenterNote).toBe('en representant från kommunalförbunden')
    expect(item(meeting, 'a', '8').documents).toEqual(['Bilaga: Slutrapport Läns gemensam handlingsplan psykisk hälsa, SRO 2025-08-21.pdf'])
  })

  it('reads the proposed positions as decisions', () => {
    const notes = 'Det politiska samrådsorganet SRO noterar informationen.'
    expect(decisionTexts(meeting)).toEqual({
      '4': [notes],
      '5': [notes],
      '6': [
        'Parterna tar fram förslag på en läns gemensam riktlinje avseende patientsäkerhet.',
        'Läns gemensam riktlinje avseende patientsäkerhet skickas på remiss till parterna.',
        'Läns gemensam riktlinje avseende patientsäkerhet ska kunna beslutas av respektive part synkroniserat med slutliga förslag om hälso- och sjukvårdsavtal med tillhörande överenskommelser.',
      ],
      '7': [notes],
      '8': [notes],
      '9': [
        'Regiondirektören och Västkoms direktör får i uppdrag att ta fram förslag på former och forum för att säkerställa information, delaktighet och förankring i digitaliseringsfrågor av länsgemensam karaktär inom hälso- och sjukvårdsområdet.',
        'Uppdraget ska återrapporteras till SRO 2025-11-13.',
      ],
    })
    expect(item(meeting, '6').proposedPosition).toBe('Det politiska samrådsorganet SRO ställer sig bakom att:')
    expect(item(meeting, '6').positionTaken).toBeNull()
  })

  it('gives the assignment of item 9 the report-back meeting as deadline', () => {
    expect(meeting.assignments).toEqual([
      {
        itemNumber: '9',
        decisionNumber: 1,
        text: 'ta fram förslag på former och forum för att säkerställa information, delaktighet och förankring i digitaliseringsfrågor av länsgemensam karaktär inom hälso- och sjukvårdsområdet.',
        assignees: 'Regiondirektören och Västkoms direktör',
        dueText: 'till SRO 2025-11-13',
        due: { kind: 'meeting', date: '2025-11-13', text: 'till SRO 2025-11-13' },
        line: expect.any(Number),
      },
    ])
  })

  it("reads next year's meeting dates", () => {
    const brief = meeting.upcomingMeetings.map(({ date, kind, start, end }) => [date, kind, start, end])
    expect(brief).toEqual([
      ['2026-03-19', 'ordinarie', '13:00', '15:30'],
      ['2026-06-04', 'ordinarie', '13:00', '15:30'],
      ['2026-09-24', 'ordinarie', '13:00', '15:30'],
      ['2026-11-12', 'ordinarie', '13:00', '15:30'],
      ['2026-03-05', 'presidieavstamning', '08:00', '09:00'],
      ['2026-05-20', 'presidieavstamning', '08:00', '09:00'],
      ['2026-09-09', 'presidieavstamning', '08:00', '09:00'],
      ['2026-10-22', 'presidieavstamning', '08:00', '09:00'],
    ])
    expect(meeting.upcomingMeetings[0]?.note).toBe('SRO-möte (på BHU-presidiedagar), kl. 13-15.30')
  })

  it('reads the årshjul and the signatures', () => {
    expect(meeting.yearPlan).toMatchObject({
      title: 'Årshjul 2025',
      columns: ['1 september 2025, extrainsatt möte', '16 oktober 2025', '13 november 2025', 'Q1 2026'],
      columnDates: ['2025-09-01', '2025-10-16', '2025-11-13', null],
    })
    expect(meeting.yearPlan?.rows).toHaveLength(6)
    expect(meeting.yearPlan?.rows[3]?.theme).toBe('Processen för nytt hälso- och sjukvårdsavtal och lagreglerade överenskommelser')
    expect(meeting.signatories).toEqual([
      { name: 'Helen Eliasson', role: 'ordforande', roleText: 'Ordförande', organisation: 'Regionstyrelsen, Västra Götalandsregionen', line: expect.any(Number) },
      { name: 'Marina Johansson', role: 'vice_ordforande', roleText: 'Vice ordförande', organisation: 'Göteborgsregionen, Västra Götalands kommuner', line: expect.any(Number) },
    ])
    expect(item(meeting, '10').notes).toBe('')
  })
})

describe('2023-11-23 mötesanteckning', () => {
  const { meeting, warnings } = parseFixture('2023-11-23-motesanteckning.md')

  it('reads the heading, members and attendance', () => {
    expect(meeting).toMatchObject({
      date: '2023-11-23',
      start: '12:30',
      end: '15:30',
      stage: 'minutes',
      title: 'Mötesanteckning SRO',
      location: 'Stationshuset, Göteborg (Lokal Bommen)',
      form: 'pa_plats',
    })
    expect(meeting.absent).toEqual(['Ulf Olsson', 'Adam Johansson', 'Malin Swärd Davidsson'])
    expect(meeting.attendance).toContainEqual({ name: 'Dan Nyberg', status: 'remote' })
    expect(meeting.roster).toHaveLength(24)
    expect(meeting.roster.find((entry) => entry.name === 'Helén Eliasson')).toMatchObject({ role: 'ordforande' })
    expect(meeting.roster.find((entry) => entry.name === 'Johanna Karlsson Deucher')).toMatchObject({ group: 'administration', role: 'sekreterare' })
    expect(meeting.roster.find((entry) => entry.name === 'Åsa Jackson')).toMatchObject({ role: 'beredning', roleTitle: 'beredning' })
    expect(meeting.vacancies).toEqual([{ side: 'vgr', group: 'kommunikation', line: expect.any(Number) }])
    expect(warnings).toEqual([])
    expect(meeting.unparsed).toEqual([])
  })

  it('reads every agenda item', () => {
    const erik = 'Erik Lindskog'
    const karin = 'Karin Looström Muth'
    expect(outline(meeting.agendaItems)).toEqual([
      ['1', null, 'Mötets öppnande klockan', [], null, null, null, []],
      ['a', '1', 'närvaro/presentation', [], null, null, null, []],
      ['b', '1', 'övriga frågor', [], null, null, null, []],
      ['2', null, 'Godkännande av dagens agenda', [], null, null, null, []],
      ['3', null, 'Föregående mötesanteckning', [], null, null, null, []],
      [
        '4',
        null,
        'Färdplan Nära vård – genomförande utifrån utvecklingsplan samt uppföljning och analys',
        ['information', 'dialog'],
        40,
        null,
        null,
        ['Angela Olausson', 'Åsa Jackson'],
      ],
      ['5', null, 'Ny beredning för Nära vård inom Västra Götalandsregionen', ['information', 'dialog'], 15, null, null, ['Janette Olsson']],
      ['6', null, 'Information från Västkom', ['information'], 15, null, null, [erik]],
      ['a', '6', 'Förändringar på Västkom', [], null, null, null, []],
      ['b', '6', 'Pågående arbete kopplat till hälso- och sjukvårdsavtalet', [], null, null, null, []],
      [
        '7',
        null,
        'Återrapportering från kommunerna om ett utökat politiskt samrådsorgan inom sammanhållen hälso- och sjukvård (SRO)',
        ['information'],
        10,
        null,
        null,
        [erik, 'Miguel Odhner'],
      ],
      ['8', null, 'Hur kan vi få framdrift med hälso- och sjukvårdsavtalet?', ['dialog'], 20, null, null, [karin, erik]],
      ['9', null, 'Årshjul för arbetet i SRO', ['information'], 10, null, null, ['Åsa Jackson', 'Angela Olausson']],
      [
        '10',
        null,
        'Aktuell status och övervägande av uppdrag att tydliggöra roll och mandat till politisk beredningsgrupp för hjälpmedel',
        ['information', 'dialog'],
        20,
        null,
        null,
        [karin, erik],
      ],
      ['11', null, 'Mötesdatum för SRO år 2024', ['information'], 5, null, null, ['Johanna Karlsson Deucher']],
    ])
    expect(item(meeting, '4').topics).toEqual(['Prioriterade utvecklingsbehov', 'Indikatorer av politiskt intresse'])
    expect(item(meeting, '4').scheduleText).toBe('40 minuter, bilaga')
    expect(item(meeting, '6').topics).toEqual(['Förändringar på Västkom', 'Pågående arbete kopplat till hälso- och sjukvårdsavtalet'])
    expect(item(meeting, '5').presenterDetails).toEqual([{ name: 'Janette Olsson', organisation: 'VGR', title: 'ordförande strategiska Hälsa- och sjukvårdsnämnden' }])
    expect(item(meeting, '3').documents).toHaveLength(4)
    expect(item(meeting, '10').documents).toEqual(['Nuvarande uppdrag för politisk beredningsgrupp för hjälpmedel'])
  })

  it('reads every decision', () => {
    const notes = 'Det politiska samrådsorganet SRO noterar informationen.'
    expect(decisionTexts(meeting)).toEqual({
      '2': ['Dagens agenda godkändes.'],
      '4': [
        'Det politiska samrådsorganet SRO noterar informationen. Ordförande och vice ordförande förbereder på nästa presidieträff ett uppdrag till tjänstepersonerna att se vad som kan göras för att få fram ekonomiska och kvalitativa mått.',
      ],
      '5': [
        'Det politiska samrådsorganet SRO noterar informationen. Västra Götalandsregionen återkommer om dialogmöten och hur samtalen kan organiseras för att på bästa sätt omhänderta kommunernas remissvar.',
      ],
      '6': [notes],
      '7': [notes],
      '8': ['Det politiska samrådsorganet SRO noterar informationen och fortsätter dialogen på nästa möte.'],
      '9': ['Det politiska samrådsorganet SRO noterar informationen och vill att beredningen sammanställer skriftlig information till nästa möte.'],
      '10': [
        'Det politiska samrådsorganet SRO noterar informationen och ger tjänstepersonerna i uppdrag att bereda ärendet ytterligare med förslag till ställningstagande till nästa möte den 18 januari 2024.',
      ],
      '11': [notes],
    })
    expect(meeting.assignments).toEqual([
      {
        itemNumber: '10',
        decisionNumber: 1,
        text: 'bereda ärendet ytterligare med förslag till ställningstagande till nästa möte den 18 januari 2024.',
        assignees: 'tjänstepersonerna',
        dueText: 'till nästa möte den 18 januari 2024',
        due: { kind: 'meeting', date: '2024-01-18', text: 'till nästa möte den 18 januari 2024' },
        line: expect.any(Number),
      },
    ])
  })

  it('reads inspel, sub-item notes, the tidsplan table and text broken by page breaks', () => {
    const inspel = (number: string, parent: string | null = null) => item(meeting, number, parent).dialogue.filter((entry) => entry.kind === 'inspel').length
    expect([inspel('4'), inspel('5'), inspel('a', '6'), inspel('8'), inspel('9'), inspel('10')]).toEqual([4, 6, 2, 7, 3, 2])
    expect(item(meeting, '4').notes).toContain('gemensamma data för uppföljning, prioritering och förbättringsarbete')
    expect(item(meeting, '8').notes).toContain('inte en benämning på dagens primärvård.')
    expect(item(meeting, 'b', '1').notes).toBe('Inga övriga frågor.')
    expect(item(meeting, 'b', '6').tables).toEqual([
      {
        title: 'Tidsplan',
        rows: [
          ['', 'Samsyn kommunal primärvård', 'Hälso- och sjukvårdsavtal & lagreglerade överenskommelser'],
          ['Hösten 2023', 'Inledande dialog', 'Dialog avtalsform'],
          ['Våren 2024', 'Dialog och förslag på hur vi går vidare Fördjupad dialog', 'Dialog och förslag på hur vi går vidare Uppstart gemensam process mellan kommunerna och VGR'],
          ['Hösten 2024', 'Förankringsprocess, gemensam inriktning kommunal primärvård', 'Fortsatt gemensam process mellan kommunerna och VGR'],
        ],
        line: expect.any(Number),
      },
    ])
    expect(item(meeting, 'a', '6').questions).toEqual(
      expect.arrayContaining(['Vad händer framåt?', 'Hur kan kommunalförbunden och Västra Götalandsregionen samverka kring psykisk hälsa?']),
    )
  })

  it('reads the årshjul of item 9 and the meeting dates of item 11', () => {
    expect(meeting.yearPlan).toMatchObject({
      title: null,
      itemNumber: '9',
      columns: ['Januari 2024', 'April 2024', 'Oktober 2024', 'November 2024', 'Januari 2025'],
      columnDates: [null, null, null, null, null],
    })
    expect(meeting.yearPlan?.rows).toHaveLength(4)
    expect(meeting.yearPlan?.rows[3]?.cells).toEqual(['', '', 'Ställningstagande till ändring av produktanvisning för 1223 motordrivna rullstolar.', '', ''])
    expect(meeting.upcomingMeetings.map(({ date, kind, start, end }) => [date, kind, start, end])).toEqual([
      ['2024-01-18', 'ordinarie', '13:00', '15:00'],
      ['2024-04-25', 'ordinarie', '13:00', '15:00'],
      ['2024-10-03', 'ordinarie', '13:00', '15:00'],
      ['2024-11-21', 'ordinarie', '13:00', '15:00'],
    ])
    expect(meeting.milestones).toEqual([])
  })
})
