import { ExtractionError, extractText } from '../extract'
import { looksLikeZip } from '../extract/zip'

/**
 * The text of a Word document (.docx), paragraph by paragraph, for `parseDocument`: list items keep their
 * "- " / "1. " markers, table rows their cells (tab-separated, as in the Markdown sources) and links their
 * addresses ("[text](https://…)"), see src/extract/docxHtml.mjs.
 * mammoth runs in the sandboxed reader of `src/extract`: a zip bomb, a file needing too much memory or too
 * much time rejects with that ExtractionError (413/422); a file that is not a readable .docx with a Swedish Error.
 */
export async function docxToText(buffer: Buffer): Promise<string> {
  if (!Buffer.isBuffer(buffer) || !looksLikeZip(buffer)) {
    throw new Error('Filen är inte ett Word-dokument (.docx). Spara dokumentet som .docx och försök igen.')
  }
  try {
    return await extractText({ data: buffer, kind: 'docx' })
  } catch (error) {
    if (error instanceof ExtractionError && error.reason !== 'unreadable') throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Word-dokumentet kunde inte läsas: ${reason}`)
  }
}
