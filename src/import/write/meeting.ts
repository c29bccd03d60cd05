/**
 * One meeting of a document: its people, its record (found by body SRO + Stockholm date + kind, so the minutes
 * update the meeting their kallelse created), its agenda, and for minutes its decisions and assignments.
 */
import { KEEP_CALLED } from '../../../collections/Meetings/hooks/fillCalled'
import { MEETING_TIME_ZONE, stockholmDayRange, stockholmInstant, stockholmTime } from '@/domain/time'
import type { Meeting } from '@/payload-types'
import type { ParsedMeeting } from '../schema'
import { writeAgendaItems, type MeetingTarget } from './agendaItems'
import { writeAssignments } from './assignments'
import { recordApprovedMinutes } from './approval'
import { writePlannedMeetings } from './plannedMeetings'
import { adoptPlanItems, writeYearPlan } from './yearPlan'
import type { Mode } from './changes'
import { writeDecisions } from './decisions'
import { loadRegisters } from './registers'
import { writeMeetingPeople, type MeetingPeople } from './roster'
import { writeSourceDocument } from './sourceDocument'
import type { UpdateData, WriteContext } from './writeContext'

/** Writes one parsed meeting; returns its id, or nothing when there is no record (a dry run that would create it). */
export async function writeMeeting({
  ctx,
  parsed,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
}): Promise<string | undefined> {
  await loadRegisters(ctx)
  const people = await writeMeetingPeople({ ctx, parsed })
  const sourceDocumentId = await writeSourceDocument({ ctx, parsed })
  const meeting = await writeMeetingRecord({ ctx, parsed, people, sourceDocumentId })
  const items = await writeAgendaItems({ ctx, parsed, meeting, presenters: people.presenters })
  // What the document plans: this meeting's own cells from earlier year plans, the meetings and the year plan it gives.
  await adoptPlanItems({ ctx, meetingId: meeting.id, date: parsed.date })
  await writePlannedMeetings({ ctx, parsed })
  await writeYearPlan({ ctx, parsed, items })
  // Decisions and assignments come with the minutes; a kallelse that only fills gaps (mode 'fill') brings none.
  if (parsed.stage === 'minutes' && meeting.mode === 'overwrite') {
    const decisions = await writeDecisions({ ctx, parsed, meeting, items })
    await writeAssignments({ ctx, parsed, meeting, items, decisions })
    await recordApprovedMinutes({ ctx, parsed, meetingId: meeting.id })
  }
  return meeting.isNew && ctx.args.dryRun ? undefined : meeting.id
}

async function writeMeetingRecord({
  ctx,
  parsed,
  people,
  sourceDocumentId,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
  people: MeetingPeople
  sourceDocumentId: string | undefined
}): Promise<MeetingTarget> {
  const day = stockholmDayRange(parsed.date)
  const { docs: matches } = await ctx.payload.find({
    collection: 'meetings',
    where: {
      and: [
        { body: { equals: 'SRO' } },
        { kind: { equals: parsed.kind } },
        { startsAt: { greater_than_equal: day.start } },
        { startsAt: { less_than: day.end } },
      ],
    },
    sort: 'createdAt',
    joins: false,
    ...ctx.findOptions,
  })
  const stored = matches[0]
  if (matches.length > 1)
    ctx.warn(
      1,
      `Det finns ${matches.length} möten av samma typ den ${parsed.date}; dokumentet har lagts på det först skapade (${stored?.slug ?? ''}).`,
    )
  const mode: Mode = parsed.stage === 'notice' && stored?.publication?.isMinutesPublished ? 'fill' : 'overwrite'
  if (mode === 'fill')
    ctx.warn(
      1,
      `Mötet ${parsed.date} har redan en publicerad mötesanteckning; kallelsen fyller bara i uppgifter som saknas.`,
    )

  let start = parsed.start
  if (!start) {
    if (stored?.startsAt) start = stockholmTime(stored.startsAt)
    else {
      start = '00:00'
      ctx.warn(1, 'Dokumentet anger ingen starttid; mötet har fått klockslaget 00:00. Rätta tiden i administrationen.')
    }
  }
  const startsAt = stockholmInstant({ date: parsed.date, time: start }).toISOString()
  let endsAt: string | undefined
  if (parsed.end) {
    const end = stockholmInstant({ date: parsed.date, time: parsed.end }).toISOString()
    if (end > startsAt) endsAt = end
    else ctx.warn(1, `Sluttiden ${parsed.end} är inte efter starttiden ${start}; sluttiden har inte sparats.`)
  }
  const state = parsed.cancelled ? 'cancelled' : parsed.stage === 'minutes' ? 'held' : undefined
  const unparsedText = parsed.unparsed.map((row) => row.text).join('\n') || undefined
  const isNotice = parsed.stage === 'notice'

  const fields = {
    body: 'SRO',
    kind: parsed.kind,
    state,
    startsAt_tz: MEETING_TIME_ZONE,
    endsAt,
    endsAt_tz: endsAt ? MEETING_TIME_ZONE : undefined,
    location: parsed.location ?? undefined,
    form: parsed.form ?? undefined,
    // The document's own list; without one the stored list stays as it is.
    called: people.called.length ? people.called : undefined,
    // Set only by a document that prints item times; one without leaves what an earlier document or staff said.
    hasPrintedItemTimes: parsed.agendaItems.some((item) => item.start || item.end) ? true : undefined,
    invitedGuests: people.invitedGuests.length ? people.invitedGuests : undefined,
    signatories: people.signatories.length ? people.signatories : undefined,
    attendance: people.attendance.length ? people.attendance : undefined,
    noticeNotes: isNotice ? unparsedText : undefined,
    minutesNotes: isNotice ? undefined : unparsedText,
    sourceDocument: sourceDocumentId,
  } satisfies UpdateData<'meetings'>

  // A new meeting is published as the document was. Once a meeting exists, staff decide what is public: the import
  // only brings out a stage the document delivers for the first time, on a meeting that is public.
  // Minutes record what happened: those of a meeting that has not started are imported but not published.
  const isMinutesTooEarly = parsed.stage === 'minutes' && new Date(startsAt) > new Date()
  if (isMinutesTooEarly)
    ctx.warn(1, `Mötesanteckningen har importerats men inte publicerats: mötet ${parsed.date} har inte börjat än.`)
  if (!stored) {
    const created = await ctx.create({
      collection: 'meetings',
      // A document without a list is not given today's register instead.
      context: { [KEEP_CALLED]: true, skipStandingItems: true },
      data: {
        ...fields,
        hasPrintedItemTimes: fields.hasPrintedItemTimes ?? false,
        state: state ?? 'planned',
        startsAt,
        publication: { isNoticePublished: true, isMinutesPublished: parsed.stage === 'minutes' && !isMinutesTooEarly },
        _status: 'published',
      },
    })
    return { id: created.id, isNew: true, mode, start }
  }
  const publication = isMinutesTooEarly
    ? undefined
    : ((await stagesToPublish({ ctx, meetingId: stored.id, parsed })) ?? undefined)
  // The stored time stays unless the document gives one.
  const desired: UpdateData<'meetings'> = { ...fields, startsAt: parsed.start ? startsAt : undefined, publication }
  await ctx.update({ collection: 'meetings', stored, desired, mode })
  const effectiveStart = mode === 'overwrite' && desired.startsAt ? start : stockholmTime(stored.startsAt)
  return { id: stored.id, isNew: false, mode, start: effectiveStart }
}

/**
 * The publication an existing meeting gets from this document, or nothing to change. A stage is published when the
 * document is its first import and the meeting is public (published, and for the minutes with a public kallelse);
 * otherwise the stage stays as staff left it — withdrawn, or a meeting made a draft again — and a warning says so.
 */
async function stagesToPublish({
  ctx,
  meetingId,
  parsed,
}: {
  ctx: WriteContext
  meetingId: string
  parsed: ParsedMeeting
}): Promise<Pick<NonNullable<Meeting['publication']>, 'isNoticePublished' | 'isMinutesPublished'> | null> {
  // What the public sees: the published version, not the latest draft that the import compares against.
  const { docs } = await ctx.payload.find({
    collection: 'meetings',
    where: { id: { equals: meetingId } },
    select: { _status: true, publication: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: ctx.req,
  })
  const live = docs[0]
  const notice = Boolean(live?.publication?.isNoticePublished)
  const minutes = Boolean(live?.publication?.isMinutesPublished)
  const isStageOut = parsed.stage === 'notice' ? notice : minutes
  if (isStageOut) return null
  const label = parsed.stage === 'notice' ? 'Kallelsen' : 'Mötesanteckningen'
  const keep = (why: string) => {
    ctx.warn(1, `${label} har importerats men inte publicerats: ${why} Publicera i administrationen när den ska ut.`)
    return null
  }
  if (live?._status !== 'published') return keep('mötet är inte publicerat.')
  if (parsed.stage === 'minutes' && !notice) return keep('kallelsen till mötet är inte publicerad.')
  const { totalDocs } = await ctx.payload.count({
    collection: 'import-runs',
    where: { and: [{ meetings: { contains: meetingId } }, { stage: { equals: parsed.stage } }] },
    overrideAccess: true,
    req: ctx.req,
  })
  if (totalDocs > 0) return keep('den har importerats förut och avpublicerats sedan.')
  return { isNoticePublished: true, isMinutesPublished: parsed.stage === 'minutes' || minutes }
}
