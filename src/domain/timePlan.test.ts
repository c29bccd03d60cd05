import { describe, expect, it } from 'vitest'

import { agendaOrder, computeTimePlan, type TimePlanItem } from './timePlan'

const item = (id: string, order: number, rest: Partial<TimePlanItem> = {}): TimePlanItem => ({ id, order, ...rest })

describe('computeTimePlan', () => {
  it('reproduces the time plan printed in the 2025-08-21 kallelse', () => {
    // 13.30–15.30; items 1–3 have no duration, item 4 is printed as 13.35–14.15, a pause follows item 5.
    const plan = computeTimePlan({
      meetingStart: '2025-08-21T11:30:00Z',
      meetingEnd: '2025-08-21T13:30:00Z',
      items: [
        item('1', 1),
        item('2', 2),
        item('3', 3),
        item('4', 4, { durationMinutes: 40, startOverride: '13:35' }),
        item('5', 5, { durationMinutes: 10 }),
        item('paus', 6, { durationMinutes: 10, isPause: true }),
        item('6', 7, { durationMinutes: 10 }),
        item('7', 8, { durationMinutes: 10 }),
        item('8', 9, { durationMinutes: 20 }),
        item('9', 10, { durationMinutes: 15 }),
        item('10', 11),
      ],
    })
    expect(plan.slots.map((slot) => [slot.id, slot.start, slot.end])).toEqual([
      ['4', '13:35', '14:15'],
      ['5', '14:15', '14:25'],
      ['paus', '14:25', '14:35'],
      ['6', '14:35', '14:45'],
      ['7', '14:45', '14:55'],
      ['8', '14:55', '15:15'],
      ['9', '15:15', '15:30'],
    ])
    expect(plan.overruns).toEqual([])
    expect(plan.endsAt).toBe('2025-08-21T13:30:00.000Z')
  })

  it('reports the items that run past the meeting end', () => {
    const plan = computeTimePlan({
      meetingStart: '2025-11-13T08:30:00Z',
      meetingEnd: '2025-11-13T09:30:00Z',
      items: [item('a', 1, { durationMinutes: 45 }), item('b', 2, { durationMinutes: 20 }), item('c', 3, { durationMinutes: 5 })],
    })
    expect(plan.overruns).toEqual(['b', 'c'])
    expect(plan.slots.find((slot) => slot.id === 'b')).toMatchObject({ start: '10:15', end: '10:35', isOverrun: true })
  })

  it('honours a manual end and keeps the plan going from it', () => {
    const plan = computeTimePlan({
      meetingStart: '2025-11-13T08:30:00Z',
      items: [item('a', 1, { durationMinutes: 30, endOverride: '10:15' }), item('b', 2, { durationMinutes: 15 })],
    })
    expect(plan.slots.map((slot) => [slot.start, slot.end, slot.isOverride])).toEqual([
      ['09:30', '10:15', true],
      ['10:15', '10:30', false],
    ])
  })

  it('places sub-items after their parent and lets a parent span them', () => {
    const items = [item('p', 2), item('x', 1, { durationMinutes: 10 }), item('pb', 2, { parentId: 'p', durationMinutes: 5 }), item('pa', 1, { parentId: 'p', durationMinutes: 10 })]
    expect(agendaOrder(items).map((entry) => entry.id)).toEqual(['x', 'p', 'pa', 'pb'])
    const plan = computeTimePlan({ meetingStart: '2025-11-13T08:30:00Z', items })
    expect(plan.slots.map((slot) => [slot.id, slot.start, slot.end])).toEqual([
      ['x', '09:30', '09:40'],
      ['p', '09:40', '09:55'],
      ['pa', '09:40', '09:50'],
      ['pb', '09:50', '09:55'],
    ])
  })

  it('gives no slot to items without time and treats a negative duration as none', () => {
    const plan = computeTimePlan({ meetingStart: '2025-11-13T08:30:00Z', items: [item('a', 1, { durationMinutes: 0 }), item('b', 2, { durationMinutes: -5 })] })
    expect(plan.slots).toEqual([])
    expect(plan.endsAt).toBe('2025-11-13T08:30:00.000Z')
  })
})
