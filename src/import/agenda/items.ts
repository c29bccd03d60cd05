import { addClockMinutes } from '@/domain/time'
import type { TextLine } from '../text'
import { withoutTrailingColon } from '../text'
import { applySchedule, scheduleLine, splitTrailingParenthesis } from './handling'
import { meetingDatesModeForTitle } from './meetingDates'
import { finishPending } from './notes'
import { type Draft, type LineStep, newDraft, newItem, type State } from './state'

// Item headings and numbering: "4. Titel", "§ 4 Titel", sub-items "a) …", and pauses.

export const NUMBERED = /^(?:§\s*)?(\d{1,2})\s*[.)]\s*(?=\D)(\S.*)$/u
const PARAGRAPH_SIGN = /^§\s*(\d{1,2})\s+(\S.*)$/u
const SUB_ITEM = /^([a-h])\)\s*(.*)$/u
const PAUSE = /^paus(?![\p{L}])[\s:,–-]*(.*)$/iu

/** "4. Titel" or "§ 4 Titel": the number and the rest; null for a bullet or another line. */
export function numberedLine(line: TextLine): RegExpExecArray | null {
  return line.bullet ? null : (NUMBERED.exec(line.text) ?? PARAGRAPH_SIGN.exec(line.text))
}

/** Is this numbered line the next agenda item, and not a point of a decision or a list in the notes? */
export function isNextItem({ number, title, state }: { number: number; title: string; state: State }): boolean {
  if (!state.main) return state.drafts.length === 0
  const expected = state.lastMainNumber + 1
  if (number !== expected && number !== expected + 1) return false
  if (title.length > 200) return false
  // A title starts with a capital; a lower-case one only as the very next number, and not as a sentence.
  if (!/^[\p{Lu}\d"«]/u.test(title) && (number !== expected || /[.;]$/u.test(title) || title.length > 100)) return false
  if (state.current?.listNumber === number - 1) return false
  const main = state.main
  if (
    state.mode.kind === 'positionList' &&
    number === main.item.decisions.length + 1 &&
    (/[.;]$/u.test(title) || title.length > 120 || /^\p{Ll}/u.test(title))
  )
    return false
  return true
}

/** Opens numbered item `number`; a skipped number is reported, as is an agenda that does not start at 1. */
export function startMain({
  number,
  title,
  line,
  state,
}: {
  number: number
  title: string
  line: TextLine
  state: State
}): void {
  finishPending(state)
  const expected = state.lastMainNumber + 1
  if (state.drafts.length && number !== expected) state.ctx.warn(line.line, `Punkt ${expected} saknas i dagordningen.`)
  else if (!state.drafts.length && number !== 1) state.ctx.warn(line.line, `Dagordningen börjar på punkt ${number}.`)
  const item = newItem({ number: String(number), parent: null, title: '', line: line.line })
  const draft = newDraft(item)
  // "Punkt 4 Titel (20 minuter)": time notes written on the title line.
  const trailing = splitTrailingParenthesis(title)
  const schedule = trailing && scheduleLine(`(${trailing.inner})`)
  if (trailing && schedule) {
    applySchedule(item, schedule)
    title = trailing.head
  }
  item.title = withoutTrailingColon(title)
  state.drafts.push(draft)
  state.main = draft
  state.current = draft
  state.lastMainNumber = number
  state.mode = meetingDatesModeForTitle(item.title) ?? { kind: 'body' }
}

function expectedLetter(draft: Draft): string {
  return draft.lastSubLetter ? String.fromCharCode(draft.lastSubLetter.charCodeAt(0) + 1) : 'a'
}

/** "b) Titel" after "a)" under a numbered item opens a sub-item. Returns true when it did. */
export function startSub({ line, state }: LineStep): boolean {
  const sub = SUB_ITEM.exec(line.text)
  const main = state.main
  if (!sub || !main || main.item.isPause || sub[1] !== expectedLetter(main) || (sub[2] ?? '').length > 200) return false
  finishPending(state)
  main.lastSubLetter = sub[1] ?? 'a'
  main.headOpen = false
  const draft = newDraft(
    newItem({
      number: sub[1] ?? 'a',
      parent: main.item.number,
      title: withoutTrailingColon(sub[2] ?? ''),
      line: line.line,
    }),
  )
  state.drafts.push(draft)
  state.current = draft
  state.mode = { kind: 'body' }
  return true
}

/** "Paus 10 minuter": a pause between items. Returns true when the line was one. */
export function startPause({ line, state }: LineStep): boolean {
  const pause = line.text.length < 80 ? PAUSE.exec(line.text) : null
  if (!pause) return false
  finishPending(state)
  const rest = pause[1] ?? ''
  const item = newItem({ number: null, parent: null, title: 'Paus', line: line.line })
  item.isPause = true
  if (rest) applySchedule(item, rest)
  const previousEnd = state.main?.item.end ?? null
  if (!item.start && previousEnd && item.durationMinutes !== null) {
    // The pause starts when the item before it ends; its end follows from its length.
    item.start = previousEnd
    item.end = addClockMinutes(previousEnd, item.durationMinutes)
  }
  const draft = newDraft(item)
  draft.headOpen = false
  state.drafts.push(draft)
  state.main = draft
  state.current = draft
  state.mode = { kind: 'body' }
  return true
}
