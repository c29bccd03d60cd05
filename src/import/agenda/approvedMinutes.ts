/**
 * "3. Föregående mötesanteckning … Föregående mötesanteckningar godkänns.": minutes that approve the previous
 * meeting's minutes. Which minutes: the date of the document the item names ("2025-10-16 Mötesanteckning SRO"),
 * else the meeting before this one.
 */
import type { ParsedAgendaItem } from '../schema'

export type ApprovedMinutes = {
  /** The approved minutes' meeting date when the item names their document, else null (the previous meeting). */
  date: string | null
  line: number
}

const PREVIOUS_MINUTES_TITLE = /föregående\s+(mötesanteckning|protokoll|minnesanteckning)/iu
const APPROVED = /\bgodkän(ns|des|ts|nes)\b/iu
const MINUTES_DOCUMENT = /^(\d{4}-\d{2}-\d{2})\b.*\b(mötesanteckning|protokoll|minnesanteckning)/iu

/** The approval of earlier minutes that an agenda (of minutes, not a kallelse) records, or null. */
export function approvedMinutesOf(items: readonly ParsedAgendaItem[]): ApprovedMinutes | null {
  for (const item of items) {
    if (!PREVIOUS_MINUTES_TITLE.test(item.title)) continue
    const approval = item.decisions.find((decision) => decision.kind === 'godkanner' || APPROVED.test(decision.text))
    const approvedText = approval ?? (item.positionTaken && APPROVED.test(item.positionTaken) ? item : null)
    if (!approvedText) continue
    const dates = item.documents
      .map((document) => MINUTES_DOCUMENT.exec(document.title)?.[1])
      .filter((date): date is string => Boolean(date))
      .sort()
    // Several earlier minutes named: the latest is the one before this meeting.
    return { date: dates.at(-1) ?? null, line: approval?.line ?? item.line }
  }
  return null
}
