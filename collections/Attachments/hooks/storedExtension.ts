import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The name a file is stored and served under, with the extension of the type its bytes have. Payload checks the type
 * from the bytes but keeps the name the uploader gave, so a PDF named `x.html` was stored as `x.html` (a web server
 * or CDN in front would serve it as HTML).
 */
export function filenameForType({ filename, ext }: { filename: string; ext: string }): string {
  const dot = filename.lastIndexOf('.')
  const base = dot > 0 ? filename.slice(0, dot) : filename
  const current = dot > 0 ? filename.slice(dot + 1).toLowerCase() : ''
  return current === ext ? filename : `${base || 'dokument'}.${ext}`
}

/** Before Payload names the file (create, and update with a new file). */
export const storeUnderDetectedExtension: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data?.length) return args
  const detected = await fileTypeFromBuffer(req.file.data)
  // Unknown types are refused by Payload's own check right after this; leave the name to it.
  if (detected) req.file.name = filenameForType({ filename: req.file.name, ext: detected.ext })
  return args
}
