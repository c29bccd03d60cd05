import { describe, expect, it } from 'vitest'

import { timesToPlan } from '.'

describe('timesToPlan on the printed SRO documents', () => {
  const DAY = '2025-11-13'
  const item = (start: string | null, end: string | null, durationMinutes: number | null) => ({
    start,
    end,
    durationMinutes,
  })

  it('pins the first timed item after untimed ones and a start after a gap (2025-11-13)', () => {
    const items = [
      item(null, null, null), // 1
      item(null, null, null), // a
      item(null, null, null), // b
      item(null, null, null), // 2
      item(null, null, null), // 3
      item('13:05', '13:25', 20), // 4
      item('13:25', '13:40', 15), // 5
      item('13:40', '13:50', 10), // 6
      item('14:05', '14:10', 5), // 7: after an unlisted break
      item('14:10', '14:30', 20), // 8
      item('14:30', '14:40', 10), // 9
      item(null, null, null), // 10
    ]
    expect(timesToPlan({ date: DAY, meetingStart: '13:00', items }).map((times) => times.startOverride)).toEqual([
      null,
      null,
      null,
      null,
      null,
      '13:05',
      null,
      null,
      '14:05',
      null,
      null,
      null,
    ])
    expect(timesToPlan({ date: DAY, meetingStart: '13:00', items }).every((times) => times.endOverride === null)).toBe(
      true,
    )
  })

  it('follows a listed pause without overrides (2025-08-21)', () => {
    const items = [
      item(null, null, null),
      item('13:35', '14:15', 40),
      item('14:15', '14:25', 10),
      item('14:25', '14:35', 10),
      item('14:35', '14:45', 10),
    ]
    expect(timesToPlan({ date: DAY, meetingStart: '13:30', items })).toEqual([
      { startOverride: null, endOverride: null },
      { startOverride: '13:35', endOverride: null },
      { startOverride: null, endOverride: null },
      { startOverride: null, endOverride: null },
      { startOverride: null, endOverride: null },
    ])
  })

  it('pins an end that the duration does not give, and needs nothing for durations alone', () => {
    expect(timesToPlan({ date: DAY, meetingStart: '13:00', items: [item('13:00', '13:30', 20)] })).toEqual([
      { startOverride: null, endOverride: '13:30' },
    ])
    expect(
      timesToPlan({ date: DAY, meetingStart: '12:30', items: [item(null, null, 40), item(null, null, 15)] }),
    ).toEqual([
      { startOverride: null, endOverride: null },
      { startOverride: null, endOverride: null },
    ])
    expect(timesToPlan({ date: DAY, meetingStart: null, items: [item('09:00', null, 10)] })).toEqual([
      { startOverride: '09:00', endOverride: null },
    ])
  })
})
