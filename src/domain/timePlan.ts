import { addMinutes, stockholmDate, stockholmInstant, stockholmTime } from './time'

export type TimePlanItem = {
  id: string
  order: number
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

/** Agenda order: top-level items by `order`, each followed by its sub-items (a, b, c) by `order`. */
export function agendaOrder<T extends Pick<TimePlanItem, 'id' | 'order' | 'parentId'>>(items: readonly T[]): T[] {
  const ids = new Set(items.map((item) => item.id))
  const byOrder = (a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id)
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
  meetingStart: Date | string
  meetingEnd?: Date | string | null
  items: readonly TimePlanItem[]
}): TimePlan {
  const day = stockholmDate(meetingStart)
  const atTime = (time: string) => stockholmInstant({ date: day, time })
  const end = meetingEnd ? new Date(meetingEnd) : null
  let cursor = new Date(meetingStart)
  const slots = new Map<string, TimeSlot>()
  const ordered = agendaOrder(items)

  for (const item of ordered) {
    const duration = item.durationMinutes && item.durationMinutes > 0 ? item.durationMinutes : 0
    const start = item.startOverride ? atTime(item.startOverride) : cursor
    let finish: Date | null = item.endOverride ? atTime(item.endOverride) : duration ? addMinutes(start, duration) : null
    if (finish && finish < start) finish = start
    if (!finish) {
      if (item.startOverride) cursor = start
      continue
    }
    slots.set(item.id, toSlot(item.id, start, finish, Boolean(item.startOverride || item.endOverride), end))
    cursor = finish
  }

  // Parents without their own time span their sub-items.
  for (const item of ordered) {
    if (slots.has(item.id)) continue
    const childSlots = ordered.filter((other) => other.parentId === item.id).map((child) => slots.get(child.id)).filter((slot): slot is TimeSlot => Boolean(slot))
    if (childSlots.length === 0) continue
    const first = childSlots[0]!
    const last = childSlots[childSlots.length - 1]!
    slots.set(item.id, toSlot(item.id, new Date(first.startsAt), new Date(last.endsAt), false, end))
  }

  const orderedSlots = ordered.map((item) => slots.get(item.id)).filter((slot): slot is TimeSlot => Boolean(slot))
  const lastEnd = orderedSlots.reduce((latest, slot) => (new Date(slot.endsAt) > latest ? new Date(slot.endsAt) : latest), new Date(meetingStart))
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
