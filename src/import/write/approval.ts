/**
 * Minutes that approve the previous meeting's minutes record it on that meeting (approval.approvedAtMeeting), so its
 * badge reads "godkänd vid mötet <datum>". Set once: an approval staff entered is never replaced. The public badge
 * shows it only while the approving meeting's minutes are published (a kallelse proposing it is not an approval).
 */
import type { Where } from 'payload'

import { stockholmDayRange } from '@/domain/time'
import { approvedMinutesOf } from '../agenda/approvedMinutes'
import type { ParsedMeeting } from '../schema'
import type { WriteContext } from './writeContext'

export async function recordApprovedMinutes({
  ctx,
  parsed,
  meetingId,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
  meetingId: string
}): Promise<void> {
  if (parsed.stage !== 'minutes') return
  const approved = approvedMinutesOf(parsed.agendaItems)
  if (!approved) return
  const thisDay = stockholmDayRange(parsed.date)
  const where: Where = approved.date
    ? {
        and: [
          { startsAt: { greater_than_equal: stockholmDayRange(approved.date).start } },
          { startsAt: { less_than: stockholmDayRange(approved.date).end } },
        ],
      }
    : { startsAt: { less_than: thisDay.start } }
  const { docs } = await ctx.payload.find({
    collection: 'meetings',
    where: { and: [where, { id: { not_equals: meetingId } }, { state: { not_equals: 'cancelled' } }] },
    sort: '-startsAt',
    limit: 1,
    select: { approval: true, startsAt: true, _status: true },
    // The first match only; without pagination Payload keeps the limit and skips the count query.
    ...ctx.findOptions,
  })
  const target = docs[0]
  if (!target) {
    ctx.warn(
      approved.line,
      approved.date
        ? `Mötesanteckningen från ${approved.date} som godkänns finns inte i arkivet; godkännandet har inte registrerats.`
        : 'Det föregående mötet finns inte i arkivet; godkännandet av dess mötesanteckning har inte registrerats.',
    )
    return
  }
  if (target.approval?.approvedAtMeeting || target.approval?.approvedOn) return
  // `target` is the latest version (a drafts read): published means no staff draft is pending.
  if (target._status === 'published') return setApproval({ ctx, approvedId: target.id, approvingId: meetingId })
  // A pending draft: the save decides, and keeps it a draft (src/versions/keepPublished.ts).
  await ctx.update({
    collection: 'meetings',
    stored: target,
    desired: { approval: { approvedAtMeeting: meetingId } },
  })
}

/**
 * Sets the approval on the meeting's row and on its latest version (the same record while no draft is pending), in the
 * import's transaction, instead of a save: a save rewrites the whole meeting, every list in both tables and a new
 * version (~20 statements, a fifth of an import's time), to set one column. Only the importer takes this path, on data
 * it has checked: what a save would check or trigger does not apply to this field. approvedAtMeeting's filterOptions
 * (another meeting) holds, the query above excludes this meeting; no meeting hook follows the approval (identity,
 * publication dates, documents' release, report-backs and årshjul follow other fields); the page cache follows
 * `updatedAt`. The approving document's import run records the change, so the approved meeting gets no version of its own.
 */
async function setApproval({
  ctx,
  approvedId,
  approvingId,
}: {
  ctx: WriteContext
  approvedId: string
  approvingId: string
}) {
  const { payload, req } = ctx
  const updatedAt = new Date().toISOString()
  const approval = { approvedAtMeeting: approvingId }
  const {
    docs: [latest],
  } = await payload.db.findVersions({
    collection: 'meetings',
    where: { and: [{ parent: { equals: approvedId } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    select: { id: true },
    req,
  })
  if (!latest) throw new Error(`Mötet ${approvedId} saknar version; godkännandet kunde inte sparas.`)
  await payload.db.updateOne({
    collection: 'meetings',
    id: approvedId,
    data: { approval, updatedAt },
    req,
    returning: false,
  })
  await payload.db.updateVersion({
    collection: 'meetings',
    id: latest.id,
    versionData: { version: { approval }, updatedAt } as never,
    req,
    returning: false,
  })
  ctx.noteUpdated('meetings')
}
