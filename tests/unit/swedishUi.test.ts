import { describe, expect, it } from 'vitest'

import { englishIn } from '../helpers/swedishUi'

describe('englishIn', () => {
  it('should find the English the issue saw in the admin', () => {
    const seen = [
      'Footer Link 01',
      'Lägg till Footer Link',
      'Responsive',
      'Title',
      'Description',
      'falskt',
      'sann',
      'Time',
      '[Namnlös]',
      '<Ingen Importerad av>',
    ]
    expect(seen.map((text) => englishIn(text).length > 0)).toEqual(seen.map(() => true))
  })

  it('should find English-style dates and 12-hour times', () => {
    expect(englishIn('mars 18, 2027 1:00 em')).toEqual(['mars 18, 2027', '1:00 em'])
    expect(englishIn('Nov 30, 2026, 4:38 AM')).toEqual(['Nov 30, 2026', '4:38 AM'])
  })

  it('should accept Swedish text, dates and times', () => {
    const swedish = [
      '2027-03-18 13:00',
      'SRO möte 18 mars 2027',
      'Skapa: Möte',
      'Sök efter Rubrik, Webbadress eller Plats',
      'ja',
      'nej',
      'Filter',
      'Kolumner',
      'Version',
      'Tid',
      'Text',
      'Person',
      'Publicerad',
    ]
    expect(swedish.flatMap((text) => englishIn(text))).toEqual([])
  })
})
