import path from 'node:path'

/** Where uploaded files live on local disk (an object-store adapter replaces this where several instances run). */
export const uploadsDir = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.UPLOADS_DIR || 'data/uploads')
