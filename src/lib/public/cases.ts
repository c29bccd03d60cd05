import type { Meeting } from '@/payload-types'
import { nameItems } from './itemLabels'
import { AS_VISITOR, publicPayload } from './payload'

export async function listCases() {
  const payload = await publicPayload()
  return payload.find({
    collection: 'cases',
    sort: 'title',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, description: true, reference: true },
    ...AS_VISITOR,
  })
}

/** A case with its tidsplan and every public agenda item where it was handled, oldest meeting first. */
export async function getCase(slug: string) {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'cases',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...AS_VISITOR,
  })
  const entry = docs[0]
  if (!entry) return null
  const items = await payload.find({
    collection: 'agenda-items',
    where: { case: { equals: entry.id } },
    pagination: false,
    depth: 1,
    select: { title: true, number: true, meeting: true, handling: true, parent: true },
    ...AS_VISITOR,
  })
  const names = await nameItems(payload, items.docs)
  const history = items.docs
    .filter((item) => typeof item.meeting === 'object')
    .map((item) => ({ item, meeting: item.meeting as Meeting, name: names.get(item.id)! }))
    .sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt))
  return { entry, history }
}
