import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relations'

/** The author is whoever saves the note. (Meeting and item come from the assignment: `copyFromParent`.) */
export const setAuthor: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation === 'create' && req.user && !data.author) return { ...data, author: req.user.id }
  return data
}

/** Keeps the assignment's summary of its latest note, which the status and the log read without a lookup. */
export const summariseProgress: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  const assignmentId = relationId(doc.assignment)
  if (!assignmentId) return doc
  const { docs, totalDocs } = await req.payload.find({
    collection: 'progress-notes',
    where: { assignment: { equals: assignmentId } },
    sort: ['-date', '-createdAt'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const latest = docs[0]
  await req.payload.update({
    collection: 'assignments',
    id: assignmentId,
    overrideAccess: true,
    req,
    context: { ...req.context, skipReportBack: true },
    data: { lastProgress: { count: totalDocs, date: latest?.date ?? null, text: latest?.text ?? null } },
  })
  return doc
}
