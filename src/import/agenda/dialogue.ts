import type { DialogueKind } from '../schema'
import type { ItemLine } from './state'

// "Dialog:", "Inspel", "Frågor och svar" over a bullet list: each bullet is one entry of the item's dialogue.

const HEADING = /^(dialog|inspel|diskussion|synpunkter|frågor och svar|frågor)\s*:?$/iu

function dialogueKindOf(word: string): DialogueKind {
  const value = word.toLowerCase()
  if (value === 'inspel' || value === 'synpunkter') return 'inspel'
  if (value.startsWith('frågor')) return 'fraga'
  return 'dialog'
}

/** The heading opens the list and closes the item's head. */
export function startDialogue({ line, state, main, current }: ItemLine): boolean {
  const match = HEADING.exec(line.text)
  if (!match) return false
  state.mode = { kind: 'dialogue', dialogueKind: dialogueKindOf(match[1] ?? '') }
  current.headOpen = false
  main.headOpen = false
  return true
}

/** A bullet is an entry; a line that is no bullet ends the list. */
export function dialogueLine({
  line,
  state,
  current,
  dialogueKind,
}: ItemLine & { dialogueKind: DialogueKind }): boolean {
  if (!line.bullet) {
    state.mode = { kind: 'body' }
    return false
  }
  current.item.dialogue.push({ kind: dialogueKind, text: line.text, line: line.line })
  return true
}
