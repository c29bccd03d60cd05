/** The årshjul on the public site, read with the visitor's access (plans of published meetings only). */
import { type ArshjulOptions, isPublicArshjul, loadUpcoming, loadYearPlan } from '../../../plugins/arshjul/exports'
import { stockholmDate } from '../../domain/time'
import { publicPayload } from './payload'

async function context() {
  const payload = await publicPayload()
  return { payload, options: payload.config.custom?.arshjul as ArshjulOptions | undefined }
}

export async function isArshjulPublic(): Promise<boolean> {
  return isPublicArshjul((await context()).options)
}

/** Null when the årshjul is not public (the routes answer 404). */
export async function publicYearPlan(year: number) {
  const { payload, options } = await context()
  return isPublicArshjul(options) ? loadYearPlan(payload, options, { year, asVisitor: true }) : null
}

/** The next meetings after `date` (YYYY-MM-DD, exclusive) with their planned themes. */
export async function upcomingAfter(date: string, count = 3) {
  const { payload, options } = await context()
  if (!isPublicArshjul(options)) return []
  const next = new Date(`${date}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return loadUpcoming(payload, options, { today: next.toISOString().slice(0, 10), count })
}

export const todayInStockholm = () => stockholmDate(new Date())

/** From today on (inclusive). */
export async function upcomingFromToday(count = 3) {
  const { payload, options } = await context()
  if (!isPublicArshjul(options)) return []
  return loadUpcoming(payload, options, { today: todayInStockholm(), count })
}
