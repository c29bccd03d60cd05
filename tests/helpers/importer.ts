/**
 * Shared setup of the importer's integration tests: the Markdown fixtures, a small register of organisations and
 * people whose aliases occur in the documents, and row counts to show that nothing else was written.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll } from 'vitest'

import type { CollectionSlug, Payload } from 'payload'

import { formatTimeSlot } from '@/domain/time'
import { COUNTED_COLLECTIONS } from '@/import/write'

import { type TestPayload, startTestPayload } from './payload'

/** The time slot as the public page prints it. */
export const slotText = (slot: Parameters<typeof formatTimeSlot>[0] | null | undefined) =>
  slot ? formatTimeSlot(slot) : null

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const fixturePath = (name: string) => path.join(root, 'tests/fixtures/minutes', name)
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8')

const ALL: CollectionSlug[] = [...COUNTED_COLLECTIONS, 'organisations']

/** Rows per collection, trash included: a write that should not have happened shows up here. */
export async function rowCounts({ payload }: { payload: Payload }): Promise<Record<string, number>> {
  const entries = await Promise.all(
    ALL.map(async (collection) => [collection, (await payload.count({ collection, trash: true })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

export async function meetingsOnDate({ payload, date }: { payload: Payload; date: string }) {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { slug: { like: date } },
    depth: 0,
    draft: true,
    pagination: false,
  })
  return docs
}

export async function agendaItemsOf({ payload, meetingId }: { payload: Payload; meetingId: string }) {
  const { docs } = await payload.find({
    collection: 'agenda-items',
    where: { meeting: { equals: meetingId } },
    sort: 'order',
    depth: 1,
    pagination: false,
  })
  return docs
}

export const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : null

export type RegisterIds = { helen: string; kristofer: string }

/** A small register: spellings that occur in the documents are aliases here. */
export async function seedRegister({ payload }: { payload: Payload }): Promise<RegisterIds> {
  const context = { disableRevalidate: true }
  for (const [name, shortName, aliases] of [
    ['Västra Götalandsregionen', 'VGR', []],
    ['Västkom', 'Västkom', ['VästKom']],
    ['Göteborgsregionen', 'GR', []],
    ['Fyrbodal', null, ['Fyrbodol', 'Fyrbodalen', 'Fyrbodalsregionen']],
    ['Skaraborg', null, []],
    ['Boråsregionen', null, []],
  ] as const) {
    await payload.create({
      collection: 'organisations',
      context,
      data: {
        name,
        shortName: shortName ?? undefined,
        type: 'kommunalforbund',
        aliases: aliases.map((alias) => ({ alias })),
      },
    })
  }
  const helen = await payload.create({
    collection: 'people',
    context,
    data: { name: 'Helen Eliasson', kind: 'politiker', party: 'S', aliases: [{ alias: 'Helén Eliasson' }] },
  })
  const kristofer = await payload.create({
    collection: 'people',
    context,
    data: { name: 'Kristofer Svensson', kind: 'tjansteperson', aliases: [{ alias: 'Kristoffer Svensson' }] },
  })
  return { helen: helen.id, kristofer: kristofer.id }
}

/**
 * A real Payload on a fresh SQLite file with the register seeded, for one test file (its own beforeAll/afterAll),
 * and the queries the importer tests read it with.
 */
export function useImporterPayload() {
  let test: TestPayload | undefined
  let ids: RegisterIds | undefined
  beforeAll(async () => {
    test = await startTestPayload()
    ids = await seedRegister({ payload: test.payload })
  })
  afterAll(async () => test?.cleanup())
  const session = {
    get test(): TestPayload {
      if (!test) throw new Error('Payload has not started yet (use the session inside a test).')
      return test
    },
    get ids(): RegisterIds {
      if (!ids) throw new Error('The register has not been seeded yet (use the session inside a test).')
      return ids
    },
    counts: () => rowCounts({ payload: session.test.payload }),
    meetingsOn: (date: string) => meetingsOnDate({ payload: session.test.payload, date }),
    itemsOf: (meetingId: string) => agendaItemsOf({ payload: session.test.payload, meetingId }),
  }
  return session
}
