import type { Context } from '../context'
import { clockMinutesBetween } from '@/domain/time'
import type { Handling, ParsedAgendaItem } from '../schema'
import { findTimeRange, parseDuration } from '../text'
import type { ItemLine } from './state'

// The head of an item: how it is handled ("Information och dialog") and its time note ("20 minuter, kl. 13.05–13.25").

const HANDLING_WORD = '(?:information|dialog|diskussion|ställningstagande|beslut)'
const HANDLING_LINE = new RegExp(
  `^(${HANDLING_WORD}(?:\\s*(?:,|och|&|samt|\\+|/)\\s*${HANDLING_WORD})*)(?:\\s+(inför\\s+(?:ställningstagande|beslut)(?![\\p{L}]).*))?$`,
  'iu',
)

/** "Titel (20 minuter)" → the text before the closing parenthesis and what stands inside it. */
export function splitTrailingParenthesis(text: string): { head: string; inner: string } | null {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(text)
  return match ? { head: match[1] ?? '', inner: match[2] ?? '' } : null
}

/** "Information och dialog (20 minuter)" → handling, "inför ställningstagande", and the time note. */
export function parseHandling(
  text: string,
): { handling: Handling[]; beforePosition: boolean; schedule: string | null } | null {
  const parenthesis = splitTrailingParenthesis(text)
  const words = (parenthesis ? parenthesis.head : text).trim()
  const match = HANDLING_LINE.exec(words)
  if (!match) return null
  const handling: Handling[] = []
  const add = (value: Handling) => {
    if (!handling.includes(value)) handling.push(value)
  }
  for (const word of (match[1] ?? '').toLowerCase().split(/[^\p{L}]+/u)) {
    if (word === 'information') add('information')
    else if (word === 'dialog' || word === 'diskussion') add('dialog')
    else if (word === 'ställningstagande' || word === 'beslut') add('stallningstagande')
  }
  return { handling, beforePosition: Boolean(match[2]), schedule: parenthesis ? parenthesis.inner.trim() : null }
}

/** "(20 minuter, kl. 13.05 – 13.25)" or a bare "kl. 13.05–13.25": the time note of an item. */
export function scheduleLine(text: string): string | null {
  const inner = /^\(([^()]*)\)$/u.exec(text)?.[1] ?? (/^kl(?:\.|ockan)?\s*\d/iu.test(text) ? text : null)
  if (inner === null) return null
  return parseDuration(inner) !== null || findTimeRange(inner) ? inner.trim() : null
}

/** Adds a time note to the item: its length and clock times where the note gives them. */
export function applySchedule(item: ParsedAgendaItem, text: string): void {
  item.scheduleText = item.scheduleText ? `${item.scheduleText}; ${text}` : text
  const duration = parseDuration(text)
  if (duration !== null) item.durationMinutes = duration
  const range = findTimeRange(text)
  if (range) {
    item.start = range.start
    item.end = range.end
  }
}

/** A line under the title that gives handling or time. Returns true when the line was used. */
export function applyHeadLine(item: ParsedAgendaItem, text: string): boolean {
  const handling = item.handling.length === 0 ? parseHandling(text) : null
  if (handling) {
    item.handling = handling.handling
    item.beforePosition = handling.beforePosition
    item.handlingText = text
    if (handling.schedule) applySchedule(item, handling.schedule)
    return true
  }
  const schedule = scheduleLine(text)
  if (schedule) {
    applySchedule(item, schedule)
    return true
  }
  return false
}

/** Handling and time are read only while the main item's head is open, and never from a bullet. */
export function readItemHead({ line, main, current }: ItemLine): boolean {
  return current === main && main.headOpen && !line.bullet && applyHeadLine(main.item, line.text)
}

/** Clock times give the length when none is written; when both are written and disagree, staff are told. */
export function reconcileDuration({ item, label, ctx }: { item: ParsedAgendaItem; label: string; ctx: Context }): void {
  if (!item.start || !item.end) return
  const span = clockMinutesBetween(item.start, item.end)
  if (item.durationMinutes === null && span !== null) item.durationMinutes = span
  else if (span !== null && item.durationMinutes !== null && span !== item.durationMinutes) {
    ctx.warn(item.line, `${label}: ${item.durationMinutes} minuter stämmer inte med kl. ${item.start}–${item.end}.`)
  }
}
