import type { Draft, ItemLine, State } from './state'

/** Text that stands before item 1 has no item to go to: it is kept for staff with this message. */
export const BEFORE_FIRST_ITEM = 'Texten står före första punkten på dagordningen.'

/** A note line of an item; bullets that follow each other stay one list. Any note closes the item's head. */
export function addNote({ draft, text, bullet }: { draft: Draft; text: string; bullet: boolean }): void {
  const value = bullet ? `- ${text}` : text
  if (bullet && draft.lastWasBullet && draft.notes.length) draft.notes[draft.notes.length - 1] += `\n${value}`
  else draft.notes.push(value)
  draft.lastWasBullet = bullet
  draft.headOpen = false
}

/** A waiting heading that got no table or milestone after it is a note after all. */
export function finishPending(state: State): void {
  const pending = state.pending
  if (!pending) return
  state.pending = null
  if (state.current) addNote({ draft: state.current, text: pending.text, bullet: pending.bullet })
  else state.ctx.keep(pending.line, pending.text, BEFORE_FIRST_ITEM)
}

/** Bullets right under an item's head, before any note, are its topics. Returns true when the line was one. */
export function readTopic({ line, main, current }: ItemLine): boolean {
  if (!line.bullet || current !== main || !main.headOpen || main.notes.length !== 0) return false
  main.item.topics.push(line.text)
  return true
}
