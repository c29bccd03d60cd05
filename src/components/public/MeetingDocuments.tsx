import type { MeetingStage, PublicAgendaItem } from '@/lib/public/meetings'
import { meetingPdfLinks } from '@/pdf/links'

/** The meeting as documents to download and print: the PDFs of src/pdf/, generated from what this page shows. */
export function MeetingDocuments({
  slug,
  stage,
  items,
}: {
  slug: string
  stage: MeetingStage
  items: PublicAgendaItem[]
}) {
  const links = meetingPdfLinks({ slug, stage, items })
  return (
    <section aria-labelledby="dokument-pdf" className="meeting-documents print-hide">
      <h2 id="dokument-pdf">Som dokument</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} type="application/pdf">
              {link.title}
            </a>{' '}
            <span className="meta">{link.description}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
