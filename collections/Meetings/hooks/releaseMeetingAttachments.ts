import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Meeting } from '@/payload-types'
import { syncAttachmentRelease } from '../../Attachments/releaseAttachments'
import { relationId } from '@/lib/relations'

/** What decides whether a meeting's documents are public; a save that changes none of it leaves them be. */
const releaseState = (meeting: Partial<Meeting> | undefined) =>
  JSON.stringify([
    meeting?._status,
    meeting?.publication?.isNoticePublished,
    meeting?.publication?.isMinutesPublished,
    meeting?.deletedAt ?? null,
    relationId(meeting?.sourceDocument),
  ])

async function syncMeetingDocuments(req: PayloadRequest, meetings: Partial<Meeting>[]) {
  const ids = meetings.map((meeting) => meeting.id).filter((id): id is string => Boolean(id))
  const { docs: items } = await req.payload.find({
    collection: 'agenda-items',
    where: { meeting: { in: ids } },
    select: { attachments: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    trash: true,
    req,
  })
  await syncAttachmentRelease({
    req,
    attachments: [
      ...items.flatMap((item) => item.attachments ?? []),
      ...meetings.map((meeting) => meeting.sourceDocument),
    ],
  })
}

/** Publishing a kallelse releases its documents; unpublishing, trashing or deleting the meeting withdraws them. */
export const releaseMeetingAttachments: CollectionAfterChangeHook<Meeting> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && releaseState(doc) === releaseState(previousDoc)) return doc
  await syncMeetingDocuments(req, [doc, previousDoc].filter(Boolean))
  return doc
}

export const withdrawMeetingAttachments: CollectionAfterDeleteHook<Meeting> = async ({ doc, req }) => {
  await syncMeetingDocuments(req, [doc])
  return doc
}
