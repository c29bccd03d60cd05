/** Durations between instants: real elapsed minutes, so a plan across a DST change stays right. */
import { type Instant, toDate } from './zone'

/** The instant `minutes` after `instant`. (For wall-clock arithmetic on "HH:MM" see `addClockMinutes`.) */
export function addMinutes(instant: Instant, minutes: number): Date {
  return new Date(toDate(instant).getTime() + minutes * 60_000)
}

/** Whole minutes from `start` to `end` (negative when `end` is earlier). */
export function minutesBetween(start: Instant, end: Instant): number {
  return Math.round((toDate(end).getTime() - toDate(start).getTime()) / 60_000)
}
