/**
 * A meeting's time plan, in both directions: plan → item times (`computeTimePlan`, what the site shows) and item
 * times → plan (`timesToPlan`, the pins the importer stores so the plan shows the times a document printed). Both
 * place each item with the one rule in `placeItem`.
 */
import { compareAgendaItems } from '../agendaOrder'
import { addMinutes } from './duration'
import { type Instant, stockholmDate, stockholmInstant, stockholmTime } from './zone'

export type TimePlanItem = {
  id: string
  order?: number | null
  /** "4", "a": breaks a tie in `order` (see compareAgendaItems). */
  number?: string | null
  parentId?: string | null
  durationMinutes?: number | null
  isPause?: boolean
  /** "HH:MM" Stockholm time; pins the item's start (the plan continues from there). */
  startOverride?: string | null
  /** "HH:MM" Stockholm time; pins the item's end. */
  endOverride?: string | null
}

export type TimeSlot = {
  id: string
  start: string
  end: string
  startsAt: string
  endsAt: string
  isOverride: boolean
  /** The slot ends after the meeting's planned end. */
  isOverrun: boolean
}

export type TimePlan = {
  slots: TimeSlot[]
  /** Ids of the items that run past the meeting's end, in agenda order. */
  overruns: string[]
  /** When the last planned item ends. */
  endsAt: string
}

/** Agenda order: top-level items by `order`, each followed by its sub-items (a, b, c) by `order`; ties by number. */
export function agendaOrder<T extends Pick<TimePlanItem, 'id' | 'order' | 'parentId' | 'number'>>(
  items: readonly T[],
): T[] {
  const ids = new Set(items.map((item) => item.id))
  const byOrder = compareAgendaItems
  const children = new Map<string, T[]>()
  const roots: T[] = []
  for (const item of items) {
    // A sub-item whose parent is missing is shown at the top level rather than dropped.
    if (item.parentId && ids.has(item.parentId) && item.parentId !== item.id) {
      children.set(item.parentId, [...(children.get(item.parentId) ?? []), item])
    } else roots.push(item)
  }
  const ordered: T[] = []
  const visit = (item: T, depth: number) => {
    ordered.push(item)
    if (depth > 3) return
    for (const child of (children.get(item.id) ?? []).sort(byOrder)) visit(child, depth + 1)
  }
  for (const root of roots.sort(byOrder)) visit(root, 0)
  return ordered
}

/**
 * The time plan of a meeting: each item starts where the previous one ended, pauses included.
 * Items without a duration (opening, "övrig information") take no time and get no slot,
 * unless a manual start/end pins them. A parent without its own duration spans its sub-items.
 */
export function computeTimePlan({
  meetingStart,
  meetingEnd,
  items,
}: {
  meetingStart: Instant
  meetingEnd?: Instant | null
  items: readonly TimePlanItem[]
}): TimePlan {
  const day = stockholmDate(meetingStart)
  const atTime = (time: string) => stockholmInstant({ date: day, time })
  const end = meetingEnd ? new Date(meetingEnd) : null
  let cursor = new Date(meetingStart)
  const slots = new Map<string, TimeSlot>()
  const ordered = agendaOrder(items)

  for (const item of ordered) {
    const placed = placeItem({
      cursor,
      durationMinutes: item.durationMinutes,
      start: item.startOverride ? atTime(item.startOverride) : null,
      end: item.endOverride ? atTime(item.endOverride) : null,
    })
    cursor = placed.cursor
    if (placed.finish)
      slots.set(
        item.id,
        toSlot(item.id, placed.start, placed.finish, Boolean(item.startOverride || item.endOverride), end),
      )
  }

  // Parents without their own time span their sub-items.
  for (const item of ordered) {
    if (slots.has(item.id)) continue
    const childSlots = ordered
      .filter((other) => other.parentId === item.id)
      .map((child) => slots.get(child.id))
      .filter((slot): slot is TimeSlot => Boolean(slot))
    if (childSlots.length === 0) continue
    // From the first sub-item's start to the latest end: pinned sub-items may run out of order, and a span never
    // ends before it starts.
    const start = new Date(childSlots[0]!.startsAt)
    const finish = childSlots.reduce(
      (latest, slot) => (new Date(slot.endsAt) > latest ? new Date(slot.endsAt) : latest),
      start,
    )
    slots.set(item.id, toSlot(item.id, start, finish, false, end))
  }

  const orderedSlots = ordered.map((item) => slots.get(item.id)).filter((slot): slot is TimeSlot => Boolean(slot))
  const lastEnd = orderedSlots.reduce(
    (latest, slot) => (new Date(slot.endsAt) > latest ? new Date(slot.endsAt) : latest),
    new Date(meetingStart),
  )
  return {
    slots: orderedSlots,
    overruns: orderedSlots.filter((slot) => slot.isOverrun).map((slot) => slot.id),
    endsAt: lastEnd.toISOString(),
  }
}

function toSlot(id: string, start: Date, finish: Date, isOverride: boolean, meetingEnd: Date | null): TimeSlot {
  return {
    id,
    start: stockholmTime(start),
    end: stockholmTime(finish),
    startsAt: start.toISOString(),
    endsAt: finish.toISOString(),
    isOverride,
    isOverrun: meetingEnd ? finish > meetingEnd : false,
  }
}

type Placed = { start: Date; finish: Date | null; cursor: Date }

/**
 * The one placement rule: an item starts at its pinned start or where the plan stands (`cursor`) and ends at its
 * pinned end or after its duration; without either it takes no time (a pinned start still moves the plan there).
 * An end before the start is read as the start.
 */
function placeItem({
  cursor,
  durationMinutes,
  start,
  end,
}: {
  cursor: Date
  durationMinutes?: number | null
  start: Date | null
  end: Date | null
}): Placed {
  const duration = durationMinutes && durationMinutes > 0 ? durationMinutes : 0
  const from = start ?? cursor
  let finish = end ?? (duration ? addMinutes(from, duration) : null)
  if (finish && finish < from) finish = from
  return { start: from, finish, cursor: finish ?? (start ? from : cursor) }
}

/** An item's times as a document prints them ("HH:MM" Stockholm time, or null), in agenda order. */
export type PrintedTimes = { start: string | null; end: string | null; durationMinutes?: number | null }

/** The pins an item needs so the plan gives its printed times. */
export type ItemPins = { startOverride: string | null; endOverride: string | null }

const sameInstant = (a: Date | null, b: Date | null) => a !== null && b !== null && a.getTime() === b.getTime()

/**
 * Item times → plan: the fewest manual start/end times (pins) with which `computeTimePlan` shows the printed times.
 * A printed start the plan would not reach (after untimed items, or after a break that is not on the agenda) and an
 * end the duration does not give become pins. Without a meeting start every printed start is a pin.
 */
export function timesToPlan({
  date,
  meetingStart,
  items,
}: {
  date: string
  meetingStart: string | null
  items: readonly PrintedTimes[]
}): ItemPins[] {
  const atTime = (time: string) => stockholmInstant({ date, time })
  let cursor: Date | null = meetingStart ? atTime(meetingStart) : null
  return items.map((item) => {
    const printedStart = item.start ? atTime(item.start) : null
    const startOverride = item.start && !sameInstant(printedStart, cursor) ? item.start : null
    const from = startOverride ? printedStart : cursor
    if (!from) {
      // No meeting start and no printed start: only a printed end places the item.
      cursor = item.end ? atTime(item.end) : null
      return { startOverride, endOverride: item.end }
    }
    const unpinnedEnd = placeItem({
      cursor: from,
      durationMinutes: item.durationMinutes,
      start: from,
      end: null,
    }).finish
    const printedEnd = item.end ? atTime(item.end) : null
    const endOverride = item.end && !sameInstant(printedEnd, unpinnedEnd) ? item.end : null
    cursor = placeItem({
      cursor: from,
      durationMinutes: item.durationMinutes,
      start: startOverride ? from : null,
      end: endOverride ? printedEnd : null,
    }).cursor
    return { startOverride, endOverride }
  })
}
