/** The shapes the pure årshjul functions work on: plain data, no Payload. */
export type PlanStatus = 'planerad' | 'pa_dagordningen' | 'genomford' | 'flyttad' | 'struken'

export type WheelMeeting = {
  id: string
  /** Stockholm calendar date, YYYY-MM-DD. */
  date: string
  title: string
  kind: string
  cancelled?: boolean
  /** Length in minutes, when the meeting has an end time. */
  durationMinutes?: number | null
}

export type WheelTheme = { id: string; name: string; order: number; colour: string }

export type WheelPlanItem = {
  id: string
  title: string
  themeId: string | null
  meetingId: string | null
  /** When no meeting is set yet: "2026-01" (a month) or "2026-Q3" (a quarter). */
  period: string | null
  status: PlanStatus
  durationMinutes?: number | null
}
