import type { PayloadRequest } from 'payload'

import { zonedYear } from '../domain/zonedDate'
import { fieldOf, hasDrafts, hostCollection, textOf } from '../host'
import type { ArshjulOptions } from '../options'

/**
 * What the plan needs of a meeting as the public sees it: whether it is published (a meeting collection without
 * drafts is always public) and the year it is held in. Null when the meeting does not exist.
 */
export async function liveMeeting({ req, options, id }: { req: PayloadRequest; options: ArshjulOptions; id: string }) {
  const collection = hostCollection(req.payload, options.meetings.slug)
  const drafts = hasDrafts(req.payload, collection)
  const { startsAt } = options.meetings.fields
  // Without draft: the published version, so a draft save leaves the live state as it is.
  const doc = await req.payload
    .findByID({
      collection,
      id,
      depth: 0,
      req,
      overrideAccess: true,
      select: drafts ? { _status: true, [startsAt]: true } : { [startsAt]: true },
    })
    .catch(() => null)
  if (!doc) return null
  return {
    isPublished: !drafts || fieldOf(doc, '_status') === 'published',
    year: zonedYear({ value: textOf(fieldOf(doc, startsAt)), timeZone: options.timeZone }),
  }
}
