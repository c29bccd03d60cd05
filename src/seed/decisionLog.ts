/**
 * Demo data for the decision log (issue 6): the 2025-08-21 meeting's assignment on digitalisation forums, due at
 * SRO 2025-11-13 and reported back there under item 7, and a progress note on the June 2026 plan for god och
 * nära vård. Idempotent like the rest of the seed: found by natural keys first.
 *
 * The archive holds only the kallelse of 2025-08-21 (imported by the seed), so its decisions here follow the
 * kallelse's proposal and stay staff-only: they become public when someone publishes that meeting's minutes.
 */
import type { Payload } from 'payload'

const AUGUST = {
  date: '2025-08-21',
  item: { number: '9' }, // Gemensamma digitaliseringsfrågor
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

export async function seedDecisionLog({
  payload,
  context,
}: {
  payload: Payload
  context: Record<string, unknown>
}): Promise<void> {
  const find = async (
    collection: 'meetings' | 'agenda-items' | 'decisions' | 'assignments' | 'progress-notes' | 'organisations',
    where: object,
  ) =>
    (await payload.find({ collection, where: where as never, limit: 1, depth: 0, trash: true, draft: true, context }))
      .docs[0]

  const november = await find('meetings', { slug: { equals: '2025-11-13' } })
  if (!november) return
  const reportedIn = await find('agenda-items', {
    and: [{ meeting: { equals: november.id } }, { number: { equals: '7' } }],
  })

  // Both meetings come from the fixtures the seed imports first.
  const august = await find('meetings', { slug: { equals: AUGUST.date } })
  const item =
    august &&
    (await find('agenda-items', {
      and: [{ meeting: { equals: august.id } }, { number: { equals: AUGUST.item.number } }],
    }))
  if (!item) return

  const decisionIds: string[] = []
  for (const [index, decision] of AUGUST.decisions.entries()) {
    const existing = await find('decisions', {
      and: [{ agendaItem: { equals: item.id } }, { number: { equals: index + 1 } }],
    })
    decisionIds.push(
      existing?.id ??
        (
          await payload.create({
            collection: 'decisions',
            context,
            data: { agendaItem: item.id, number: index + 1, ...decision },
          })
        ).id,
    )
  }

  if (!(await find('assignments', { decision: { equals: decisionIds[0] } }))) {
    const organisations = await Promise.all(
      ['Västra Götalandsregionen', 'Västkom'].map((name) => find('organisations', { name: { equals: name } })),
    )
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
    await payload.create({
      collection: 'progress-notes',
      context,
      data: { assignment: june.id, ...GOOD_AND_CLOSE_NOTE },
    })
  }
}
