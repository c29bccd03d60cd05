/**
 * The 2026 årshjul as the 2025-11-13 mötesanteckning (tests/fixtures/minutes) shows it: five meetings, six themes,
 * written by hand from the document. `seedArshjul2026` enters it — the themes, the four dated SRO meetings
 * (published as dates, no kallelse yet), the January study trip as a month, and every cell of the table — and a test
 * checks that the plugin's grid gives the same cells. Idempotent: found by name, date and title before anything is created.
 */
import type { Payload, Where } from 'payload'

import { stockholmInstant } from '../domain/time'

export const MEETINGS_2026 = [
  { key: 'studieresa', period: '2026-01', label: 'Januari 2026, studieresa' },
  { key: '2026-03-19', date: '2026-03-19' },
  { key: '2026-06-04', date: '2026-06-04' },
  { key: '2026-09-24', date: '2026-09-24' },
  { key: '2026-11-12', date: '2026-11-12' },
] as const

export const THEMES_2026 = [
  { name: 'Dialog om aktuella ärenden', colour: '#1f5f8b' },
  { name: 'Hjälpmedelsförsörjning', colour: '#7a4d00' },
  { name: 'Uppföljning god och nära vård', colour: '#2e6b30' },
  { name: 'Processen för nytt hälso- och sjukvårdsavtal', colour: '#8b1f4f' },
  { name: 'Psykisk hälsa', colour: '#5b3a8c' },
  { name: 'Vårdinformationssystem', colour: '#004f5c' },
] as const

type Cell = {
  theme: (typeof THEMES_2026)[number]['name']
  meeting: (typeof MEETINGS_2026)[number]['key']
  title: string
}

const dialog = (meeting: Cell['meeting'], title = 'Dialog om aktuella ärenden'): Cell => ({
  theme: 'Dialog om aktuella ärenden',
  meeting,
  title,
})
const agreement = (meeting: Cell['meeting']): Cell => ({
  theme: 'Processen för nytt hälso- och sjukvårdsavtal',
  meeting,
  title: 'Processen för nytt hälso- och sjukvårdsavtal och lagreglerade överenskommelser',
})
const vis = (meeting: Cell['meeting']): Cell => ({
  theme: 'Vårdinformationssystem',
  meeting,
  title: 'Vårdinformationssystem',
})

/** Every filled cell of the document's table. The January study trip column is empty in the document. */
export const CELLS_2026: Cell[] = [
  dialog(
    '2026-03-19',
    'Dialog om aktuella ärenden (Kommunalförbunden): Inriktningsdokument kommunal primärvård, Samsjuklighetsutredningen',
  ),
  dialog('2026-06-04'),
  dialog('2026-09-24'),
  dialog('2026-11-12'),
  { theme: 'Hjälpmedelsförsörjning', meeting: '2026-03-19', title: 'Styrelsen för logistik: Hjälpmedelsförsörjning' },
  { theme: 'Hjälpmedelsförsörjning', meeting: '2026-09-24', title: 'Styrelsen för logistik: Hjälpmedelsförsörjning' },
  { theme: 'Uppföljning god och nära vård', meeting: '2026-03-19', title: 'Uppföljning god och nära vård' },
  agreement('2026-03-19'),
  agreement('2026-06-04'),
  agreement('2026-09-24'),
  agreement('2026-11-12'),
  { theme: 'Psykisk hälsa', meeting: '2026-03-19', title: 'Psykisk hälsa: Handlingsplan och statsbidrag' },
  { theme: 'Psykisk hälsa', meeting: '2026-11-12', title: 'Psykisk hälsa' },
  vis('2026-03-19'),
  vis('2026-06-04'),
  vis('2026-09-24'),
  vis('2026-11-12'),
]

const at = (date: string, time: string) => stockholmInstant({ date, time }).toISOString()

export async function seedArshjul2026(payload: Payload, { log = () => {} }: { log?: (line: string) => void } = {}) {
  const context = { disableRevalidate: true }
  let created = 0
  const themeIds = new Map<string, string>()
  for (const [index, theme] of THEMES_2026.entries()) {
    const { docs } = await payload.find({
      collection: 'plan-themes',
      where: { name: { equals: theme.name } },
      limit: 1,
      depth: 0,
      context,
    })
    const id =
      docs[0]?.id ??
      (
        await payload.create({
          collection: 'plan-themes',
          data: { name: theme.name, colour: theme.colour, order: (index + 1) * 10 },
          context,
        })
      ).id
    if (!docs[0]) created += 1
    themeIds.set(theme.name, id)
  }
  const meetingIds = new Map<string, string>()
  for (const meeting of MEETINGS_2026) {
    if (!('date' in meeting)) continue
    const { docs } = await payload.find({
      collection: 'meetings',
      where: { slug: { equals: meeting.date } },
      limit: 1,
      depth: 0,
      draft: true,
      context,
    })
    if (docs[0]) {
      meetingIds.set(meeting.key, docs[0].id)
      continue
    }
    const doc = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'planned',
        startsAt: at(meeting.date, '13:00'),
        startsAt_tz: 'Europe/Stockholm',
        endsAt: at(meeting.date, '15:00'),
        endsAt_tz: 'Europe/Stockholm',
        location: 'Regionens Hus, Göteborg',
        _status: 'published',
      },
    })
    created += 1
    meetingIds.set(meeting.key, doc.id)
  }
  const cells = [
    ...CELLS_2026,
    { theme: 'Dialog om aktuella ärenden' as const, meeting: 'studieresa' as const, title: 'Studieresa' },
  ]
  for (const cell of cells) {
    const meetingId = meetingIds.get(cell.meeting) ?? null
    const where: Where = {
      and: [
        { year: { equals: 2026 } },
        { title: { equals: cell.title } },
        meetingId ? { meeting: { equals: meetingId } } : { period: { equals: '2026-01' } },
      ],
    }
    const { totalDocs } = await payload.count({ collection: 'plan-items', where, context })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'plan-items',
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
      },
    })
    created += 1
  }
  log(`Årshjul 2026: ${created} poster skapade.`)
  return created
}
