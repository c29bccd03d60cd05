import { parsePersonList } from '../people'
import type { ItemLine } from './state'

// "Föredragande: Kristina Lännergren, Västkom och Karin Looström Muth, VGR" → the item's presenters.

const PRESENTERS = /^(?:föredragande|föredragare|presentatörer?|medverkande|ansvarig(?:a)?)\s*:\s*(.*)$/iu

/** A presenters line adds named people to the current item and keeps the unnamed ones as a note. */
export function readPresenters({ line, state, current }: ItemLine): boolean {
  const match = line.bullet ? null : PRESENTERS.exec(line.text)
  if (!match) return false
  const list = parsePersonList(match[1] ?? '')
  const item = current.item
  for (const person of list.people) {
    item.presenters.push(person.name)
    item.presenterDetails.push({ name: person.name, organisation: person.organisation, title: person.title })
  }
  if (list.unnamed.length) {
    const note = list.unnamed.join(', ')
    item.presenterNote = item.presenterNote ? `${item.presenterNote}, ${note}` : note
    if (!list.people.length)
      state.ctx.warn(line.line, `Punkt ${item.number ?? ''}: hittade inga namn bland föredragande.`)
  }
  return true
}
