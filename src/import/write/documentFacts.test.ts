import { describe, expect, it } from 'vitest'

import { itemAtLine, milestonesText, swedishDateText, upcomingMeetingsText, yearPlanTable } from './documentFacts'

describe('facts written back into an item text', () => {
  it('should print an ISO date the Swedish way', () => {
    expect(swedishDateText('2024-01-18')).toBe('18 januari 2024')
  })

  it('should find the item a line belongs to', () => {
    const items = [{ line: 10 }, { line: 20 }, { line: 30 }]
    expect(itemAtLine(items, 25)).toBe(items[1])
    expect(itemAtLine(items, 5)).toBeNull()
  })

  it('should list a Tidsplan with each milestone as written', () => {
    expect(
      milestonesText([
        { label: 'Remisstid', date: '2026-02-28', dateText: 'till 28 februari 2026', itemNumber: '6', line: 1 },
      ]),
    ).toBe('Tidsplan:\n- Remisstid: till 28 februari 2026')
    expect(milestonesText([])).toBeNull()
  })

  it('should group meeting dates under the line that introduced them', () => {
    const meeting = (date: string, note: string) =>
      ({ date, kind: 'ordinarie', note, start: null, end: null, line: 1 }) as const
    expect(
      upcomingMeetingsText([
        meeting('2026-03-19', 'SRO-möte, kl. 13-15.30'),
        meeting('2026-06-04', 'SRO-möte, kl. 13-15.30'),
        meeting('2026-03-05', 'Avstämning med presidiet, kl. 8-9'),
      ]),
    ).toBe(
      'Mötestider 2026:\n\nSRO-möte, kl. 13-15.30\n- 19 mars 2026\n- 4 juni 2026\n\nAvstämning med presidiet, kl. 8-9\n- 5 mars 2026',
    )
  })

  it('should give a year plan as a table with its meetings as the header row', () => {
    expect(
      yearPlanTable({
        title: 'Årshjul 2026',
        columns: ['19 mars 2026', '4 juni 2026'],
        columnDates: ['2026-03-19', '2026-06-04'],
        rows: [{ cells: ['Psykisk hälsa', ''] }],
        itemNumber: '10',
        line: 1,
      }),
    ).toEqual({
      table: {
        title: 'Årshjul 2026',
        rows: [
          ['19 mars 2026', '4 juni 2026'],
          ['Psykisk hälsa', ''],
        ],
      },
    })
  })
})
