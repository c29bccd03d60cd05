import { extractLinks } from '../text'
import { addNote } from './notes'
import type { ItemLine } from './state'

// Markdown links in an item ("[Presentation …](https://…)"): each is a link of the item (with its address when it has
// a real one) and a document it names; text around the links stays a note.

/** Returns true when the line held links. */
export function readLinks({ line, current }: ItemLine): boolean {
  const { links, text: plain } = extractLinks(line.text)
  if (!links.length) return false
  for (const link of links) {
    // Whether the archive holds it is for the import to find out, not the parser.
    current.item.documents.push({ title: link.title, inArchive: null })
    current.item.links.push(link.url && link.url !== '#' ? { title: link.title, url: link.url } : { title: link.title })
  }
  let rest = plain
  for (const link of links) rest = rest.replace(link.title, '')
  if (/[\p{L}\d]/u.test(rest)) addNote({ draft: current, text: plain, bullet: line.bullet })
  return true
}
