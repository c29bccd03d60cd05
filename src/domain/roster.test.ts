import { describe, expect, it } from 'vitest'

import {
  type CalledRow,
  calledRoster,
  formatRosterLine,
  isMembershipValidOn,
  membersOn,
  type RosterMembership,
  rosterOn,
} from './roster'

const member = (id: string, rest: Partial<RosterMembership>): RosterMembership => ({
  id,
  personName: id,
  side: 'vgk',
  group: 'kommunpolitiker',
  role: 'ledamot',
  ...rest,
})

describe('roster', () => {
  const memberships = [
    member('Rebecca Bretvold', {
      side: 'vgr',
      group: 'administration',
      role: 'sekreterare',
      roleTitle: 'Mötessekreterare VGR',
    }),
    member('Helen Eliasson', {
      side: 'vgr',
      group: 'regionpolitiker',
      role: 'ordforande',
      party: 'S',
      roleTitle: 'ordförande Regionstyrelsen',
      sortOrder: 1,
    }),
    member('Marina Johansson', {
      party: 'S',
      role: 'vice_ordforande',
      organisationName: 'Göteborgsregionen',
      sortOrder: 2,
    }),
    member('Miguel Odhner', { party: 'S', organisationName: 'Göteborgsregionen', sortOrder: 1 }),
    member('Kristina Lännergren', { group: 'tjansteperson', role: 'direktor', roleTitle: 'direktör Västkom' }),
    member('Sebastian Aronsson', { side: 'vgr', group: 'adjungerad', role: 'adjungerad', party: 'S' }),
    member('Left in 2024', { endDate: '2024-12-31' }),
    member('Starts 2026', { startDate: '2026-01-01T12:00:00.000Z' }),
  ]

  it('groups the members valid on a date the way the kallelse prints them', () => {
    const roster = rosterOn(memberships, '2025-11-13')
    expect(
      roster.map((section) => [
        section.side,
        section.groups.map((group) => [group.label, group.members.map((m) => m.personName)]),
      ]),
    ).toEqual([
      [
        'vgk',
        [
          ['Kommunpolitiker', ['Miguel Odhner', 'Marina Johansson']],
          ['Tjänstepersoner', ['Kristina Lännergren']],
        ],
      ],
      [
        'vgr',
        [
          ['Regionpolitiker', ['Helen Eliasson']],
          ['Adjungerade', ['Sebastian Aronsson']],
          ['Administration', ['Rebecca Bretvold']],
        ],
      ],
    ])
  })

  it('includes both the first and the last day of a membership', () => {
    expect(isMembershipValidOn({ startDate: '2025-01-01', endDate: '2025-12-31' }, '2025-01-01')).toBe(true)
    expect(isMembershipValidOn({ startDate: '2025-01-01', endDate: '2025-12-31' }, '2025-12-31')).toBe(true)
    expect(isMembershipValidOn({ startDate: '2025-01-01', endDate: '2025-12-31' }, '2026-01-01')).toBe(false)
    expect(
      rosterOn(memberships, '2026-02-01').flatMap((s) => s.groups.flatMap((g) => g.members.map((m) => m.personName))),
    ).toContain('Starts 2026')
  })

  it('prints a line with party, title and the chair roles', () => {
    expect(formatRosterLine(memberships[2]!)).toBe('Marina Johansson (S), Göteborgsregionen, vice ordförande')
    expect(formatRosterLine(memberships[1]!)).toBe('Helen Eliasson (S), ordförande Regionstyrelsen, ordförande')
    expect(formatRosterLine(memberships[4]!)).toBe('Kristina Lännergren, direktör Västkom')
  })

  it('prints a role the document gives as the only word after the name ("…, sekreterare"), not beside a title', () => {
    const secretary = member('s', { personName: 'Johanna Karlsson Deucher', role: 'sekreterare' })
    expect(formatRosterLine(secretary)).toBe('Johanna Karlsson Deucher, sekreterare')
    expect(formatRosterLine({ ...secretary, roleTitle: 'Mötessekreterare VGR' })).toBe(
      'Johanna Karlsson Deucher, Mötessekreterare VGR',
    )
  })
})

describe('calledRoster', () => {
  const rows: CalledRow[] = [
    {
      name: 'Helén Eliasson',
      party: 'S',
      side: 'vgr',
      group: 'regionpolitiker',
      role: 'ordforande',
      roleTitle: 'ordförande Regionstyrelsen',
    },
    {
      name: 'Peter Eriksson',
      party: 'M',
      side: 'vgk',
      group: 'kommunpolitiker',
      organisationName: 'Fyrbodalsregionen',
    },
    {
      name: 'Anna Ersättare',
      party: 'S',
      side: 'vgk',
      group: 'kommunpolitiker',
      organisationName: 'Skaraborg',
      isSubstitute: true,
    },
    { name: 'Dan Nyberg', party: 'S', side: 'vgk', group: 'kommunpolitiker', organisationName: 'Fyrbodalsregionen' },
    { name: ' ', side: 'vgk', group: 'kommunpolitiker' },
  ]

  it('should group the rows as printed, keeping the written order and names', () => {
    const roster = calledRoster(rows)
    expect(
      roster.map((section) => [section.side, section.groups.map((group) => group.members.map(formatRosterLine))]),
    ).toEqual([
      [
        'vgk',
        [
          [
            'Peter Eriksson (M), Fyrbodalsregionen',
            'Dan Nyberg (S), Fyrbodalsregionen',
            'Anna Ersättare (S), Skaraborg, ersättare',
          ],
        ],
      ],
      ['vgr', [['Helén Eliasson (S), ordförande Regionstyrelsen, ordförande']]],
    ])
  })

  it('should be empty for a meeting without a list', () => {
    expect(calledRoster([])).toEqual([])
  })
})

describe('membersOn', () => {
  it('should give the memberships valid on the day in print order', () => {
    const memberships = [
      member('Rebecca Bretvold', { side: 'vgr', group: 'administration' }),
      member('Miguel Odhner', { sortOrder: 1 }),
      member('Left in 2024', { endDate: '2024-12-31' }),
    ]
    expect(membersOn(memberships, '2025-11-13').map((row) => row.id)).toEqual(['Miguel Odhner', 'Rebecca Bretvold'])
  })
})
