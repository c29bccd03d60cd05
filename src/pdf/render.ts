/**
 * Lays out a MeetingPdfModel as an accessible archival PDF with PDFKit: tagged (headings, lists, tables, paragraphs in
 * reading order; the logo a Figure with alt text; header, footer and rules as artifacts), language sv-SE, the title
 * shown by the viewer, a bookmark per agenda item, DejaVu Sans embedded, PDF/A-3a identification and XMP metadata,
 * "Sida 2 av 5" and a running header with meeting and date on every page.
 */
import { Layout } from './layout'
import type { MeetingPdfModel } from './model'
import { pageFrame } from './pageFrame'
import { agenda, attendance, closing, roster, titleBlock } from './sections'

/** The PDF bytes of a kallelse or mötesanteckning. */
export function renderMeetingPdf(model: MeetingPdfModel): Promise<Uint8Array> {
  const layout = new Layout(model)
  const { doc } = layout
  const chunks: Uint8Array[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  titleBlock({ layout })
  roster({ layout })
  attendance({ layout })
  agenda({ layout })
  closing({ layout })
  layout.root.end()
  pageFrame({ layout })
  doc.end()
  return done
}
