import type { AgendaItem } from '@/payload-types'

/** Documents the item names but the archive does not hold: listed by title so the record keeps them. */
export function MissingDocumentList({ documents }: { documents: AgendaItem['missingDocuments'] }) {
  if (!documents || documents.length === 0) return null
  return (
    <ul className="attachments missing-documents">
      {documents.map((document) => (
        <li key={document.id ?? document.title}>
          {document.title} <span className="meta">(dokumentet finns inte i arkivet)</span>
        </li>
      ))}
    </ul>
  )
}
