/** Checks on the plan that warn and never block: what a planner would want pointed out. */
import { dateLabel } from './periods'
import type { WheelMeeting, WheelPlanItem, WheelTheme } from './types'

export type PlanWarning = { kind: 'same-day' | 'overbooked' | 'theme-gap'; message: string }

/** Two meetings (not cancelled) on the same day. */
export function sameDayMeetings(meetings: WheelMeeting[]): PlanWarning[] {
  const byDate = new Map<string, WheelMeeting[]>()
  for (const meeting of meetings.filter((candidate) => !candidate.cancelled))
    byDate.set(meeting.date, [...(byDate.get(meeting.date) ?? []), meeting])
  return [...byDate.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([date, list]) => ({
      kind: 'same-day' as const,
      message: `${list.length} möten samma dag, ${dateLabel(date)}: ${list.map((meeting) => meeting.title).join(', ')}.`,
    }))
}

/** Meetings whose planned items (not struken) need more minutes than the meeting has. */
export function overbookedMeetings(meetings: WheelMeeting[], items: WheelPlanItem[]): PlanWarning[] {
  const warnings: PlanWarning[] = []
  for (const meeting of meetings) {
    if (!meeting.durationMinutes || meeting.cancelled) continue
    const planned = items
      .filter((item) => item.meetingId === meeting.id && item.status !== 'struken')
      .reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0)
    if (planned > meeting.durationMinutes) {
      warnings.push({
        kind: 'overbooked',
        message: `${meeting.title}: planerade punkter tar ${planned} minuter, mötet är ${meeting.durationMinutes} minuter.`,
      })
    }
  }
  return warnings
}

/** Themes with nothing planned at the next two meetings after `today`. */
export function themeGaps(
  themes: WheelTheme[],
  meetings: WheelMeeting[],
  items: WheelPlanItem[],
  today: string,
): PlanWarning[] {
  const coming = meetings
    .filter((meeting) => !meeting.cancelled && meeting.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 2)
  if (coming.length === 0) return []
  const comingIds = new Set(coming.map((meeting) => meeting.id))
  return themes
    .filter(
      (theme) =>
        !items.some(
          (item) =>
            item.themeId === theme.id &&
            item.meetingId !== null &&
            comingIds.has(item.meetingId) &&
            item.status !== 'struken',
        ),
    )
    .map((theme) => ({
      kind: 'theme-gap' as const,
      message: `Temat ${theme.name} har inget planerat på de ${coming.length === 1 ? 'kommande mötet' : 'två kommande mötena'} (${coming.map((meeting) => dateLabel(meeting.date)).join(', ')}).`,
    }))
}

export function planWarnings(args: {
  themes: WheelTheme[]
  meetings: WheelMeeting[]
  items: WheelPlanItem[]
  today: string
}): PlanWarning[] {
  return [
    ...sameDayMeetings(args.meetings),
    ...overbookedMeetings(args.meetings, args.items),
    ...themeGaps(args.themes, args.meetings, args.items, args.today),
  ]
}
