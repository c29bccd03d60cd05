import type { CollectionAfterChangeHook } from 'payload'

import { releaseAttachments } from '../../Attachments/releaseAttachments'

/** When a kallelse goes public, so do the public documents of its published public items. */
export const releaseMeetingAttachments: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published' || !doc.publication?.isNoticePublished) return doc
  const { docs: items } = await req.payload.find({
    collection: 'agenda-items',
    where: { and: [{ meeting: { equals: doc.id } }, { _status: { equals: 'published' } }, { isPublic: { equals: true } }] },
    select: { attachments: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  await releaseAttachments({ req, attachments: items.flatMap((item) => item.attachments ?? []) })
  return doc
}
