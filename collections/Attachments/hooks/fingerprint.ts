import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'

import type { CollectionBeforeChangeHook } from 'payload'

/** SHA-256 of the uploaded bytes: proves which version of a document was published and finds duplicates. */
export const fingerprint: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : null
  if (!bytes) return data
  return { ...data, sha256: createHash('sha256').update(bytes).digest('hex') }
}
