/**
 * An årshjul table in a document ("Årshjul 2025", "Närmaste arbetsåret 2024-2025") becomes plan items of the årshjul:
 * one per filled cell, on the column's meeting when the archive has it, else on the column's month or quarter, with
 * the item it came from and a note naming the column. A column the årshjul already plans (staff's plan, or an earlier
 * import) is left alone, so a second import adds nothing. When the meeting of a dated column is imported later, the
 * cells planned for its day move onto it (adoptPlanItems).
 */
import { SWEDISH_MONTHS, stockholmDayRange } from '@/domain/time'
import type { ParsedMeeting } from '../schema'
import type { ItemIds } from './agendaItems'
import { swedishDateText } from './documentFacts'
import type { WriteContext } from './writeContext'

/** "2025-11-13" → "2025-11"; "Januari 2024" → "2024-01"; "Q1 2026" → "2026-Q1"; null when the heading has no period. */
export function columnPeriod(heading: string, date: string | null): string | null {
  if (date) return date.slice(0, 7)
  const quarter = /\bQ([1-4])\s+(\d{4})\b/iu.exec(heading)
  if (quarter) return `${quarter[2]}-Q${quarter[1]}`
  const month = new RegExp(`\\b(${SWEDISH_MONTHS.join('|')})\\s+(\\d{4})\\b`, 'iu').exec(heading)
  if (!month) return null
  const index = SWEDISH_MONTHS.indexOf(month[1]!.toLowerCase() as (typeof SWEDISH_MONTHS)[number])
  return `${month[2]}-${String(index + 1).padStart(2, '0')}`
}

/** The note that says where a plan item came from; it names the column as the document did. */
export const sourceNote = (parsed: Pick<ParsedMeeting, 'date'>, itemNumber: string, heading: string) =>
  `Ur årshjulet i dokumentet ${parsed.date}, punkt ${itemNumber}: ${heading}.`

async function sroMeetingOn(ctx: WriteContext, date: string): Promise<string | null> {
  const day = stockholmDayRange(date)
  const { docs } = await ctx.payload.find({
    collection: 'meetings',
    where: {
      and: [
        { body: { equals: 'SRO' } },
        { state: { not_equals: 'cancelled' } },
        { startsAt: { greater_than_equal: day.start } },
        { startsAt: { less_than: day.end } },
      ],
    },
    sort: 'createdAt',
    joins: false,
    // The first match only; without pagination Payload keeps the limit and skips the count query.
    ...ctx.findOptions,
    limit: 1,
  })
  return docs[0]?.id ?? null
}

export async function writeYearPlan({
  ctx,
  parsed,
  items,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
  items: ItemIds
}) {
  const plan = parsed.yearPlan
  if (!plan?.itemNumber) return
  const source = parsed.agendaItems.find((item) => !item.parent && item.number === plan.itemNumber)
  const agendaItem = source ? items.get(source) : undefined
  for (const [column, heading] of plan.columns.entries()) {
    const date = plan.columnDates[column] ?? null
    const period = columnPeriod(heading, date)
    const cells = plan.rows.map((row) => row.cells[column]?.trim().replace(/:$/u, '') ?? '').filter(Boolean)
    if (!period || cells.length === 0) {
      if (cells.length)
        ctx.warn(plan.line, `Årshjulets kolumn "${heading}" har inget datum eller period och har inte lagts in.`)
      continue
    }
    const meeting = date ? await sroMeetingOn(ctx, date) : null
    const { totalDocs } = await ctx.payload.count({
      collection: 'plan-items',
      where: meeting
        ? { meeting: { equals: meeting } }
        : { and: [{ period: { equals: period } }, { meeting: { exists: false } }] },
      overrideAccess: true,
      req: ctx.req,
    })
    if (totalDocs > 0) continue
    for (const title of cells) {
      await ctx.payload.create({
        collection: 'plan-items',
        data: {
          title,
          year: Number(period.slice(0, 4)),
          status: 'planerad',
          ...(meeting ? { meeting } : { period, isPublic: true }),
          ...(agendaItem ? { agendaItem } : {}),
          notes: sourceNote(parsed, plan.itemNumber, heading),
        },
        depth: 0,
        overrideAccess: true,
        req: ctx.req,
      })
    }
  }
}

/** Cells a document planned for this meeting's day before the meeting was in the archive move onto it. */
export async function adoptPlanItems({ ctx, meetingId, date }: { ctx: WriteContext; meetingId: string; date: string }) {
  const { docs } = await ctx.payload.find({
    collection: 'plan-items',
    where: {
      and: [
        { meeting: { exists: false } },
        { period: { equals: date.slice(0, 7) } },
        { notes: { contains: `: ${swedishDateText(date)}` } },
      ],
    },
    ...ctx.findOptions,
  })
  for (const doc of docs) {
    await ctx.payload.update({
      collection: 'plan-items',
      id: doc.id,
      data: { meeting: meetingId, period: null, isPublic: false },
      depth: 0,
      overrideAccess: true,
      req: ctx.req,
    })
  }
}
