import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationId } from '@/lib/relations'
import type { Assignment } from '@/payload-types'
import { richTextToPlainText } from '@/richtext'
import { firstLoopCheck, rememberItemMeeting } from '@/lib/requestCache'
import { assignmentIdOfKey, proposeReportBack } from './propose'
import { isCandidateMeeting, markReportedBack, syncAllReportBacks, syncReportBack } from './sync'

/** Assignment saved: propose (or move) its report-back. */
export const syncReportBackAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context.skipReportBack) return doc
  await syncReportBack({ req, assignmentId: doc.id })
  return doc
}

/** Assignment deleted for good: its proposal, if nobody has taken it up, goes too. */
export const withdrawReportBackAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await proposeReportBack({ assignment: doc as Assignment, meeting: null, req })
  return doc
}

/** Meeting created, moved, cancelled or trashed: proposals follow to the right meeting. */
export const syncReportBacksForMeeting: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.skipReportBack) return doc
  const changed =
    operation === 'create' ||
    doc.startsAt !== previousDoc?.startsAt ||
    doc.state !== previousDoc?.state ||
    Boolean(doc.deletedAt) !== Boolean(previousDoc?.deletedAt)
  // Only a meeting that can carry a report-back, now or before the change, moves proposals: importing the archive's
  // past meetings leaves the loop alone.
  if (changed && (isCandidateMeeting(doc) || isCandidateMeeting(operation === 'create' ? null : previousDoc)))
    await syncAllReportBacks({ req })
  return doc
}

/** A position written on a report-back item closes the loop. */
export const closeLoopFromItem: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    // A new item cannot be any assignment's report-back yet: nothing for its decisions to close in this request.
    firstLoopCheck(req, doc.id)
    rememberItemMeeting(req, doc.id, relationId(doc.meeting))
    return doc
  }
  if (req.context.skipReportBack) return doc
  if (richTextToPlainText(doc.positionTaken).trim()) await markReportedBack({ req, itemId: doc.id })
  return doc
}

/** So does a decision recorded under it. */
export const closeLoopFromDecision: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context.skipReportBack) return doc
  const itemId = relationId(doc.agendaItem)
  // Once per item and request: the first decision under an item closes its loop; the next ones find nothing new.
  if (itemId && firstLoopCheck(req, itemId)) await markReportedBack({ req, itemId })
  return doc
}

/**
 * Given to the årshjul plugin (plan items): a proposed report-back that staff put on the agenda links the
 * assignment to that agenda item, so a position on it closes the loop.
 */
export const linkPromotedReportBack: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const assignmentId = assignmentIdOfKey(doc?.proposedBy)
  const agendaItem = relationId(doc?.agendaItem)
  // Also called after a delete (the plugin's hook list serves both): nothing to link then.
  if (!operation || !assignmentId || !agendaItem || agendaItem === relationId(previousDoc?.agendaItem)) return doc
  // A bulk update by id: an assignment deleted meanwhile is simply not found, and the promotion still succeeds.
  await req.payload.update({
    collection: 'assignments',
    where: { id: { equals: assignmentId } },
    data: { reportBackItem: agendaItem },
    overrideAccess: true,
    req,
    context: { ...req.context, skipReportBack: true },
  })
  return doc
}
