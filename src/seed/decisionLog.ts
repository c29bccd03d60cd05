/**
 * Demo data for the decision log (issue 6): the 2025-08-21 meeting's assignment on digitalisation forums, due at
 * SRO 2025-11-13 and reported back there under item 7, and a progress note on the June 2026 plan for god och
 * nära vård. Idempotent like the rest of the seed: found by natural keys first.
 */
import type { Payload } from 'payload'

import { stockholmInstant } from '../domain/time'

const AUGUST = {
  date: '2025-08-21',
  item: { number: '9', title: 'Gemensamma digitaliseringsfrågor' },
  decisions: [
    {
      kind: 'ger_i_uppdrag' as const,
      text: 'Regiondirektören och Västkoms direktör får i uppdrag att ta fram förslag på former och forum för att säkerställa information, delaktighet och förankring i digitaliseringsfrågor av länsgemensam karaktär inom hälso- och sjukvårdsområdet.',
    },
    { kind: 'beslutar' as const, text: 'Uppdraget ska återrapporteras till SRO 2025-11-13.' },
  ],
  assignment: {
    title: 'Former och forum för länsgemensamma digitaliseringsfrågor',
    assigneeText: 'Regiondirektören och Västkoms direktör',
    dueText: 'till SRO 2025-11-13',
  },
}

const GOOD_AND_CLOSE_NOTE = {
  date: '2026-01-20',
  text: 'Dialog med den länsgemensamma arbetsgruppen har inletts om plan, kostnader och tidplan för uppföljningen (demodata).',
}

export async function seedDecisionLog({ payload, context }: { payload: Payload; context: Record<string, unknown> }): Promise<void> {
  const find = async (collection: 'meetings' | 'agenda-items' | 'decisions' | 'assignments' | 'progress-notes' | 'organisations', where: object) =>
    (await payload.find({ collection, where: where as never, limit: 1, depth: 0, trash: true, draft: true, context })).docs[0]

  const november = await find('meetings', { slug: { equals: '2025-11-13' } })
  if (!november) return
  const reportedIn = await find('agenda-items', { and: [{ meeting: { equals: november.id } }, { number: { equals: '7' } }] })

  const august =
    (await find('meetings', { slug: { equals: AUGUST.date } })) ??
    (await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'held',
        startsAt: stockholmInstant({ date: AUGUST.date, time: '13:30' }).toISOString(),
        startsAt_tz: 'Europe/Stockholm',
        endsAt: stockholmInstant({ date: AUGUST.date, time: '15:30' }).toISOString(),
        endsAt_tz: 'Europe/Stockholm',
        location: 'Regionens Hus, Göteborg, lokal Lejonet',
        form: 'pa_plats',
        publication: { isNoticePublished: true, noticePublishedAt: '2025-08-14T08:00:00.000Z', isMinutesPublished: true, minutesPublishedAt: '2025-08-28T08:00:00.000Z' },
        _status: 'published',
      },
    }))

  const item =
    (await find('agenda-items', { and: [{ meeting: { equals: august.id } }, { number: { equals: AUGUST.item.number } }] })) ??
    (await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: august.id,
        number: AUGUST.item.number,
        order: 90,
        title: AUGUST.item.title,
        handling: ['information', 'stallningstagande'],
        durationMinutes: 15,
        startOverride: '15:15',
        proposedPosition: `Det politiska samrådsorganet SRO ställer sig bakom att: 1. ${AUGUST.decisions[0]!.text} 2. ${AUGUST.decisions[1]!.text}`,
        positionTaken: 'Det politiska samrådsorganet SRO ställer sig bakom förslaget.',
        isPublic: true,
        _status: 'published',
      },
    }))

  const decisionIds: string[] = []
  for (const [index, decision] of AUGUST.decisions.entries()) {
    const existing = await find('decisions', { and: [{ agendaItem: { equals: item.id } }, { number: { equals: index + 1 } }] })
    decisionIds.push(existing?.id ?? (await payload.create({ collection: 'decisions', context, data: { agendaItem: item.id, number: index + 1, ...decision } })).id)
  }

  if (!(await find('assignments', { decision: { equals: decisionIds[0] } }))) {
    const organisations = await Promise.all(['Västra Götalandsregionen', 'Västkom'].map((name) => find('organisations', { name: { equals: name } })))
    await payload.create({
      collection: 'assignments',
      context,
      data: {
        title: AUGUST.assignment.title,
        description: AUGUST.decisions[0]!.text,
        decision: decisionIds[0]!,
        assigneeOrganisations: organisations.flatMap((organisation) => (organisation ? [organisation.id] : [])),
        assigneeText: AUGUST.assignment.assigneeText,
        due: { kind: 'meeting', meeting: november.id, dueText: AUGUST.assignment.dueText },
        // Reported back at SRO 2025-11-13 under item 7, "Hantering av gemensamma digitaliseringsfrågor".
        status: reportedIn ? 'reported_back' : 'open',
        reportBackItem: reportedIn?.id,
        reportedBackIn: reportedIn?.id,
      },
    })
  }

  const june = await find('assignments', { 'due.month': { equals: '2026-06' } })
  if (june && !(await find('progress-notes', { assignment: { equals: june.id } }))) {
    await payload.create({ collection: 'progress-notes', context, data: { assignment: june.id, ...GOOD_AND_CLOSE_NOTE } })
  }
}
