import { extractLinks } from '../text'
import { addNote } from './notes'
import type { ItemLine } from './state'

// Markdown links in an item ("[Presentation …](https://…)"): each is a document of the item, with its address when
// it has a real one; text around the links stays a note.

/** Returns true when the line held links. */
export function readLinks({ line, current }: ItemLine): boolean {
  const { links, text: plain } = extractLinks(line.text)
  if (!links.length) return false
  for (const link of links) {
    current.item.documents.push(link.title)
    if (link.url && link.url !== '#') current.item.links.push({ title: link.title, url: link.url })
  }
  let rest = plain
  for (const link of links) rest = rest.replace(link.title, '')
  if (/[\p{L}\d]/u.test(rest)) addNote({ draft: current, text: plain, bullet: line.bullet })
  return true
}
