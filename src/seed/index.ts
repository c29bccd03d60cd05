/**
 * Demo content through the Local API. Idempotent: every record is found by its natural key first
 * (e-mail, name, slug, meeting + number), so running it again adds nothing and overwrites no edits.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import type { Role } from '../access/roles'
import { stockholmInstant } from '../domain/time'
import { PAGES, SITE_SETTINGS, demoPdf, richText } from './content'
import { seedDecisionLog } from './decisionLog'
import { AGENDA, ASSIGNMENT, CASES, MEETING } from './meeting-2025-11-13'
import { MEMBERSHIP_START, ORGANISATIONS, PEOPLE } from './people'

export const SEED_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@sro.example', name: 'Administratör', role: 'admin' },
  { email: 'kommunikator@sro.example', name: 'Kommunikatör', role: 'kommunikator' },
  { email: 'beredning@sro.example', name: 'Beredning', role: 'beredning' },
  { email: 'sekreterare@sro.example', name: 'Mötessekreterare', role: 'sekreterare' },
]

export type SeedResult = { created: number; existing: number }

export async function seed({ payload, password, log = () => {} }: { payload: Payload; password: string; log?: (line: string) => void }): Promise<SeedResult> {
  const context = { disableRevalidate: true }
  const result: SeedResult = { created: 0, existing: 0 }

  /** Finds a record by its natural key, or creates it. Trashed records count as existing. */
  async function ensure<T extends { id: string }>(collection: CollectionSlug, where: Where, create: () => Promise<T>): Promise<string> {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, trash: true, draft: true, context })
    if (docs[0]) {
      result.existing += 1
      return String(docs[0].id)
    }
    const created = await create()
    result.created += 1
    return created.id
  }

  for (const user of SEED_USERS) {
    await ensure('users', { email: { equals: user.email } }, () =>
      payload.create({ collection: 'users', data: { email: user.email, name: user.name, password, roles: [user.role] }, context }),
    )
  }

  const organisationIds = new Map<string, string>()
  for (const organisation of ORGANISATIONS) {
    const id = await ensure('organisations', { name: { equals: organisation.name } }, () =>
      payload.create({
        collection: 'organisations',
        context,
        data: {
          name: organisation.name,
          shortName: organisation.shortName,
          type: organisation.type,
          website: organisation.website,
          aliases: organisation.aliases?.map((alias) => ({ alias })),
          parent: organisation.parent ? organisationIds.get(organisation.parent) : undefined,
        },
      }),
    )
    organisationIds.set(organisation.name, id)
  }
  const organisationId = (name: string) => {
    const id = organisationIds.get(name)
    if (!id) throw new Error(`Demodata: organisationen "${name}" saknas i registret.`)
    return id
  }

  const personIds = new Map<string, string>()
  for (const [index, person] of PEOPLE.entries()) {
    const id = await ensure('people', { name: { equals: person.name } }, () =>
      payload.create({
        collection: 'people',
        context,
        data: {
          name: person.name,
          aliases: person.aliases?.map((alias) => ({ alias })),
          party: person.party,
          kind: person.kind,
          title: person.title,
          organisation: person.organisation ? organisationId(person.organisation) : undefined,
        },
      }),
    )
    personIds.set(person.name, id)
    if (person.membership) {
      const membership = person.membership
      await ensure('memberships', { and: [{ person: { equals: id } }, { body: { equals: 'SRO' } }, { side: { equals: membership.side } }] }, () =>
        payload.create({
          collection: 'memberships',
          context,
          data: {
            person: id,
            body: 'SRO',
            side: membership.side,
            group: membership.group,
            role: membership.role ?? 'ledamot',
            roleTitle: membership.roleTitle,
            organisation: organisationId(membership.organisation ?? person.organisation ?? 'Västra Götalandsregionen'),
            startDate: MEMBERSHIP_START,
            sortOrder: index + 1,
          },
        }),
      )
    }
  }
  const personId = (name: string) => {
    const id = personIds.get(name)
    if (!id) throw new Error(`Demodata: personen "${name}" saknas i registret.`)
    return id
  }

  const caseIds = new Map<string, string>()
  for (const entry of CASES) {
    const id = await ensure('cases', { slug: { equals: entry.slug } }, () =>
      payload.create({
        collection: 'cases',
        context,
        data: {
          title: entry.title,
          slug: entry.slug,
          description: entry.description,
          organisations: entry.organisations.map(organisationId),
          milestones: entry.milestones,
          _status: 'published',
        },
      }),
    )
    caseIds.set(entry.slug, id)
  }

  const attachmentIds = new Map<string, string>()
  for (const title of AGENDA.flatMap((item) => item.attachmentTitles ?? [])) {
    const id = await ensure('attachments', { title: { equals: title } }, () => {
      const data = demoPdf(title)
      return payload.create({
        collection: 'attachments',
        context,
        data: { title, category: title.startsWith('Remissförslag') ? 'remissforslag' : 'beslutsunderlag', documentDate: MEETING.date, isPublic: true },
        file: { data, mimetype: 'application/pdf', name: `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.pdf`, size: data.length },
      })
    })
    attachmentIds.set(title, id)
  }

  const meetingId = await ensure('meetings', { slug: { equals: MEETING.date } }, () =>
    payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'held',
        startsAt: stockholmInstant({ date: MEETING.date, time: MEETING.start }).toISOString(),
        startsAt_tz: 'Europe/Stockholm',
        endsAt: stockholmInstant({ date: MEETING.date, time: MEETING.end }).toISOString(),
        endsAt_tz: 'Europe/Stockholm',
        location: MEETING.location,
        form: 'pa_plats',
        invitedGuests: MEETING.invitedGuests.map((name) => ({ person: personId(name) })),
        signatories: MEETING.signatories.map(({ name, role }) => ({ person: personId(name), role })),
        attendance: MEETING.absent.map((name) => ({ person: personId(name), status: 'absent' as const })),
        publication: {
          isNoticePublished: true,
          noticePublishedAt: '2025-11-06T08:00:00.000Z',
          isMinutesPublished: true,
          minutesPublishedAt: '2025-11-20T08:00:00.000Z',
        },
        _status: 'published',
      },
    }),
  )

  const itemIds = new Map<string, string>()
  for (const [index, item] of AGENDA.entries()) {
    const key = item.parent ? `${item.parent}${item.number}` : item.number
    const parent = item.parent ? itemIds.get(item.parent) : undefined
    const where: Where = { and: [{ meeting: { equals: meetingId } }, { number: { equals: item.number } }, parent ? { parent: { equals: parent } } : { parent: { exists: false } }] }
    const id = await ensure('agenda-items', where, () =>
      payload.create({
        collection: 'agenda-items',
        context,
        data: {
          meeting: meetingId,
          number: item.number,
          order: (index + 1) * 10,
          parent,
          title: item.title,
          handling: item.handling,
          durationMinutes: item.durationMinutes,
          startOverride: item.startOverride,
          presenters: item.presenters?.map(personId),
          case: item.caseSlug ? caseIds.get(item.caseSlug) : undefined,
          attachments: item.attachmentTitles?.map((title) => attachmentIds.get(title)).filter((id): id is string => Boolean(id)),
          positionTaken: item.positionTaken,
          notes: item.notes,
          dialogue: item.dialogue,
          isPublic: true,
          _status: 'published',
        },
      }),
    )
    itemIds.set(key, id)
    for (const [decisionIndex, decision] of (item.decisions ?? []).entries()) {
      await ensure('decisions', { and: [{ agendaItem: { equals: id } }, { number: { equals: decisionIndex + 1 } }] }, () =>
        payload.create({ collection: 'decisions', context, data: { agendaItem: id, number: decisionIndex + 1, kind: decision.kind, text: decision.text } }),
      )
    }
  }

  const decisionItem = itemIds.get(ASSIGNMENT.item)
  const { docs: decisions } = await payload.find({
    collection: 'decisions',
    where: { and: [{ agendaItem: { equals: decisionItem } }, { number: { equals: ASSIGNMENT.decisionNumber } }] },
    limit: 1,
    depth: 0,
    context,
  })
  const decision = decisions[0]
  if (decision) {
    await ensure('assignments', { decision: { equals: decision.id } }, () =>
      payload.create({
        collection: 'assignments',
        context,
        data: {
          title: ASSIGNMENT.title,
          description: decision.text,
          decision: decision.id,
          assigneeOrganisations: ASSIGNMENT.assigneeOrganisations.map(organisationId),
          assigneeText: ASSIGNMENT.assigneeText,
          due: ASSIGNMENT.due,
          status: 'open',
        },
      }),
    )
  }

  await seedDecisionLog({ payload, context })

  const pageIds = new Map<string, string>()
  for (const page of PAGES) {
    const id = await ensure('pages', { slug: { equals: page.slug } }, () =>
      payload.create({
        collection: 'pages',
        context,
        data: {
          title: page.title,
          slug: page.slug,
          intro: page.intro,
          layout: [{ blockType: 'richText', content: richText(page.blocks) }],
          meta: { title: page.title, description: page.intro },
          _status: 'published',
        },
      }),
    )
    pageIds.set(page.slug, id)
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, context })
  if (!settings.accessibilityStatement) {
    await payload.updateGlobal({ slug: 'site-settings', context, data: { ...SITE_SETTINGS, accessibilityStatement: pageIds.get('tillganglighet') } })
  }

  log(`Demodata: ${result.created} poster skapade, ${result.existing} fanns redan.`)
  return result
}
