import mammoth from 'mammoth'

/** A .docx file is a zip archive: it starts with "PK\x03\x04". */
function looksLikeZip(buffer: Uint8Array): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04
}

/**
 * The text of a Word document (.docx), paragraph by paragraph, for `parseDocument`. Tables come out as
 * one cell per paragraph (mammoth's raw text), so an årshjul grid in a DOCX is read as ordinary lines.
 * Rejects with a Swedish message when the file is not a readable .docx.
 */
export async function docxToText(buffer: Buffer): Promise<string> {
  if (!Buffer.isBuffer(buffer) || !looksLikeZip(buffer)) {
    throw new Error('Filen är inte ett Word-dokument (.docx). Spara dokumentet som .docx och försök igen.')
  }
  try {
    const result = await mammoth.extractRawText({ buffer })
    return result.value
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Word-dokumentet kunde inte läsas: ${reason}`)
  }
}
