import { stockholmDate } from './time'

const MEETING_SLUG = /^\d{4}-\d{2}-\d{2}(-[2-9]|-[1-9]\d+)?$/

/** `2025-11-13` from the Stockholm date; `2025-11-13-2`, `-3` … when meetings share the date. */
export function meetingSlug({
  startsAt,
  takenSlugs,
}: {
  startsAt: Date | string
  takenSlugs: readonly string[]
}): string {
  const base = stockholmDate(startsAt)
  const taken = new Set(takenSlugs)
  if (!taken.has(base)) return base
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

export function isMeetingSlug(value: string): boolean {
  return MEETING_SLUG.test(value)
}
