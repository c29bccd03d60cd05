/**
 * Text inside uploaded documents, so that search finds words that only stand in a PDF or Word file.
 * unpdf (a maintained serverless build of Mozilla's pdf.js) reads PDF; mammoth reads DOCX; both run in the
 * sandboxed reader process of `src/extract`, which refuses zip and PDF bombs.
 */
import { type ExtractKind, extractText } from '../extract'
import { MAX_TEXT_CHARS } from '../extract/limits'

const KIND_BY_MIME: Record<string, ExtractKind> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
}

/** The text for search, whitespace collapsed, at most MAX_TEXT_CHARS; null for types whose text is not read. */
export async function extractDocumentText({
  data,
  mimeType,
}: {
  data: Uint8Array
  mimeType: string
}): Promise<string | null> {
  const kind = KIND_BY_MIME[mimeType]
  if (!kind) return null
  return clean(await extractText({ data, kind }))
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS)
}
