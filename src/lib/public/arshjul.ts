/** The årshjul on the public site, read with the visitor's access (plans of published meetings only). */
import { type ArshjulOptions, isPublicArshjul, loadUpcoming, loadYearPlan } from '../../../plugins/arshjul/exports'
import { stockholmDate } from '@/domain/time'
import { linkOnlyPublicPages } from './meetingLinks'
import { AS_VISITOR, publicPayload } from './payload'

async function context() {
  const payload = await publicPayload()
  return { payload, options: payload.config.custom?.arshjul as ArshjulOptions | undefined }
}

export async function isArshjulPublic(): Promise<boolean> {
  return isPublicArshjul((await context()).options)
}

/** The ids among `ids` of meetings whose page the public can open (kallelse published). */
async function publicMeetingIds(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { and: [{ id: { in: ids } }, { 'publication.isNoticePublished': { equals: true } }] },
    pagination: false,
    depth: 0,
    select: { slug: true },
    ...AS_VISITOR,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Null when the årshjul is not public (the routes answer 404). Meetings link only to pages that exist. */
export async function publicYearPlan(year: number) {
  const { payload, options } = await context()
  if (!isPublicArshjul(options)) return null
  const plan = await loadYearPlan(payload, options, { year, asVisitor: true })
  const publicIds = await publicMeetingIds(plan.meetings.map((meeting) => meeting.id))
  return { ...plan, meetings: linkOnlyPublicPages({ meetings: plan.meetings, publicIds }) }
}

async function withPublicLinks(upcoming: Awaited<ReturnType<typeof loadUpcoming>>) {
  const publicIds = await publicMeetingIds(upcoming.map(({ meeting }) => meeting.id))
  const meetings = linkOnlyPublicPages({ meetings: upcoming.map(({ meeting }) => meeting), publicIds })
  return upcoming.map((entry, index) => ({ ...entry, meeting: meetings[index]! }))
}

/** The next meetings after `date` (YYYY-MM-DD, exclusive) with their planned themes. */
export async function upcomingAfter(date: string, count = 3) {
  const { payload, options } = await context()
  if (!isPublicArshjul(options)) return []
  const next = new Date(`${date}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return withPublicLinks(await loadUpcoming(payload, options, { today: next.toISOString().slice(0, 10), count }))
}

export const todayInStockholm = () => stockholmDate(new Date())

/** From today on (inclusive). */
export async function upcomingFromToday(count = 3) {
  const { payload, options } = await context()
  if (!isPublicArshjul(options)) return []
  return withPublicLinks(await loadUpcoming(payload, options, { today: todayInStockholm(), count }))
}
