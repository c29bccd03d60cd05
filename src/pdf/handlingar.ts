/**
 * Möteshandlingar: the kallelse followed by the public beslutsunderlag PDFs, with a bookmark per document. PDFKit only
 * writes PDFs, so the documents are appended with pdf-lib, which reads and copies pages.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, type PDFRef } from 'pdf-lib'

export type HandlingarDocument = { title: string; bytes: Uint8Array }

/**
 * The combined PDF and which documents could not be read (encrypted or damaged): those stay listed in the kallelse
 * but are left out here rather than failing the whole download.
 */
export async function combineHandlingar({
  kallelse,
  documents,
  title,
}: {
  kallelse: Uint8Array
  documents: HandlingarDocument[]
  title: string
}) {
  const combined = await PDFDocument.load(kallelse, { updateMetadata: false })
  const bookmarks: { title: string; page: PDFRef }[] = []
  const skipped: string[] = []
  for (const document of documents) {
    try {
      const source = await PDFDocument.load(document.bytes, { updateMetadata: false })
      const pages = await combined.copyPages(source, source.getPageIndices())
      if (pages.length === 0) continue
      pages.forEach((page) => combined.addPage(page))
      bookmarks.push({ title: document.title, page: pages[0]!.ref })
    } catch {
      skipped.push(document.title)
    }
  }
  if (bookmarks.length > 0) appendOutline({ pdf: combined, heading: 'Handlingar', entries: bookmarks })
  combined.setTitle(title, { showInWindowTitleBar: true })
  combined.setLanguage('sv-SE')
  // The appended documents are whatever was uploaded: the combined file makes no PDF/A claim (the kallelse alone does).
  rewriteMetadata({ pdf: combined, title })
  return { bytes: await combined.save(), skipped }
}

/** Adds a top-level bookmark with one child per document, after the kallelse's own bookmarks. */
function appendOutline({
  pdf,
  heading,
  entries,
}: {
  pdf: PDFDocument
  heading: string
  entries: { title: string; page: PDFRef }[]
}) {
  const { context, catalog } = pdf
  let outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  if (!outlines) {
    outlines = context.obj({ Type: 'Outlines' })
    catalog.set(PDFName.of('Outlines'), context.register(outlines))
  }
  const outlinesRef = catalog.get(PDFName.of('Outlines')) as PDFRef
  const parentRef = context.nextRef()
  const childRefs = entries.map(() => context.nextRef())
  entries.forEach((entry, index) => {
    const item = context.obj({})
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title))
    item.set(PDFName.of('Parent'), parentRef)
    item.set(PDFName.of('Dest'), context.obj([entry.page, PDFName.of('Fit')]))
    if (index > 0) item.set(PDFName.of('Prev'), childRefs[index - 1]!)
    if (index < entries.length - 1) item.set(PDFName.of('Next'), childRefs[index + 1]!)
    context.assign(childRefs[index]!, item)
  })
  const parent = context.obj({})
  parent.set(PDFName.of('Title'), PDFHexString.fromText(heading))
  parent.set(PDFName.of('Parent'), outlinesRef)
  parent.set(PDFName.of('Dest'), context.obj([entries[0]!.page, PDFName.of('Fit')]))
  parent.set(PDFName.of('First'), childRefs[0]!)
  parent.set(PDFName.of('Last'), childRefs[childRefs.length - 1]!)
  parent.set(PDFName.of('Count'), PDFNumber.of(entries.length))
  const last = outlines.get(PDFName.of('Last')) as PDFRef | undefined
  if (last) {
    const lastItem = context.lookup(last, PDFDict)
    lastItem.set(PDFName.of('Next'), parentRef)
    parent.set(PDFName.of('Prev'), last)
  } else {
    outlines.set(PDFName.of('First'), parentRef)
  }
  outlines.set(PDFName.of('Last'), parentRef)
  const count = outlines.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber() ?? 0
  outlines.set(PDFName.of('Count'), PDFNumber.of(count + 1))
  context.assign(parentRef, parent)
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The kallelse's XMP with the combined title and without the PDF/A identification. */
function rewriteMetadata({ pdf, title }: { pdf: PDFDocument; title: string }) {
  const stream = pdf.context.lookup(pdf.catalog.get(PDFName.of('Metadata')))
  // PDFKit writes its XMP uncompressed, as a raw stream.
  if (!(stream instanceof PDFRawStream)) return
  const xml = new TextDecoder().decode(stream.getContents())
  const rewritten = xml
    .replace(/<rdf:Description[^>]*xmlns:pdfaid[\s\S]*?<\/rdf:Description>/, '')
    .replace(/(<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>)[\s\S]*?(<\/rdf:li>)/, `$1${escapeXml(title)}$2`)
  const replacement = pdf.context.stream(rewritten, { Type: 'Metadata', Subtype: 'XML' })
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(replacement))
}
