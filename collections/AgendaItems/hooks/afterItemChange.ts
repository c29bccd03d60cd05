import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { meetingStagesFor } from '@/access/meetingStages'
import { relationId } from '@/lib/relations'
import { revalidatePublic } from '@/lib/revalidate'
import { syncAttachmentRelease } from '../../Attachments/releaseAttachments'

/**
 * A published public item on a public kallelse releases its documents and refreshes the meeting page;
 * unpublishing, hiding or trashing it, or taking a document off it, withdraws what is no longer used publicly.
 */
export const afterItemChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  // Unpublishing or hiding an item must refresh the pages that showed it.
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const meetingId = relationId(doc.meeting)
  const stages = await meetingStagesFor({ req, meetingId })
  if (!stages.isNoticePublic && !(previousDoc && relationId(previousDoc.meeting) !== meetingId)) return doc
  await syncAttachmentRelease({ req, attachments: [...(doc.attachments ?? []), ...(previousDoc?.attachments ?? [])] })
  await revalidatePublic({ req })
  return doc
}

export const afterItemDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncAttachmentRelease({ req, attachments: doc.attachments ?? [] })
  return doc
}
