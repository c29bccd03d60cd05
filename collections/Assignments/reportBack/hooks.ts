import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../src/access/meetingStages'
import { SKIP_REPORT_BACK, markReportedBack, syncAllReportBacks, syncReportBack } from './sync'

/** Assignment saved: propose (or move) its report-back. */
export const syncReportBackAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context[SKIP_REPORT_BACK]) return doc
  await syncReportBack({ req, assignmentId: doc.id })
  return doc
}

/** Meeting created, moved, cancelled or trashed: proposals follow to the right meeting. */
export const syncReportBacksForMeeting: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context[SKIP_REPORT_BACK]) return doc
  const changed =
    operation === 'create' || doc.startsAt !== previousDoc?.startsAt || doc.state !== previousDoc?.state || Boolean(doc.deletedAt) !== Boolean(previousDoc?.deletedAt)
  if (changed) await syncAllReportBacks({ req })
  return doc
}

/** A position written on a report-back item closes the loop. */
export const closeLoopFromItem: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context[SKIP_REPORT_BACK]) return doc
  if (typeof doc.positionTaken === 'string' && doc.positionTaken.trim()) await markReportedBack({ req, itemId: doc.id })
  return doc
}

/** So does a decision recorded under it. */
export const closeLoopFromDecision: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context[SKIP_REPORT_BACK]) return doc
  const itemId = relationId(doc.agendaItem)
  if (itemId) await markReportedBack({ req, itemId })
  return doc
}
