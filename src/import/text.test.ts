import { describe, expect, it } from 'vitest'

import { matchAssignment, parseDue } from './assignments'
import { parseHandling } from './agenda'
import { isPersonName, parseAttendanceList, parsePersonList, parseRosterLine } from './people'
import { isYearPlanHeader, rowTheme } from './tables'
import {
  dateOnOrAfter,
  extractLinks,
  findDate,
  findTimeRange,
  monthNumber,
  normaliseLine,
  parseClock,
  parseDuration,
  prepareLines,
  stripBullet,
  stripMarkdown,
} from './text'

describe('text normalisation', () => {
  it('reads every bullet form as one bullet', () => {
    for (const line of [
      '- Punkt',
      '• Punkt',
      '\uF0B7 Punkt',
      '\uF0B7Punkt',
      '* Punkt',
      '- ✓ Punkt',
      '➤ Punkt',
      '→ Punkt',
    ]) {
      expect(stripBullet(line)).toEqual({ bullet: true, text: 'Punkt' })
    }
    expect(stripBullet('-5 grader')).toEqual({ bullet: false, text: '-5 grader' })
  })

  it('strips emphasis and markdown escapes', () => {
    expect(stripMarkdown('***Ställningstagande:** Det politiska samrådsorganet*')).toBe(
      'Ställningstagande: Det politiska samrådsorganet',
    )
    expect(stripMarkdown('[Remissbrev \\(VGR\\) - riktlinje](#)')).toBe('[Remissbrev (VGR) - riktlinje](#)')
    expect(stripMarkdown('5 \\* 3')).toBe('5 * 3')
  })

  it('keeps tab cells, with a leading empty cell', () => {
    expect(normaliseLine('\tDialog\t\tVårdinformationssystem\t', 7)).toMatchObject({
      line: 7,
      cells: ['', 'Dialog', '', 'Vårdinformationssystem'],
    })
    expect(normaliseLine('\t- indragen punkt', 1)).toMatchObject({ cells: null, bullet: true, text: 'indragen punkt' })
  })

  it('joins lines broken mid-sentence, across a page break too, and keeps numbering', () => {
    const lines = prepareLines(
      [
        'Verksamheternas tillgång till gemensamma data för',
        '',
        'uppföljning är viktig.',
        'Föredragande: Anna Berg, VGR,',
        'Bo Ek, Västkom',
        'Rubrik utan punkt',
        'Ny mening.',
        '1. Punkt som fortsätter',
        'på nästa rad.',
        'hälso- och sjukvårds-',
        'avtalet',
      ].join('\n'),
    )
    expect(lines.map((line) => [line.line, line.text])).toEqual([
      [1, 'Verksamheternas tillgång till gemensamma data för uppföljning är viktig.'],
      [4, 'Föredragande: Anna Berg, VGR, Bo Ek, Västkom'],
      [6, 'Rubrik utan punkt'],
      [7, 'Ny mening.'],
      [8, '1. Punkt som fortsätter på nästa rad.'],
      [10, 'hälso- och sjukvårds-avtalet'],
    ])
  })

  it('extracts markdown links', () => {
    expect(extractLinks('För mer information, se: [Presentation, SRO 2025-11-13](#)')).toEqual({
      links: [{ title: 'Presentation, SRO 2025-11-13', url: '#' }],
      text: 'För mer information, se: Presentation, SRO 2025-11-13',
    })
  })
})

describe('dates and times', () => {
  it('parses clocks', () => {
    expect(['13.30', '13:30', '8', '08.00', 'kl. 9', '24.00', '13.60', 'x'].map(parseClock)).toEqual([
      '13:30',
      '13:30',
      '08:00',
      '08:00',
      '09:00',
      null,
      null,
      null,
    ])
  })

  it('finds time ranges in their written variants', () => {
    const range = (text: string, bare = false) => {
      const found = findTimeRange(text, { bare })
      return found ? [found.start, found.end] : null
    }
    expect(range('(40 minuter, kl. 13.35 – 14.15)')).toEqual(['13:35', '14:15'])
    expect(range('(5 minuter, kl. 14.05- 14.10)')).toEqual(['14:05', '14:10'])
    expect(range('Avstämning med presidiet, kl. 8-9:')).toEqual(['08:00', '09:00'])
    expect(range('SRO-möte (på BHU-presidiedagar), kl. 13-15.30')).toEqual(['13:00', '15:30'])
    expect(range('klockan 13.00-15.00.')).toEqual(['13:00', '15:00'])
    expect(range('13-15', true)).toEqual(['13:00', '15:00'])
    expect(range('13-15')).toBeNull()
    expect(range('arbetsåret 2024-2025')).toBeNull()
    expect(range('SRO 2025-11-13')).toBeNull()
    expect(range('10-15 minuter')).toBeNull()
  })

  it('reads durations', () => {
    expect(
      ['20 minuter, kl. 13.05', '40 minuter, bilaga', '1 timme', '1,5 timmar', '1 tim 30 min', 'bilaga'].map(
        parseDuration,
      ),
    ).toEqual([20, 40, 60, 90, 90, null])
  })

  it('reads Swedish dates, with and without year', () => {
    expect(monthNumber('Sept.')).toBe(9)
    expect(findDate('Datum: 13 november 2025')).toMatchObject({ year: 2025, month: 11, day: 13 })
    expect(findDate('24 sep')).toMatchObject({ year: null, month: 9, day: 24 })
    expect(findDate('till SRO 2025-11-13')).toMatchObject({ year: 2025, month: 11, day: 13 })
    expect(findDate('31 februari 2025')).toBeNull()
    expect(findDate('den 3:e maj 2024')).toMatchObject({ year: 2024, month: 5, day: 3 })
    const january = findDate('18 januari')
    expect(january && dateOnOrAfter(january, '2023-11-23')).toBe('2024-01-18')
  })
})

describe('people', () => {
  it('tells names from organisations', () => {
    expect(['Karin Looström Muth', 'Ann-Sofie Rundberg', 'Helén Eliasson', 'Anna af Ekström'].every(isPersonName)).toBe(
      true,
    )
    expect(
      [
        'VGR',
        'Västra Götalandsregionen',
        'Region Jönköping',
        'Styrelsen för logistik',
        'Göteborgs Stad',
        'Se lista',
      ].some(isPersonName),
    ).toBe(false)
  })

  it('splits presenters into people with organisations', () => {
    const list = parsePersonList(
      'Kristina Lännergren, Västkom och Karin Looström Muth, VGR, Theresa Larsen, Göteborgsregionen och Jenny Nilsson, VGR',
    )
    expect(list.people.map((person) => [person.name, person.organisation])).toEqual([
      ['Kristina Lännergren', 'Västkom'],
      ['Karin Looström Muth', 'VGR'],
      ['Theresa Larsen', 'Göteborgsregionen'],
      ['Jenny Nilsson', 'VGR'],
    ])
    expect(parsePersonList('Ann-Sofie Rundberg, VGR och en representant från kommunalförbunden').unnamed).toEqual([
      'en representant från kommunalförbunden',
    ])
  })

  it('reads roster lines', () => {
    expect(
      parseRosterLine('Marina Johansson (S), Göteborgsregionen, vice ordförande', 'kommunpolitiker'),
    ).toMatchObject({
      name: 'Marina Johansson',
      party: 'S',
      organisation: 'Göteborgsregionen',
      role: 'vice_ordforande',
      roleTitle: null,
    })
    expect(
      parseRosterLine(
        'Janette Olsson (S), ordförande strategiska Hälso- och sjukvårdsnämnden (SSN)',
        'regionpolitiker',
      ),
    ).toMatchObject({
      roleTitle: 'ordförande strategiska Hälso- och sjukvårdsnämnden (SSN)',
      role: 'ledamot',
    })
    expect(parseRosterLine('Ulf Olsson (S), Boråsregionen – förhinder', 'kommunpolitiker')?.attendance).toEqual({
      name: 'Ulf Olsson',
      status: 'absent',
    })
    expect(parseRosterLine('Se lista', null)).toBeNull()
  })

  it('reads attendance lists', () => {
    expect(
      parseAttendanceList(
        'Ulf Olsson, Boråsregionen, Anna Berg ersätts av Bo Ek och Dan Nyberg (från 13.30).',
        'absent',
      ),
    ).toEqual({
      entries: [
        { name: 'Ulf Olsson', status: 'absent' },
        { name: 'Anna Berg', status: 'substituted', substitute: 'Bo Ek' },
        { name: 'Dan Nyberg', status: 'absent', note: 'från 13.30' },
      ],
      unknown: [],
    })
  })
})

describe('agenda pieces', () => {
  it('reads handling lines', () => {
    expect(parseHandling('Information och ställningstagande')).toEqual({
      handling: ['information', 'stallningstagande'],
      beforePosition: false,
      schedule: null,
    })
    expect(parseHandling('Information inför ställningstagande 1 september')).toEqual({
      handling: ['information'],
      beforePosition: true,
      schedule: null,
    })
    expect(parseHandling('Information & dialog (40 minuter, bilaga)')).toEqual({
      handling: ['information', 'dialog'],
      beforePosition: false,
      schedule: '40 minuter, bilaga',
    })
    expect(parseHandling('Information från Västkom')).toBeNull()
  })

  it('reads assignments and deadlines', () => {
    expect(matchAssignment('Regiondirektören och Västkoms direktör får i uppdrag att ta fram förslag.')).toEqual({
      assignees: 'Regiondirektören och Västkoms direktör',
      task: 'ta fram förslag.',
    })
    expect(matchAssignment('SRO ställer sig bakom att Västkom får i uppdrag att utreda.')).toEqual({
      assignees: 'Västkom',
      task: 'utreda.',
    })
    expect(matchAssignment('SRO noterar informationen.')).toBeNull()
    expect(parseDue('återkomma senast i juni 2026', '2025-11-13')).toEqual({
      due: { kind: 'month', month: '2026-06' },
      dueText: 'senast i juni 2026',
    })
    expect(parseDue('återrapporteras till SRO 2025-11-13', '2025-08-21')).toEqual({
      due: { kind: 'meeting', date: '2025-11-13', text: 'till SRO 2025-11-13' },
      dueText: 'till SRO 2025-11-13',
    })
    expect(parseDue('redovisa till nästa möte', '2025-08-21')).toEqual({
      due: { kind: 'meeting', date: null, text: 'till nästa möte' },
      dueText: 'till nästa möte',
    })
    expect(parseDue('senast 2026-03-01', '2025-11-13')).toEqual({
      due: { kind: 'date', date: '2026-03-01' },
      dueText: 'senast 2026-03-01',
    })
    expect(parseDue('så snart som möjligt', '2025-11-13')).toEqual({ due: { kind: 'none' }, dueText: null })
  })

  it('recognises the årshjul and its row themes', () => {
    expect(isYearPlanHeader(['Januari 2026, studieresa', '19 mars 2026', '4 juni 2026'])).toBe(true)
    expect(isYearPlanHeader(['', 'Samsyn kommunal primärvård', 'Hälso- och sjukvårdsavtal'])).toBe(false)
    expect(rowTheme(['', 'Psykisk hälsa: Handlingsplan och statsbidrag', '', 'Psykisk hälsa'])).toBe('Psykisk hälsa')
    expect(rowTheme(['Uppföljning och analys: Årsredovisning', 'Millenium: Information'])).toBeUndefined()
    expect(rowTheme(['', 'Uppföljning god och nära vård', ''])).toBeUndefined()
  })
})
