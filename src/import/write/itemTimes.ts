/** Which agenda items need a manual start or end time so the time plan shows the times the document printed. Pure. */
import type { ParsedAgendaItem } from '../schema'

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

export type ItemTimes = { startOverride: string | null; endOverride: string | null }

/**
 * Manual start/end times for the items whose printed time differs from what the time plan gives
 * (each item starting where the previous one ended, from the meeting's start). Mirrors `computeTimePlan`:
 * an item without a duration takes no time; a printed start after a gap, e.g. after untimed items or
 * a break that is not on the agenda, becomes a start override.
 */
export function planItemTimes(
  meetingStart: string | null,
  items: readonly Pick<ParsedAgendaItem, 'start' | 'end' | 'durationMinutes'>[],
): ItemTimes[] {
  let cursor: number | null = meetingStart ? toMinutes(meetingStart) : null
  return items.map((item) => {
    const duration = item.durationMinutes && item.durationMinutes > 0 ? item.durationMinutes : 0
    let startOverride: string | null = null
    let start = cursor
    if (item.start) {
      start = toMinutes(item.start)
      if (cursor === null || start !== cursor) startOverride = item.start
    }
    let finish: number | null = duration && start !== null ? start + duration : null
    let endOverride: string | null = null
    if (item.end && (finish === null || toMinutes(item.end) !== finish)) {
      endOverride = item.end
      finish = toMinutes(item.end)
    }
    if (finish === null) {
      if (startOverride) cursor = start
    } else cursor = finish
    return { startOverride, endOverride }
  })
}
