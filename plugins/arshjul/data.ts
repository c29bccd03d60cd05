/** Reads a year's plan through the Local API, as staff or — with `asVisitor` — with the public's access rules. */
import type { Payload } from 'payload'

import { PLAN_ITEMS_SLUG } from './collections/planItems'
import { THEMES_SLUG } from './collections/themes'
import type { ArshjulOptions } from './options'
import type { PlanStatus, WheelMeeting, WheelPlanItem, WheelTheme } from './domain/types'
import { idOf } from './ids'
import { stockholmDate } from './domain/stockholmDate'

export type PlanMeeting = WheelMeeting & { slug: string | null; startsAt: string; endsAt: string | null }
export type PlanItemView = WheelPlanItem & { needsAttention: boolean; attentionNote: string | null; agendaItemId: string | null; handling: string[] }
export type YearPlan = { year: number; meetings: PlanMeeting[]; themes: WheelTheme[]; items: PlanItemView[] }

type MeetingDoc = { id: string; slug?: string | null; title?: string | null; kind?: string | null; state?: string | null; startsAt: string; endsAt?: string | null }

function toMeeting(doc: MeetingDoc): PlanMeeting {
  const minutes = doc.endsAt ? Math.round((Date.parse(doc.endsAt) - Date.parse(doc.startsAt)) / 60_000) : null
  return {
    id: String(doc.id),
    slug: doc.slug ?? null,
    date: stockholmDate(doc.startsAt),
    title: doc.title ?? '',
    kind: doc.kind ?? 'ordinarie',
    cancelled: doc.state === 'cancelled',
    durationMinutes: minutes && minutes > 0 ? minutes : null,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt ?? null,
  }
}

export async function loadYearPlan(payload: Payload, options: ArshjulOptions, { year, asVisitor }: { year: number; asVisitor: boolean }): Promise<YearPlan> {
  const access = { overrideAccess: !asVisitor, depth: 0, pagination: false as const }
  // A few days either side: a meeting late on 31 December UTC is still in the Stockholm year.
  const from = new Date(Date.UTC(year - 1, 11, 31)).toISOString()
  const to = new Date(Date.UTC(year + 1, 0, 2)).toISOString()
  const [meetings, themes, items] = await Promise.all([
    payload.find({ collection: options.collections.meetings as never, where: { and: [{ startsAt: { greater_than_equal: from } }, { startsAt: { less_than: to } }] }, sort: 'startsAt', ...access }),
    payload.find({ collection: THEMES_SLUG as never, sort: 'order', ...access }),
    payload.find({ collection: PLAN_ITEMS_SLUG as never, where: { year: { equals: year } }, sort: 'createdAt', ...access }),
  ])
  return {
    year,
    meetings: (meetings.docs as unknown as MeetingDoc[]).map(toMeeting).filter((meeting) => meeting.date.startsWith(`${year}-`)),
    themes: (themes.docs as unknown as { id: string; name: string; order?: number | null; colour?: string | null }[]).map((theme) => ({
      id: String(theme.id),
      name: theme.name,
      order: theme.order ?? 0,
      colour: theme.colour ?? '#1f5f8b',
    })),
    items: (items.docs as unknown as Record<string, unknown>[]).map((doc) => ({
      id: String(doc.id),
      title: String(doc.title ?? ''),
      themeId: idOf(doc.theme),
      meetingId: idOf(doc.meeting),
      period: (doc.period as string | null) ?? null,
      status: (doc.status as PlanStatus) ?? 'planerad',
      durationMinutes: (doc.durationMinutes as number | null) ?? null,
      needsAttention: Boolean(doc.needsAttention),
      attentionNote: (doc.attentionNote as string | null) ?? null,
      agendaItemId: idOf(doc.agendaItem),
      handling: (doc.handling as string[] | null) ?? [],
    })),
  }
}

/** The next `count` meetings from `today` with the themes planned for them (public: published plans only). */
export async function loadUpcoming(payload: Payload, options: ArshjulOptions, { today, count = 3 }: { today: string; count?: number }) {
  const year = Number(today.slice(0, 4))
  const plans = await Promise.all([loadYearPlan(payload, options, { year, asVisitor: true }), loadYearPlan(payload, options, { year: year + 1, asVisitor: true })])
  const themes = new Map(plans.flatMap((plan) => plan.themes).map((theme) => [theme.id, theme]))
  const items = plans.flatMap((plan) => plan.items)
  return plans
    .flatMap((plan) => plan.meetings)
    .filter((meeting) => meeting.date >= today && !meeting.cancelled)
    .slice(0, count)
    .map((meeting) => ({
      meeting,
      items: items
        .filter((item) => item.meetingId === meeting.id && item.status !== 'struken')
        .map((item) => ({ ...item, theme: item.themeId ? (themes.get(item.themeId) ?? null) : null })),
    }))
}
