import { describe, expect, it } from 'vitest'

import { parseDocument, readLocation } from './parse'
import { sideHint, splitJoinedRow, twoColumnRows } from './rosterRows'
import { toLines } from './text'

describe('two-column roster rows joined by one space (PDF text)', () => {
  it('should split a row where each cell ends and the next name begins', () => {
    expect(
      splitJoinedRow('Per-Olof Lindgren (M), Skaraborg Anders Nyqvist (M), vice ordförande Regionstyrelsen'),
    ).toEqual(['Per-Olof Lindgren (M), Skaraborg', 'Anders Nyqvist (M), vice ordförande Regionstyrelsen'])
    expect(splitJoinedRow('Sara Lindqvist, direktör Västkom Ann Westerlund, regiondirektör')).toEqual([
      'Sara Lindqvist, direktör Västkom',
      'Ann Westerlund, regiondirektör',
    ])
    expect(splitJoinedRow('Martin Öberg, beredning Västkom Kommunikation')).toEqual([
      'Martin Öberg, beredning Västkom',
      'Kommunikation',
    ])
    expect(
      splitJoinedRow('För Västra Götalands fyra kommunalförbund (VGK) För Västra Götalandsregionen (VGR)'),
    ).toEqual(['För Västra Götalands fyra kommunalförbund (VGK)', 'För Västra Götalandsregionen (VGR)'])
  })

  it('should not split one person, nor take a title that ends in VGR for a heading', () => {
    expect(splitJoinedRow('Fredrik Sjölund, beredning VGR')).toBeNull()
    expect(splitJoinedRow('Helena Vikström (S), ordförande Regionstyrelsen')).toBeNull()
    expect(splitJoinedRow('Hans Eriksson Lind (M), vice ordförande Regionstyrelsen')).toBeNull()
    expect(splitJoinedRow('Dan Åberg (M), andre vice ordförande Styrelsen för logistik')).toBeNull()
  })

  it('should tell the side of a lone cell from what it names', () => {
    expect(sideHint('Tove Lindahl, kommunikatör VGR')).toBe('vgr')
    expect(sideHint('Mona Carlén (L), Göteborgsregionen')).toBe('vgk')
    expect(sideHint('Mikael Åström, hälso- och sjukvårdsdirektör')).toBeNull()
  })

  it('should put wrapped ends back and lone right cells on the right', () => {
    const rows = twoColumnRows(
      toLines(
        [
          'Kommunpolitiker Regionpolitiker',
          'Per-Olof Lindgren (M), Skaraborg Anders Nyqvist (M), vice ordförande',
          'Regionstyrelsen',
          'Magnus Haggren, förbundsdirektör',
          'Boråsregionen',
          'Fredrik Sjölund, beredning VGR',
        ].join('\n'),
      ),
    )
    expect(rows.map((row) => row.cells)).toEqual([
      ['Kommunpolitiker', 'Regionpolitiker'],
      ['Per-Olof Lindgren (M), Skaraborg', 'Anders Nyqvist (M), vice ordförande Regionstyrelsen'],
      ['Magnus Haggren, förbundsdirektör Boråsregionen'],
      ['', 'Fredrik Sjölund, beredning VGR'],
    ])
  })

  it('should leave lines outside a two-column list alone', () => {
    const lines = toLines('Kallelse SRO\nAnna Berg (S), Skaraborg Bo Ek (M), Fyrbodal')
    expect(twoColumnRows(lines)).toEqual(lines)
  })
})

describe('the heading of older documents', () => {
  const front = (text: string) => parseDocument(`${text}\nDagordning\n1. Mötets öppnande\n`).meetings[0]

  it('should read a wrapped pdftotext cell and a right cell alone by its indent', () => {
    const meeting = front(
      [
        'Minnesanteckningar',
        'Datum: 2020-10-15',
        'För VGK                                För VGR',
        'Kommunpolitiker                        Regionpolitiker',
        'Eva Holm (S), Fyrbodal                 Bengt Sjö (M), ordförande Regionstyrelsen,',
        'Ronny Alm (M), Skaraborg                  vice ordförande',
        '                                       Adjungerade',
        '                                       Kerstin Vall, ordförande Västfastigheter',
      ].join('\n'),
    )
    expect(meeting?.called.map((entry) => [entry.name, entry.side, entry.group, entry.role])).toEqual([
      ['Eva Holm', 'vgk', 'kommunpolitiker', 'ledamot'],
      ['Bengt Sjö', 'vgr', 'regionpolitiker', 'vice_ordforande'],
      ['Ronny Alm', 'vgk', 'kommunpolitiker', 'ledamot'],
      ['Kerstin Vall', 'vgr', 'adjungerad', 'adjungerad'],
    ])
  })

  it('should read "Teamsmöte" and "Digitalt möte via Teams" as a digital meeting without a place', () => {
    for (const text of ['Teamsmöte', 'Digitalt möte via Teams', 'Webbmöte'])
      expect(readLocation(text)).toEqual({ location: null, form: 'digitalt' })
    expect(readLocation('Regionens Hus och Teams')).toEqual({ location: 'Regionens Hus', form: 'hybrid' })
  })

  it('should read an Inbjudna value that goes on over the next line', () => {
    const meeting = front(
      'Kallelse SRO\nDatum: 23 september 2021\nInbjudna: Karl Jönsson, Länsstyrelsen\nSofia Ahlgren, SKR\nPlats: Regionens Hus,\nsal Dalsland',
    )
    expect(meeting?.guests).toEqual([
      { name: 'Karl Jönsson', organisation: 'Länsstyrelsen' },
      { name: 'Sofia Ahlgren', organisation: 'SKR' },
    ])
    expect(meeting?.locationText).toBe('Regionens Hus, sal Dalsland')
  })
})
