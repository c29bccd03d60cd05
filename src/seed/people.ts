/** The register as it stands in the 2025-11-13 mötesanteckning (tests/fixtures/minutes). */
import type { Membership, Organisation, Person } from '../payload-types'

export type SeedOrganisation = {
  name: string
  shortName?: string
  type: Organisation['type']
  aliases?: string[]
  parent?: string
  website?: string
}

export const ORGANISATIONS: SeedOrganisation[] = [
  {
    name: 'Västra Götalandsregionen',
    shortName: 'VGR',
    type: 'region',
    aliases: ['Regionen'],
    website: 'https://www.vgregion.se',
  },
  {
    name: 'Västkom',
    shortName: 'Västkom',
    type: 'forbund',
    aliases: ['Västsvenska kommunalförbundens samorganisation'],
    website: 'https://www.vastkom.se',
  },
  {
    name: 'Göteborgsregionen',
    shortName: 'GR',
    type: 'kommunalforbund',
    aliases: ['Göteborgsregionens kommunalförbund'],
    website: 'https://goteborgsregionen.se',
  },
  {
    name: 'Fyrbodal',
    shortName: 'Fyrbodal',
    type: 'kommunalforbund',
    aliases: ['Fyrbodals kommunalförbund', 'Fyrbodalsregionen', 'Fyrbodalen', 'Fyrbodol'],
  },
  { name: 'Skaraborg', shortName: 'Skaraborg', type: 'kommunalforbund', aliases: ['Skaraborgs kommunalförbund'] },
  {
    name: 'Boråsregionen',
    shortName: 'Boråsregionen',
    type: 'kommunalforbund',
    aliases: ['Boråsregionen Sjuhärads kommunalförbund', 'Sjuhärad'],
  },
  { name: 'Regionstyrelsen', type: 'namnd', parent: 'Västra Götalandsregionen' },
  {
    name: 'Strategiska hälso- och sjukvårdsnämnden',
    shortName: 'SSN',
    type: 'namnd',
    parent: 'Västra Götalandsregionen',
  },
  { name: 'Styrelsen för logistik', type: 'namnd', parent: 'Västra Götalandsregionen' },
  {
    name: 'SRO – Politiskt samrådsorgan',
    shortName: 'SRO',
    type: 'samradsorgan',
    aliases: ['SRO', 'Det politiska samrådsorganet'],
  },
]

export type SeedPerson = {
  name: string
  aliases?: string[]
  party?: NonNullable<Person['party']>
  kind: Person['kind']
  title?: string
  organisation?: string
  membership?: {
    side: Membership['side']
    group: Membership['group']
    role?: Membership['role']
    roleTitle?: string
    organisation?: string
  }
}

const vgkPolitician = (
  name: string,
  party: SeedPerson['party'],
  organisation: string,
  role?: Membership['role'],
): SeedPerson => ({
  name,
  party,
  kind: 'politiker',
  organisation,
  membership: { side: 'vgk', group: 'kommunpolitiker', role, organisation },
})

export const PEOPLE: SeedPerson[] = [
  vgkPolitician('Miguel Odhner', 'S', 'Göteborgsregionen'),
  vgkPolitician('Marina Johansson', 'S', 'Göteborgsregionen', 'vice_ordforande'),
  vgkPolitician('Theres Sahlström', 'M', 'Skaraborg'),
  vgkPolitician('Ulf Olsson', 'S', 'Boråsregionen'),
  vgkPolitician('Peter Eriksson', 'M', 'Fyrbodal'),
  vgkPolitician('Adam Johansson', 'M', 'Skaraborg'),
  vgkPolitician('Bengt Hilmersson', 'C', 'Boråsregionen'),
  vgkPolitician('Dan Nyberg', 'S', 'Fyrbodal'),
  {
    name: 'Kristina Lännergren',
    kind: 'tjansteperson',
    title: 'Direktör',
    organisation: 'Västkom',
    membership: { side: 'vgk', group: 'tjansteperson', role: 'direktor', roleTitle: 'direktör Västkom' },
  },
  {
    name: 'Malin Swärd Davidsson',
    kind: 'tjansteperson',
    organisation: 'Västkom',
    membership: { side: 'vgk', group: 'tjansteperson', role: 'beredning', roleTitle: 'beredning Västkom' },
  },
  {
    name: 'Tobias Hellström',
    kind: 'tjansteperson',
    organisation: 'Västkom',
    membership: { side: 'vgk', group: 'tjansteperson', role: 'beredning', roleTitle: 'beredning Västkom' },
  },
  {
    name: 'Gitte Caous',
    kind: 'tjansteperson',
    title: 'Förbundsdirektör',
    organisation: 'Göteborgsregionen',
    membership: {
      side: 'vgk',
      group: 'tjansteperson',
      role: 'direktor',
      roleTitle: 'förbundsdirektör Göteborgsregionen',
    },
  },
  {
    name: 'Ritva Gonzalez',
    kind: 'tjansteperson',
    organisation: 'Göteborgsregionen',
    membership: {
      side: 'vgk',
      group: 'tjansteperson',
      role: 'representant',
      roleTitle: 'representant Göteborgsregionen',
    },
  },
  {
    name: 'Anna Lärk Ståhlberg',
    kind: 'tjansteperson',
    title: 'Förbundsdirektör',
    organisation: 'Fyrbodal',
    membership: { side: 'vgk', group: 'tjansteperson', role: 'direktor', roleTitle: 'förbundsdirektör Fyrbodol' },
  },
  {
    name: 'Magnus Haggren',
    kind: 'tjansteperson',
    title: 'Förbundsdirektör',
    organisation: 'Boråsregionen',
    membership: { side: 'vgk', group: 'tjansteperson', role: 'direktor', roleTitle: 'förbundsdirektör Boråsregionen' },
  },
  {
    name: 'Kristofer Svensson',
    aliases: ['Kristoffer Svensson'],
    kind: 'tjansteperson',
    title: 'Förbundsdirektör',
    organisation: 'Skaraborg',
    membership: { side: 'vgk', group: 'tjansteperson', role: 'direktor', roleTitle: 'förbundsdirektör Skaraborg' },
  },
  {
    name: 'Helen Eliasson',
    aliases: ['Helén Eliasson'],
    party: 'S',
    kind: 'politiker',
    title: 'Ordförande Regionstyrelsen',
    organisation: 'Regionstyrelsen',
    membership: {
      side: 'vgr',
      group: 'regionpolitiker',
      role: 'ordforande',
      roleTitle: 'ordförande Regionstyrelsen',
      organisation: 'Västra Götalandsregionen',
    },
  },
  {
    name: 'Lars Holmin',
    party: 'M',
    kind: 'politiker',
    title: 'Vice ordförande Regionstyrelsen',
    organisation: 'Regionstyrelsen',
    membership: {
      side: 'vgr',
      group: 'regionpolitiker',
      roleTitle: 'vice ordförande Regionstyrelsen',
      organisation: 'Västra Götalandsregionen',
    },
  },
  {
    name: 'Janette Olsson',
    party: 'S',
    kind: 'politiker',
    title: 'Ordförande SSN',
    organisation: 'Strategiska hälso- och sjukvårdsnämnden',
    membership: {
      side: 'vgr',
      group: 'regionpolitiker',
      roleTitle: 'ordförande strategiska Hälso- och sjukvårdsnämnden (SSN)',
      organisation: 'Västra Götalandsregionen',
    },
  },
  {
    name: 'Carina Örgård',
    party: 'V',
    kind: 'politiker',
    title: 'Vice ordförande SSN',
    organisation: 'Strategiska hälso- och sjukvårdsnämnden',
    membership: {
      side: 'vgr',
      group: 'regionpolitiker',
      roleTitle: 'vice ordförande SSN',
      organisation: 'Västra Götalandsregionen',
    },
  },
  {
    name: 'Susanna Cassberg',
    party: 'M',
    kind: 'politiker',
    title: 'Andre vice ordförande SSN',
    organisation: 'Strategiska hälso- och sjukvårdsnämnden',
    membership: {
      side: 'vgr',
      group: 'regionpolitiker',
      roleTitle: 'andre vice ordförande SSN',
      organisation: 'Västra Götalandsregionen',
    },
  },
  {
    name: 'Sebastian Aronsson',
    party: 'S',
    kind: 'politiker',
    organisation: 'Styrelsen för logistik',
    membership: {
      side: 'vgr',
      group: 'adjungerad',
      role: 'adjungerad',
      roleTitle: 'Ordförande Styrelsen för logistik',
    },
  },
  {
    name: 'Dan Åberg',
    party: 'M',
    kind: 'politiker',
    organisation: 'Styrelsen för logistik',
    membership: {
      side: 'vgr',
      group: 'adjungerad',
      role: 'adjungerad',
      roleTitle: 'andre vice ordförande Styrelsen för logistik',
    },
  },
  {
    name: 'Roland Wanner',
    party: 'MP',
    kind: 'politiker',
    organisation: 'Styrelsen för logistik',
    membership: {
      side: 'vgr',
      group: 'adjungerad',
      role: 'adjungerad',
      roleTitle: 'vice ordförande Styrelsen för logistik',
    },
  },
  {
    name: 'Lars Loftäng',
    kind: 'tjansteperson',
    organisation: 'Västra Götalandsregionen',
    membership: {
      side: 'vgr',
      group: 'adjungerad',
      role: 'adjungerad',
      roleTitle: 'tillförordnad förvaltningsdirektör försörjningsförvaltningen VGR',
    },
  },
  {
    name: 'Karin Looström Muth',
    kind: 'tjansteperson',
    title: 'Hälso- och sjukvårdsutvecklingsdirektör',
    organisation: 'Västra Götalandsregionen',
    membership: {
      side: 'vgr',
      group: 'tjansteperson',
      role: 'direktor',
      roleTitle: 'hälso- och sjukvårdsutvecklingsdirektör',
    },
  },
  {
    name: 'Ann-Sofie Rundberg',
    kind: 'tjansteperson',
    organisation: 'Västra Götalandsregionen',
    membership: { side: 'vgr', group: 'tjansteperson', role: 'beredning', roleTitle: 'beredning VGR' },
  },
  {
    name: 'Åsa Jackson',
    kind: 'tjansteperson',
    organisation: 'Västra Götalandsregionen',
    membership: { side: 'vgr', group: 'tjansteperson', role: 'beredning', roleTitle: 'beredning VGR' },
  },
  {
    name: 'Jenny Nilsson',
    kind: 'tjansteperson',
    title: 'Processledare för nytt Hälso- och sjukvårdsavtal',
    organisation: 'Västra Götalandsregionen',
    membership: {
      side: 'vgr',
      group: 'tjansteperson',
      role: 'representant',
      roleTitle: 'processledare för nytt Hälso- och sjukvårdsavtal',
    },
  },
  {
    name: 'Rebecca Bretvold',
    kind: 'tjansteperson',
    title: 'Mötessekreterare',
    organisation: 'Västra Götalandsregionen',
    membership: { side: 'vgr', group: 'administration', role: 'sekreterare', roleTitle: 'Mötessekreterare VGR' },
  },
  // Invited guests and presenters, not members.
  { name: 'Magnus Kronvall', kind: 'tjansteperson', organisation: 'Västra Götalandsregionen' },
  { name: 'Theresa Larsen', kind: 'tjansteperson', organisation: 'Göteborgsregionen' },
  { name: 'Malin Spetz', kind: 'tjansteperson', organisation: 'Västra Götalandsregionen' },
  { name: 'Per Albertsson', kind: 'tjansteperson', organisation: 'Västra Götalandsregionen' },
  { name: 'Anders Kullbratt', kind: 'tjansteperson', organisation: 'Västra Götalandsregionen' },
]

/** Memberships of this term start with the 2023 term of office. */
export const MEMBERSHIP_START = '2023-01-01'
