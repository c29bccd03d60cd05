import type { PayloadRequest, Where } from 'payload'

import { meetingNoticePublicWhere } from '@/access/meetingStages'
import { relationId } from '@/lib/relations'

/** The ids among `values` (relations as ids or populated documents), each once. */
export function attachmentIds(values: unknown[]): string[] {
  return [...new Set(values.map(relationId).filter((id): id is string => Boolean(id)))]
}

/**
 * Brings `releasedAt` in line with where the documents are used: a document is released (readable by the public when
 * it may be published at all) while a published, public item of a meeting with a public kallelse lists it, or while
 * it is the source document of a published stage. When the last such use goes — the meeting or item is unpublished,
 * hidden, trashed or deleted, or the document is taken off the item — it is withdrawn again.
 */
export async function syncAttachmentRelease({
  req,
  attachments,
}: {
  req: PayloadRequest
  attachments: unknown[]
}): Promise<void> {
  const ids = attachmentIds(attachments)
  if (ids.length === 0) return
  const inUse = await publiclyUsed(req, ids)
  const released = ids.filter((id) => inUse.has(id))
  const withdrawn = ids.filter((id) => !inUse.has(id))
  if (released.length > 0)
    await setReleasedAt(
      req,
      { and: [{ id: { in: released } }, { releasedAt: { exists: false } }] },
      new Date().toISOString(),
    )
  if (withdrawn.length > 0)
    await setReleasedAt(req, { and: [{ id: { in: withdrawn } }, { releasedAt: { exists: true } }] }, null)
}

async function publiclyUsed(req: PayloadRequest, ids: string[]): Promise<Set<string>> {
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const [items, sources] = await Promise.all([
    req.payload.find({
      collection: 'agenda-items',
      where: {
        and: [
          { attachments: { in: ids } },
          { _status: { equals: 'published' } },
          { isPublic: { equals: true } },
          meetingNoticePublicWhere('meeting'),
        ],
      },
      select: { attachments: true },
      ...common,
    }),
    req.payload.find({
      collection: 'meetings',
      where: { sourceDocument: { in: ids } },
      select: { sourceDocument: true, _status: true, publication: true },
      ...common,
    }),
  ])
  const used = new Set<string>()
  for (const item of items.docs) for (const id of attachmentIds(item.attachments ?? [])) used.add(id)
  if (sources.docs.length === 0) return used
  // A source document is public with its stage: the minutes document with the minutes, any other with the kallelse.
  const sourceIds = attachmentIds(sources.docs.map((meeting) => meeting.sourceDocument))
  const { docs: files } = await req.payload.find({
    collection: 'attachments',
    where: { id: { in: sourceIds } },
    select: { category: true },
    trash: true,
    ...common,
  })
  const isMinutes = new Set(files.filter((file) => file.category === 'motesanteckning').map((file) => file.id))
  for (const meeting of sources.docs) {
    const id = relationId(meeting.sourceDocument)
    if (!id || meeting._status !== 'published') continue
    if (isMinutes.has(id) ? meeting.publication?.isMinutesPublished : meeting.publication?.isNoticePublished)
      used.add(id)
  }
  return used
}

async function setReleasedAt(req: PayloadRequest, where: Where, releasedAt: string | null): Promise<void> {
  await req.payload.update({
    collection: 'attachments',
    where,
    data: { releasedAt },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
