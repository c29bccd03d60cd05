import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../src/lib/relations'

/** The author is whoever saves the note; meeting and item come from the assignment (for the public read rule). */
export const copyFromAssignment: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  const assignmentId = relationId(data.assignment)
  const next = { ...data }
  if (operation === 'create' && req.user && !next.author) next.author = req.user.id
  if (!assignmentId) return next
  const assignment = await req.payload.findByID({
    collection: 'assignments',
    id: assignmentId,
    depth: 0,
    overrideAccess: true,
    req,
    select: { meeting: true, agendaItem: true },
  })
  return { ...next, meeting: relationId(assignment.meeting), agendaItem: relationId(assignment.agendaItem) }
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
