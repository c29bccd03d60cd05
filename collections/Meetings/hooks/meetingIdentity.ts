import type { CollectionBeforeChangeHook } from 'payload'

import { meetingSlug } from '@/domain/meetingSlug'
import { formatSwedishDate, stockholmDate } from '@/domain/time'
import { MEETING_KINDS, labelOf } from '../options'

/** A stable slug from the date (`2025-11-13`, `-2` when the date is taken) and a readable title. */
export const meetingIdentity: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!data.startsAt) return data
  const body = data.body || 'SRO'
  const kindLabel = labelOf(MEETING_KINDS, data.kind)
  const title = `${body} ${data.kind === 'ordinarie' ? 'möte' : kindLabel.toLowerCase()} ${formatSwedishDate(data.startsAt)}`
  // Once a meeting has a slug it keeps it, so links and citations stay valid when the time moves.
  if (originalDoc?.slug) return { ...data, slug: originalDoc.slug, title }
  const { docs } = await req.payload.find({
    collection: 'meetings',
    where: { slug: { like: stockholmDate(data.startsAt) } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    trash: true,
    req,
  })
  const takenSlugs = docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
  return { ...data, slug: meetingSlug({ startsAt: data.startsAt, takenSlugs }), title }
}
