import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { ExtractionError, assertZipWithinLimits } from '@/extract'
import { looksLikeZip } from '@/extract/zip'
import { extractDocumentText } from '@/search/extract'

/** A zip bomb or a file that needs too much memory to read is refused (413); other failures keep the file. */
const isRefusal = (err: unknown): err is ExtractionError =>
  err instanceof ExtractionError && (err.reason === 'refused' || err.reason === 'memory')

/**
 * On upload: the SHA-256 of the bytes (proves which version of a document was published, finds duplicates)
 * and the text inside PDF and DOCX files for search. Every Office file (DOCX, XLSX, PPTX) has its zip
 * directory checked, so a zip bomb is not stored for someone else to open. A file whose text cannot be read,
 * or takes too long to read, is still stored, without text, with a warning in the log.
 */
export const fingerprint: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : null
  if (!bytes) return data
  let textContent: string | null = null
  try {
    if (looksLikeZip(bytes)) await assertZipWithinLimits({ data: bytes })
    textContent = await extractDocumentText({
      data: bytes,
      mimeType: (data.mimeType as string | undefined) ?? file.mimetype,
    })
  } catch (err) {
    if (isRefusal(err)) throw new APIError(err.message, err.status, null, true)
    req.payload.logger.warn({ msg: `Kunde inte läsa texten i ${file.name}; dokumentet sparas utan sökbar text`, err })
  }
  return { ...data, sha256: createHash('sha256').update(bytes).digest('hex'), textContent }
}
