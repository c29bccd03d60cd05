import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'

import type { CollectionBeforeChangeHook } from 'payload'

import { extractDocumentText } from '../../../src/search/extract'

/**
 * On upload: the SHA-256 of the bytes (proves which version of a document was published, finds duplicates)
 * and the text inside PDF and DOCX files for search. A file whose text cannot be read is still stored.
 */
export const fingerprint: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : null
  if (!bytes) return data
  let textContent: string | null = null
  try {
    textContent = await extractDocumentText({ data: bytes, mimeType: file.mimetype })
  } catch (err) {
    req.payload.logger.warn({ msg: `Kunde inte läsa texten i ${file.name}`, err })
  }
  return { ...data, sha256: createHash('sha256').update(bytes).digest('hex'), textContent }
}
