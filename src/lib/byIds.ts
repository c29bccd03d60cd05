/** Related rows read in one query per collection instead of depth-1 population per row (issue 18). */
import type { CollectionSlug, Payload } from 'payload'

import type { User } from '@/payload-types'
import { relationId } from './relations'

/** Whose access a read runs with: never overridden, published rows only. */
export type ReadAccess = { overrideAccess: false; draft: false; user?: User }

/** Pure: the distinct ids of relationship values, populated or not, without the empty ones. */
export const idsOf = (values: unknown[]): string[] => [
  ...new Set(values.map((value) => relationId(value)).filter((id): id is string => Boolean(id))),
]

/**
 * Rows by id, read with the reader's access in one query (nothing is read without ids): a row the reader may not see
 * is simply absent, as a populated relation to it would be null.
 */
export async function byIds<T extends { id: string }>(
  payload: Payload,
  collection: CollectionSlug,
  ids: string[],
  select: Record<string, true>,
  access: ReadAccess,
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select,
    ...access,
  })
  return new Map((docs as unknown as T[]).map((doc) => [String(doc.id), doc]))
}
