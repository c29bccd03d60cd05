/**
 * Demo content: the 2026 årshjul of the 2025-11-13 mötesanteckning — its themes, the four dated SRO meetings
 * (published as dates, no kallelse yet), the January study trip as a month, and every cell of the table.
 * Idempotent: found by name, date and title before anything is created.
 */
import type { Payload } from 'payload'

import { stockholmInstant } from './calendar'
import { PLAN_ITEMS_SLUG } from './collections/planItems'
import { THEMES_SLUG } from './collections/themes'
import { CELLS_2026, MEETINGS_2026, THEMES_2026 } from './domain/fixture2026'

export async function seedArshjul2026(payload: Payload, { log = () => {} }: { log?: (line: string) => void } = {}) {
  const context = { disableRevalidate: true }
  let created = 0
  const themeIds = new Map<string, string>()
  for (const [index, theme] of THEMES_2026.entries()) {
    const { docs } = await payload.find({ collection: THEMES_SLUG as never, where: { name: { equals: theme.name } }, limit: 1, depth: 0, context })
    const id = docs[0]
      ? String((docs[0] as { id: unknown }).id)
      : String(((await payload.create({ collection: THEMES_SLUG as never, data: { name: theme.name, colour: theme.colour, order: (index + 1) * 10 } as never, context })) as { id: unknown }).id)
    if (!docs[0]) created += 1
    themeIds.set(theme.name, id)
  }
  const meetingIds = new Map<string, string>()
  for (const meeting of MEETINGS_2026) {
    if (!('date' in meeting)) continue
    const { docs } = await payload.find({ collection: 'meetings', where: { slug: { equals: meeting.date } }, limit: 1, depth: 0, draft: true, context })
    if (docs[0]) {
      meetingIds.set(meeting.key, String(docs[0].id))
      continue
    }
    const doc = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: stockholmInstant(meeting.date, '13:00'),
        startsAt_tz: 'Europe/Stockholm',
        endsAt: stockholmInstant(meeting.date, '15:00'),
        endsAt_tz: 'Europe/Stockholm',
        location: 'Regionens Hus, Göteborg',
        _status: 'published',
      },
    })
    created += 1
    meetingIds.set(meeting.key, String(doc.id))
  }
  const cells = [...CELLS_2026, { theme: 'Dialog om aktuella ärenden' as const, meeting: 'studieresa' as const, title: 'Studieresa' }]
  for (const cell of cells) {
    const meetingId = meetingIds.get(cell.meeting) ?? null
    const where = { and: [{ year: { equals: 2026 } }, { title: { equals: cell.title } }, meetingId ? { meeting: { equals: meetingId } } : { period: { equals: '2026-01' } }] }
    const { totalDocs } = await payload.count({ collection: PLAN_ITEMS_SLUG as never, where: where as never, context } as never)
    if (totalDocs > 0) continue
    await payload.create({
      collection: PLAN_ITEMS_SLUG as never,
      context,
      data: {
        year: 2026,
        title: cell.title,
        theme: themeIds.get(cell.theme),
        meeting: meetingId ?? undefined,
        period: meetingId ? undefined : '2026-01',
        // The study trip is in the published document, so it is public although no meeting carries it.
        isPublic: !meetingId,
        handling: cell.title.startsWith('Dialog') ? ['dialog'] : ['information'],
        durationMinutes: 20,
        status: 'planerad',
      } as never,
    })
    created += 1
  }
  log(`Årshjul 2026: ${created} poster skapade.`)
  return created
}
