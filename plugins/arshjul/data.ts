/** Reads a year's plan through the Local API, as staff or — with `asVisitor` — with the public's access rules. */
import type { Payload } from 'payload'

import { PLAN_ITEMS_SLUG } from './collections/planItems'
import { THEMES_SLUG } from './collections/themes'
import type { WheelMeeting, WheelPlanItem, WheelTheme } from './domain/types'
import { zonedDate } from './domain/zonedDate'
import { fieldOf, hostCollection, idOf, textOf } from './host'
import type { ArshjulOptions, MeetingsOptions } from './options'

export type PlanMeeting = WheelMeeting & {
  slug: string | null
  startsAt: string
  endsAt: string | null
  /** Shown after the date, e.g. "presidieavstämning" (option `meetings.kindNotes`). */
  note: string | null
  /** The meeting's public page (option `meetings.publicPath`), or null. */
  href: string | null
}
export type PlanItemView = WheelPlanItem & {
  needsAttention: boolean
  attentionNote: string | null
  agendaItemId: string | null
  handling: string[]
}
export type YearPlan = { year: number; meetings: PlanMeeting[]; themes: WheelTheme[]; items: PlanItemView[] }
export type UpcomingMeeting = { meeting: PlanMeeting; items: (PlanItemView & { theme: WheelTheme | null })[] }

/** A host meeting read by the field names the options give. */
export function toPlanMeeting({
  doc,
  meetings,
  timeZone,
}: {
  doc: { id: string | number }
  meetings: MeetingsOptions
  timeZone: string
}): PlanMeeting | null {
  const { fields } = meetings
  const startsAt = textOf(fieldOf(doc, fields.startsAt))
  if (!startsAt) return null
  const endsAt = textOf(fieldOf(doc, fields.endsAt))
  const slug = textOf(fieldOf(doc, fields.slug))
  const kind = textOf(fieldOf(doc, fields.kind)) ?? ''
  const minutes = endsAt ? Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000) : null
  const id = String(doc.id)
  return {
    id,
    slug,
    date: zonedDate({ value: startsAt, timeZone }),
    title: textOf(fieldOf(doc, fields.title)) ?? '',
    kind,
    cancelled: meetings.cancelledStatus !== undefined && fieldOf(doc, fields.status) === meetings.cancelledStatus,
    durationMinutes: minutes && minutes > 0 ? minutes : null,
    startsAt,
    endsAt,
    note: meetings.kindNotes[kind] ?? null,
    href: meetingHref({ path: meetings.publicPath, id, slug }),
  }
}

/** "/moten/{slug}" with the meeting's values; null when the path needs a value the meeting lacks. */
export function meetingHref({
  path,
  id,
  slug,
}: {
  path: string | undefined
  id: string
  slug: string | null
}): string | null {
  if (!path) return null
  if (path.includes('{slug}') && !slug) return null
  return path.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{slug}', encodeURIComponent(slug ?? ''))
}

export async function loadYearPlan(
  payload: Payload,
  options: ArshjulOptions,
  { year, asVisitor }: { year: number; asVisitor: boolean },
): Promise<YearPlan> {
  const access = { overrideAccess: !asVisitor, depth: 0, pagination: false as const }
  const { startsAt } = options.meetings.fields
  // A few days either side: a meeting late on 31 December UTC is still in the local year.
  const from = new Date(Date.UTC(year - 1, 11, 31)).toISOString()
  const to = new Date(Date.UTC(year + 1, 0, 2)).toISOString()
  const [meetings, themes, items] = await Promise.all([
    payload.find({
      collection: hostCollection(payload, options.meetings.slug),
      where: { and: [{ [startsAt]: { greater_than_equal: from } }, { [startsAt]: { less_than: to } }] },
      sort: startsAt,
      // Only the fields the plan reads: a whole meeting runs every field's rules and reads its lists of those called.
      select: Object.fromEntries(
        Object.values(options.meetings.fields)
          .filter((name): name is string => typeof name === 'string' && name !== '')
          .map((name) => [name, true]),
      ),
      ...access,
    }),
    payload.find({ collection: THEMES_SLUG, sort: 'order', ...access }),
    payload.find({ collection: PLAN_ITEMS_SLUG, where: { year: { equals: year } }, sort: 'createdAt', ...access }),
  ])
  return {
    year,
    meetings: meetings.docs
      .map((doc) => toPlanMeeting({ doc, meetings: options.meetings, timeZone: options.timeZone }))
      .filter((meeting): meeting is PlanMeeting => meeting !== null && meeting.date.startsWith(`${year}-`)),
    themes: themes.docs.map((theme) => ({
      id: String(theme.id),
      name: theme.name,
      order: theme.order ?? 0,
      colour: theme.colour ?? '#1f5f8b',
    })),
    items: items.docs.map((doc) => ({
      id: String(doc.id),
      title: doc.title ?? '',
      themeId: idOf(doc.theme),
      meetingId: idOf(doc.meeting),
      period: doc.period ?? null,
      status: doc.status ?? 'planerad',
      durationMinutes: doc.durationMinutes ?? null,
      needsAttention: Boolean(doc.needsAttention),
      attentionNote: doc.attentionNote ?? null,
      agendaItemId: idOf(doc.agendaItem),
      handling: doc.handling ?? [],
    })),
  }
}

/** The next `count` meetings from `today` with the themes planned for them (public: published plans only). */
export async function loadUpcoming(
  payload: Payload,
  options: ArshjulOptions,
  { today, count = 3 }: { today: string; count?: number },
): Promise<UpcomingMeeting[]> {
  const year = Number(today.slice(0, 4))
  const plans = await Promise.all([
    loadYearPlan(payload, options, { year, asVisitor: true }),
    loadYearPlan(payload, options, { year: year + 1, asVisitor: true }),
  ])
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

/** The plugin's options as the running Payload holds them; undefined when the plugin is not installed. */
export function arshjulOptionsOf(payload: Payload): ArshjulOptions | undefined {
  const options: unknown = payload.config.custom?.arshjul
  return isOptions(options) ? options : undefined
}

const isOptions = (value: unknown): value is ArshjulOptions =>
  typeof value === 'object' && value !== null && 'meetings' in value && 'editRoles' in value
