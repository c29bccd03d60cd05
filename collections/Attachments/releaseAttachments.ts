import type { PayloadRequest } from 'payload'

import { relationId } from '../../src/access/meetingStages'

/**
 * Marks documents as released (public) the first time a published kallelse points at them.
 * A document uploaded for a meeting that is still a draft is therefore not reachable by the public.
 */
export async function releaseAttachments({ req, attachments }: { req: PayloadRequest; attachments: unknown[] }) {
  const ids = [...new Set(attachments.map(relationId).filter((id): id is string => Boolean(id)))]
  if (ids.length === 0) return
  await req.payload.update({
    collection: 'attachments',
    where: { and: [{ id: { in: ids } }, { releasedAt: { exists: false } }] },
    data: { releasedAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
}
