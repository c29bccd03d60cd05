import { describe, expect, it } from 'vitest'

import fc from 'fast-check'

import { agendaOrder, computeTimePlan, minutesToClock, stockholmInstant, timesToPlan, type TimePlanItem } from '.'

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
      items: [
        item('a', 1, { durationMinutes: 45 }),
        item('b', 2, { durationMinutes: 20 }),
        item('c', 3, { durationMinutes: 5 }),
      ],
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
    const items = [
      item('p', 2),
      item('x', 1, { durationMinutes: 10 }),
      item('pb', 2, { parentId: 'p', durationMinutes: 5 }),
      item('pa', 1, { parentId: 'p', durationMinutes: 10 }),
    ]
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
    const plan = computeTimePlan({
      meetingStart: '2025-11-13T08:30:00Z',
      items: [item('a', 1, { durationMinutes: 0 }), item('b', 2, { durationMinutes: -5 })],
    })
    expect(plan.slots).toEqual([])
    expect(plan.endsAt).toBe('2025-11-13T08:30:00.000Z')
  })
})

describe('timesToPlan', () => {
  const printed = (start: string | null, end: string | null, durationMinutes: number | null) => ({
    start,
    end,
    durationMinutes,
  })

  it('pins a printed start the plan does not reach and an end the duration does not give', () => {
    expect(
      timesToPlan({
        date: '2025-11-13',
        meetingStart: '13:00',
        items: [printed(null, null, null), printed('13:05', '13:25', 20), printed('13:40', '14:00', 15)],
      }),
    ).toEqual([
      { startOverride: null, endOverride: null },
      { startOverride: '13:05', endOverride: null },
      { startOverride: '13:40', endOverride: '14:00' },
    ])
  })

  it('pins every printed start without a meeting start', () => {
    expect(timesToPlan({ date: '2025-11-13', meetingStart: null, items: [printed('09:00', null, 10)] })).toEqual([
      { startOverride: '09:00', endOverride: null },
    ])
  })
})

describe('time plan round trip', () => {
  it('should not end a parent before it starts when its pinned sub-items run out of order', () => {
    const meetingStart = stockholmInstant({ date: '2024-01-01', time: '06:00' })
    const item = (id: string, pins: Partial<TimePlanItem>): TimePlanItem => ({
      id,
      order: Number(id),
      durationMinutes: null,
      isPause: false,
      startOverride: null,
      endOverride: null,
      parentId: null,
      ...pins,
    })
    const plan = computeTimePlan({
      meetingStart,
      items: [
        item('1', { startOverride: '06:01' }),
        item('2', { endOverride: '06:00', parentId: '1' }),
        item('3', { startOverride: '06:00', endOverride: '06:00', parentId: '1' }),
      ],
    })
    const parent = plan.slots.find((slot) => slot.id === '1')!
    expect([parent.start, parent.end]).toEqual(['06:01', '06:01'])
  })

  // Pins are clock times on the meeting's day: keep every plan within it (start and pins by 16.00, at most 8 × 50 minutes after).
  const clock = fc.integer({ min: 6 * 60, max: 16 * 60 }).map(minutesToClock)
  const planItem = fc.record({
    durationMinutes: fc.option(fc.integer({ min: -5, max: 50 })),
    isPause: fc.boolean(),
    startOverride: fc.option(clock, { freq: 4 }),
    endOverride: fc.option(clock, { freq: 4 }),
    parent: fc.option(fc.nat(7), { freq: 3 }),
  })
  const plans = fc.record({
    // Any day, DST changes included; meetings start in the daytime.
    date: fc
      .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
      .map((day) => day.toISOString().slice(0, 10)),
    start: clock,
    items: fc.array(planItem, { maxLength: 8 }),
  })

  it('should give back the same item times from the pins it derives from them (plan → times → plan)', () => {
    fc.assert(
      fc.property(plans, ({ date, start, items }) => {
        const meetingStart = stockholmInstant({ date, time: start })
        // Sub-items (a, b, c) hang under an earlier top-level item; the plan runs in agenda order.
        const agenda: TimePlanItem[] = agendaOrder(
          items.map(({ parent, ...rest }, index) => ({
            id: String(index),
            order: index,
            parentId: parent !== null && parent < index && items[parent]?.parent === null ? String(parent) : null,
            ...rest,
          })),
        )
        const first = computeTimePlan({ meetingStart, items: agenda })
        const slotOf = new Map(first.slots.map((slot) => [slot.id, slot]))
        const times = agenda.map((entry) => ({
          start: slotOf.get(entry.id)?.start ?? null,
          end: slotOf.get(entry.id)?.end ?? null,
          durationMinutes: entry.durationMinutes,
        }))
        const pins = timesToPlan({ date, meetingStart: start, items: times })
        const second = computeTimePlan({
          meetingStart,
          items: agenda.map((entry, index) => ({ ...entry, ...pins[index] })),
        })
        const instants = (plan: typeof first) =>
          plan.slots.map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt }))
        expect(instants(second)).toEqual(instants(first))
      }),
    )
  })
})
