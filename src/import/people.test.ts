import { describe, expect, it } from 'vitest'

import { isOrganisationName, parseAttendanceList, parseAttendanceSentence, parsePersonList } from './people'

describe('organisations among guests', () => {
  it('should read a person at an organisation, and an organisation alone as no person', () => {
    const list = parsePersonList('Emma Övelius, Lumell Associates, Jonas Fredriksson, VGR och Ramböll Sverige AB')
    expect(list.people.map((person) => [person.name, person.organisation])).toEqual([
      ['Emma Övelius', 'Lumell Associates'],
      ['Jonas Fredriksson', 'VGR'],
    ])
    expect(list.organisations).toEqual(['Ramböll Sverige AB'])
    expect(parsePersonList('Lumell Associates, Karl Jönsson, Länsstyrelsen Västra Götaland')).toMatchObject({
      people: [{ name: 'Karl Jönsson', organisation: 'Länsstyrelsen Västra Götaland' }],
      organisations: ['Lumell Associates'],
    })
  })

  it('should keep "och" inside an organisation after it', () => {
    expect(parsePersonList('Sofia Ahlgren, Sveriges Kommuner och Regioner').people[0]?.organisation).toBe(
      'Sveriges Kommuner och Regioner',
    )
  })

  it('should know company and institution names', () => {
    for (const name of [
      'Lumell Associates',
      'Ramböll Sverige AB',
      'Göteborgs universitet',
      'Länsstyrelsen Västra Götaland',
    ])
      expect(isOrganisationName(name)).toBe(true)
    for (const name of ['Emma Övelius', 'Karl Jönsson']) expect(isOrganisationName(name)).toBe(false)
  })
})

describe('a late arrival with a substitute until then', () => {
  it('should read "Magnus Haggren efter 13.30 (Helen Nordling ersätter)" as present from 13.30', () => {
    expect(parseAttendanceSentence('Magnus Haggren efter 13.30 (Helen Nordling ersätter)')).toEqual({
      name: 'Magnus Haggren',
      status: 'partial',
      substitute: 'Helen Nordling',
      note: 'efter 13.30 (Helen Nordling ersätter till dess)',
    })
    expect(parseAttendanceSentence('Ronny Alm från kl. 10.15 (ersätts av Johan Ström)')).toMatchObject({
      name: 'Ronny Alm',
      substitute: 'Johan Ström',
    })
  })

  it('should read it inside a list of absences', () => {
    expect(
      parseAttendanceList('Karin Dahlberg, Magnus Haggren efter 13.30 (Helen Nordling ersätter)', 'absent').entries,
    ).toEqual([
      { name: 'Karin Dahlberg', status: 'absent' },
      {
        name: 'Magnus Haggren',
        status: 'partial',
        substitute: 'Helen Nordling',
        note: 'efter 13.30 (Helen Nordling ersätter till dess)',
      },
    ])
  })
})
