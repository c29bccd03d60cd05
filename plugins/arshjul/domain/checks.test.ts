import { describe, expect, it } from 'vitest'

import { overbookedMeetings, planWarnings, sameDayMeetings, themeGaps } from './checks'
import type { WheelMeeting, WheelPlanItem, WheelTheme } from './types'

const meeting = (id: string, date: string, extra: Partial<WheelMeeting> = {}): WheelMeeting => ({
  id,
  date,
  title: `SRO ${date}`,
  kind: 'ordinarie',
  ...extra,
})
const item = (
  id: string,
  meetingId: string | null,
  themeId: string,
  extra: Partial<WheelPlanItem> = {},
): WheelPlanItem => ({ id, title: id, themeId, meetingId, period: null, status: 'planerad', ...extra })
const themes: WheelTheme[] = [
  { id: 'a', name: 'Psykisk hälsa', order: 1, colour: '#000' },
  { id: 'b', name: 'Vårdinformationssystem', order: 2, colour: '#000' },
]

describe('plan checks', () => {
  it('warns about two meetings on one day, but not when one is cancelled', () => {
    expect(
      sameDayMeetings([meeting('1', '2026-03-19'), meeting('2', '2026-03-19', { title: 'Presidieavstämning' })]),
    ).toEqual([{ kind: 'same-day', message: '2 möten samma dag, 19 mars 2026: SRO 2026-03-19, Presidieavstämning.' }])
    expect(sameDayMeetings([meeting('1', '2026-03-19'), meeting('2', '2026-03-19', { cancelled: true })])).toEqual([])
  })

  it('warns when planned items need more time than the meeting has; struken items do not count', () => {
    const meetings = [meeting('1', '2026-03-19', { durationMinutes: 120 })]
    expect(
      overbookedMeetings(meetings, [
        item('x', '1', 'a', { durationMinutes: 90 }),
        item('y', '1', 'b', { durationMinutes: 45 }),
      ]),
    ).toHaveLength(1)
    expect(
      overbookedMeetings(meetings, [
        item('x', '1', 'a', { durationMinutes: 90 }),
        item('y', '1', 'b', { durationMinutes: 45, status: 'struken' }),
      ]),
    ).toEqual([])
    expect(overbookedMeetings([meeting('1', '2026-03-19')], [item('x', '1', 'a', { durationMinutes: 900 })])).toEqual(
      [],
    )
  })

  it('warns about a theme with nothing at the next two meetings', () => {
    const meetings = [
      meeting('past', '2025-11-13'),
      meeting('1', '2026-03-19'),
      meeting('2', '2026-06-04'),
      meeting('3', '2026-09-24'),
    ]
    const items = [item('x', '2', 'a'), item('y', '3', 'b'), item('z', 'past', 'b')]
    const gaps = themeGaps(themes, meetings, items, '2026-01-10')
    expect(gaps.map((gap) => gap.message)).toEqual([
      'Temat Vårdinformationssystem har inget planerat på de två kommande mötena (19 mars 2026, 4 juni 2026).',
    ])
    expect(themeGaps(themes, meetings, items, '2027-01-01')).toEqual([])
  })

  it('collects every warning', () => {
    expect(
      planWarnings({
        themes,
        meetings: [meeting('1', '2026-03-19')],
        items: [item('x', '1', 'a'), item('y', '1', 'b')],
        today: '2026-01-01',
      }),
    ).toEqual([])
  })
})
