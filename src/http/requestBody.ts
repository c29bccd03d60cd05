/**
 * A visitor without a session has nothing to upload, and nothing to send but small forms (login, forgot-password;
 * the admin's forms post them as multipart with a `_payload` field). Payload reads the whole body (up to the 50 MB
 * upload limit) before it checks access: refuse from the headers, before a byte of the body is read.
 */
export const MAX_VISITOR_BODY_BYTES = 64 * 1024

export type BodyRefusal = { status: 401 | 411 | 413; message: string }

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT'])

export function checkVisitorBody({
  method,
  contentType,
  contentLength,
  hasBody,
  isUploadCollection,
}: {
  method: string
  contentType: string | null
  contentLength: string | null
  hasBody: boolean
  /** The route writes to a collection that takes files. */
  isUploadCollection: boolean
}): BodyRefusal | null {
  if (!WRITE_METHODS.has(method.toUpperCase()) || !hasBody) return null
  if (isUploadCollection && contentType?.toLowerCase().startsWith('multipart/')) {
    return { status: 401, message: 'Logga in för att ladda upp filer.' }
  }
  // Without a length the body could be endless (chunked): a visitor's small JSON always has one.
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) {
    return { status: 411, message: 'Anropet saknar längd (Content-Length).' }
  }
  if (Number(contentLength) > MAX_VISITOR_BODY_BYTES) {
    return {
      status: 413,
      message: `Anropet är för stort. Utan inloggning tas högst ${MAX_VISITOR_BODY_BYTES / 1024} kB emot.`,
    }
  }
  return null
}
