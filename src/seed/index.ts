/**
 * Demo content through the Local API. The register (users, organisations, people, cases, pages) is entered
 * here; the meetings are imported from the real documents in tests/fixtures/minutes with the same importer
 * staff use. Idempotent: every record is found by its natural key first (e-mail, name, slug; the importer's
 * body + date + kind), so running it again adds nothing and overwrites no edits.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload, Where } from 'payload'

import { seedArshjul2026 } from './arshjul2026'
import type { Role } from '../access/roles'
import { counted } from '../import/counts'
import { createImportRegisters, importDocument } from '../import/write'
import { PAGES, SITE_SETTINGS, demoPdf, richText } from './content'
import { CASE_LINKS, CASES, DOCUMENTS, FIXTURE_DOCUMENTS, FIXTURES_DIR } from './archive'
import { seedDecisionLog } from './decisionLog'
import { MEMBERSHIP_START, ORGANISATIONS, PEOPLE } from './people'

export const SEED_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@sro.example', name: 'Administratör', role: 'admin' },
  { email: 'kommunikator@sro.example', name: 'Kommunikatör', role: 'kommunikator' },
  { email: 'beredning@sro.example', name: 'Beredning', role: 'beredning' },
  { email: 'sekreterare@sro.example', name: 'Mötessekreterare', role: 'sekreterare' },
]

export type SeedResult = { created: number; existing: number }

export async function seed({
  payload,
  password,
  log = () => {},
}: {
  payload: Payload
  password: string
  log?: (line: string) => void
}): Promise<SeedResult> {
  const context = { disableRevalidate: true }
  const result: SeedResult = { created: 0, existing: 0 }

  /** Finds a record by its natural key, or creates it. Trashed records count as existing. */
  async function ensure<T extends { id: string }>(
    collection: CollectionSlug,
    where: Where,
    create: () => Promise<T>,
  ): Promise<string> {
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
      payload.create({
        collection: 'users',
        data: { email: user.email, name: user.name, password, roles: [user.role] },
        context,
      }),
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
      await ensure(
        'memberships',
        { and: [{ person: { equals: id } }, { body: { equals: 'SRO' } }, { side: { equals: membership.side } }] },
        () =>
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
              organisation: organisationId(
                membership.organisation ?? person.organisation ?? 'Västra Götalandsregionen',
              ),
              startDate: MEMBERSHIP_START,
              sortOrder: index + 1,
            },
          }),
      )
    }
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

  // The documents the fixtures name, so the importer links them to their agenda items by title.
  for (const document of DOCUMENTS) {
    await ensure('attachments', { title: { equals: document.title } }, () => {
      const data = demoPdf(document.title)
      return payload.create({
        collection: 'attachments',
        context,
        data: { title: document.title, category: document.category, documentDate: document.date, isPublic: true },
        file: {
          data,
          mimetype: 'application/pdf',
          name: `${document.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.pdf`,
          size: data.length,
        },
      })
    })
  }

  // The 2026 årshjul from the end of the 2025-11-13 mötesanteckning (src/seed/arshjul2026.ts), entered by hand before
  // the imports: an import adds a document's year plan only where the årshjul plans nothing yet.
  result.created += await seedArshjul2026(payload, { log })

  // The meetings themselves come from importing the real documents, oldest first, as SRO's archive would.
  const registers = createImportRegisters()
  for (const fileName of FIXTURE_DOCUMENTS) {
    const text = await fs.readFile(path.join(FIXTURES_DIR, fileName), 'utf8')
    const outcome = await importDocument({ payload, text, fileName, registers })
    const created = Object.values(outcome.created).reduce((sum, count) => sum + count, 0)
    const updated = Object.values(outcome.updated).reduce((sum, count) => sum + count, 0)
    result.created += created
    result.existing += created + updated === 0 ? 1 : 0
    log(
      `Importerade ${fileName}: ${counted(created, 'post', 'poster')} skapade, ${updated} uppdaterade, ${counted(outcome.warnings.length, 'varning', 'varningar')}.`,
    )
  }

  // What the documents cannot say: which case an agenda item belongs to.
  for (const link of CASE_LINKS) {
    const caseId = caseIds.get(link.caseSlug)
    const { docs: meetings } = await payload.find({
      collection: 'meetings',
      where: { slug: { equals: link.meeting } },
      limit: 1,
      depth: 0,
      context,
    })
    if (!meetings[0] || !caseId) continue
    const { docs: items } = await payload.find({
      collection: 'agenda-items',
      where: {
        and: [
          { meeting: { equals: meetings[0].id } },
          { number: { equals: link.item } },
          { parent: { exists: false } },
        ],
      },
      limit: 1,
      depth: 0,
      draft: true,
      context,
    })
    const item = items[0]
    if (item && !item.case)
      await payload.update({ collection: 'agenda-items', id: item.id, data: { case: caseId }, context })
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
    await payload.updateGlobal({
      slug: 'site-settings',
      context,
      data: { ...SITE_SETTINGS, accessibilityStatement: pageIds.get('tillganglighet') },
    })
  }

  log(`Demodata: ${result.created} poster skapade, ${result.existing} fanns redan.`)
  return result
}
