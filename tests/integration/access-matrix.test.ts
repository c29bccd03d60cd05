/**
 * Role × collection × operation, through the Local API with access enforced (overrideAccess: false).
 * The expected table is written out here, independently of src/access/roles.ts, so a change there must be deliberate.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'
import { demoPdf } from '@/seed/content'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { createRoleUsers } from '../helpers/users'
import { plainTextToRichText, richTextToPlainText } from '@/richtext'

let test: TestPayload
let payload: Payload
let users: Record<Role, User>
let meetingId: string
let itemId: string
let decisionId: string

const WRITERS: Record<string, Role[]> = {
  meetings: ['admin', 'beredning', 'sekreterare'],
  'agenda-items': ['admin', 'beredning', 'sekreterare'],
  attachments: ['admin', 'beredning', 'sekreterare'],
  cases: ['admin', 'beredning', 'sekreterare'],
  organisations: ['admin', 'beredning', 'sekreterare'],
  people: ['admin', 'beredning', 'sekreterare'],
  memberships: ['admin', 'beredning', 'sekreterare'],
  decisions: ['admin', 'sekreterare'],
  assignments: ['admin', 'sekreterare'],
  pages: ['admin', 'kommunikator'],
  users: ['admin'],
}
const ROLES: Role[] = ['admin', 'kommunikator', 'beredning', 'sekreterare']

let counter = 0
/** Minimal valid data for one new document of each collection. */
async function newDoc(
  slug: string,
): Promise<{ data: Record<string, unknown>; file?: { data: Buffer; mimetype: string; name: string; size: number } }> {
  counter += 1
  switch (slug) {
    case 'meetings':
      return {
        data: {
          kind: 'ordinarie',
          state: 'planned',
          startsAt: `2027-0${(counter % 9) + 1}-1${counter % 10}T12:00:00.000Z`,
        },
      }
    case 'agenda-items':
      return { data: { meeting: meetingId, number: String(counter), order: counter, title: `Punkt ${counter}` } }
    case 'attachments': {
      const data = demoPdf(`Dokument ${counter}`)
      return {
        data: { title: `Dokument ${counter}`, category: 'bilaga' },
        file: { data, mimetype: 'application/pdf', name: `dokument-${counter}.pdf`, size: data.length },
      }
    }
    case 'cases':
      return { data: { title: `Ärende ${counter}` } }
    case 'organisations':
      return { data: { name: `Organisation ${counter}`, type: 'kommun' } }
    case 'people':
      return { data: { name: `Person ${counter}`, kind: 'politiker' } }
    case 'memberships': {
      const person = await payload.create({
        collection: 'people',
        data: { name: `Ledamot ${counter}`, kind: 'politiker' },
      })
      return { data: { person: person.id, side: 'vgk', group: 'kommunpolitiker', role: 'ledamot' } }
    }
    case 'decisions':
      return { data: { agendaItem: itemId, number: counter, kind: 'beslutar', text: `Beslut ${counter}` } }
    case 'assignments':
      return { data: { title: `Uppdrag ${counter}`, decision: decisionId, due: { kind: 'none' }, status: 'open' } }
    case 'pages':
      return { data: { title: `Sida ${counter}` } }
    case 'users':
      return {
        data: {
          email: `user${counter}@test.example`,
          password: 'test-password-1234',
          name: `U ${counter}`,
          roles: ['beredning'],
        },
      }
    default:
      throw new Error(`No factory for ${slug}`)
  }
}

async function attempt(operation: () => Promise<unknown>): Promise<'allowed' | 'forbidden'> {
  try {
    await operation()
    return 'allowed'
  } catch (error) {
    if ((error as { status?: number }).status === 403) return 'forbidden'
    throw error
  }
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  users = await createRoleUsers(payload)
  meetingId = (
    await payload.create({
      collection: 'meetings',
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'held',
        startsAt: '2025-11-13T12:00:00.000Z',
        startsAt_tz: 'Europe/Stockholm',
      },
    })
  ).id
  itemId = (
    await payload.create({
      collection: 'agenda-items',
      data: { meeting: meetingId, number: '1', order: 1, title: 'Punkt' },
    })
  ).id
  decisionId = (
    await payload.create({
      collection: 'decisions',
      data: { agendaItem: itemId, number: 1, kind: 'beslutar', text: 'Beslut' },
    })
  ).id
})
afterAll(async () => test?.cleanup())

describe.each(Object.entries(WRITERS))('%s', (slug, writers) => {
  const collection = slug as CollectionSlug

  it.each(ROLES)('create, update, trash and delete as %s', async (role) => {
    const user = users[role]
    const expected = writers.includes(role) ? 'allowed' : 'forbidden'
    const { data, file } = await newDoc(slug)
    const created = await attempt(() =>
      payload.create({ collection, data, file, user, overrideAccess: false, draft: false } as never),
    )
    expect(created, `create ${slug} as ${role}`).toBe(expected)

    // Update, trash and hard delete are tried on a document made by the system.
    const seeded = await payload.create({ collection, ...(await newDoc(slug)) } as never)
    const id = (seeded as { id: string }).id
    const changedField =
      slug === 'meetings'
        ? 'location'
        : slug === 'memberships'
          ? 'roleTitle'
          : (Object.keys(data).find((key) => ['title', 'name', 'text'].includes(key)) ?? 'title')
    const updateData = { [changedField]: `Ändrad ${id}` }
    const updated = await attempt(() =>
      payload.update({ collection, id, data: updateData, user, overrideAccess: false } as never),
    )
    expect(updated, `update ${slug} as ${role}`).toBe(expected)

    if (slug !== 'users') {
      const trashed = await attempt(() =>
        payload.update({
          collection,
          id,
          data: { deletedAt: new Date().toISOString() },
          user,
          overrideAccess: false,
          trash: true,
        } as never),
      )
      expect(trashed, `trash ${slug} as ${role}`).toBe(expected)
    }
    // Removing for good is for admins only, whatever else the role may do.
    const deleted = await attempt(() =>
      payload.delete({ collection, id, user, overrideAccess: false, trash: true } as never),
    )
    expect(deleted, `delete ${slug} as ${role}`).toBe(role === 'admin' ? 'allowed' : 'forbidden')
  })
})

describe('globals and special rules', () => {
  it.each(ROLES)('site settings are edited by admin and kommunikatör only (%s)', async (role) => {
    const result = await attempt(() =>
      payload.updateGlobal({
        slug: 'site-settings',
        data: { tagline: `Av ${role}` },
        user: users[role],
        overrideAccess: false,
      }),
    )
    expect(result).toBe(['admin', 'kommunikator'].includes(role) ? 'allowed' : 'forbidden')
  })

  it("lets staff read every collection and versions, and colleagues' names but not their roles", async () => {
    for (const role of ROLES) {
      const { docs } = await payload.find({
        collection: 'users',
        user: users[role],
        overrideAccess: false,
        limit: 0,
      })
      expect(docs.length, role).toBeGreaterThanOrEqual(4)
      for (const doc of docs) {
        const isSelf = doc.id === users[role].id
        expect(doc.name, role).toBeTruthy()
        // Roles: the account's owner and admins only; secrets and sessions: never a colleague's.
        expect(Boolean(doc.roles), `${role} reads roles of ${doc.name}`).toBe(role === 'admin' || isSelf)
        for (const secret of ['hash', 'salt', 'resetPasswordToken', 'currentPassword'])
          expect(doc, `${role} reads ${secret}`).not.toHaveProperty(secret)
        if (!isSelf) expect(doc.sessions ?? [], `${role} reads sessions`).toEqual([])
      }
      const versions = await attempt(() =>
        payload.findVersions({ collection: 'meetings', user: users[role], overrideAccess: false }),
      )
      expect(versions).toBe('allowed')
    }
    expect(await attempt(() => payload.findVersions({ collection: 'meetings', overrideAccess: false }))).toBe(
      'forbidden',
    )
    expect(await attempt(() => payload.find({ collection: 'users', overrideAccess: false }))).toBe('forbidden')
  })

  it("shows a sekreterare the name of the beredning officer holding a meeting's lock", async () => {
    // The lock as Payload's admin writes it, read as its lock dialog reads it (depth 1, the reader's access).
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'meetings', value: meetingId },
        user: { relationTo: 'users', value: users.beredning.id },
      },
    })
    const { docs } = await payload.find({
      collection: 'payload-locked-documents',
      depth: 1,
      overrideAccess: false,
      user: users.sekreterare,
      where: { 'document.value': { equals: meetingId }, 'document.relationTo': { equals: 'meetings' } },
    })
    const holder = docs[0]?.user?.value
    expect(typeof holder, 'the lock holder is populated').toBe('object')
    expect((holder as User).name).toBe(users.beredning.name)
    expect((holder as User).roles).toBeUndefined()
  })

  it('keeps the sending record (Utskick) to staff, written by the system only, removed by admins only', async () => {
    const record = () =>
      payload.create({
        collection: 'sendings',
        data: {
          meeting: meetingId,
          kind: 'kallelse',
          status: 'sent',
          sentAt: new Date().toISOString(),
          name: 'N',
          email: 'n@example.se',
        },
      })
    const seeded = await record()
    expect(await attempt(() => payload.find({ collection: 'sendings', overrideAccess: false }))).toBe('forbidden')
    for (const role of ROLES) {
      const user = users[role]
      const { docs } = await payload.find({ collection: 'sendings', user, overrideAccess: false })
      expect(docs.length, role).toBeGreaterThan(0)
      const data = {
        meeting: meetingId,
        kind: 'kallelse',
        status: 'sent',
        sentAt: '2025-01-01',
        name: 'X',
        email: 'x@y.se',
      }
      expect(
        await attempt(() => payload.create({ collection: 'sendings', data, user, overrideAccess: false } as never)),
      ).toBe('forbidden')
      expect(
        await attempt(() =>
          payload.update({
            collection: 'sendings',
            id: seeded.id,
            data: { status: 'failed' },
            user,
            overrideAccess: false,
          }),
        ),
      ).toBe('forbidden')
      const target = await record()
      expect(
        await attempt(() => payload.delete({ collection: 'sendings', id: target.id, user, overrideAccess: false })),
      ).toBe(role === 'admin' ? 'allowed' : 'forbidden')
    }
  })

  it('stops staff from giving themselves roles', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.beredning.id,
      data: { roles: ['admin'] },
      user: users.beredning,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['beredning'])
  })

  it('lets only sekreterare and admin record attendance and positions; beredning edits the kallelse', async () => {
    const person = await payload.create({ collection: 'people', data: { name: 'Närvarande', kind: 'politiker' } })
    const asBeredning = await payload.update({
      collection: 'meetings',
      id: meetingId,
      data: { location: 'Lejonet', attendance: [{ person: person.id, status: 'absent' }] },
      user: users.beredning,
      overrideAccess: false,
    })
    expect(asBeredning.location).toBe('Lejonet')
    expect(asBeredning.attendance ?? []).toEqual([])
    const asSecretary = await payload.update({
      collection: 'meetings',
      id: meetingId,
      data: { attendance: [{ person: person.id, status: 'absent' }] },
      user: users.sekreterare,
      overrideAccess: false,
    })
    expect(asSecretary.attendance?.map((row) => row.status)).toEqual(['absent'])

    const item = await payload.update({
      collection: 'agenda-items',
      id: itemId,
      data: { proposedPosition: plainTextToRichText('Förslag'), positionTaken: plainTextToRichText('Av beredning') },
      user: users.beredning,
      overrideAccess: false,
    })
    expect(richTextToPlainText(item.proposedPosition)).toBe('Förslag')
    expect(item.positionTaken ?? null).toBeNull()
  })
})
