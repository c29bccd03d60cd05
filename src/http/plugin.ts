import fs from 'node:fs/promises'
import path from 'node:path'

import type { AfterErrorHook, CollectionConfig, Config, PayloadRequest } from 'payload'

import { badInputMessage } from './badInput'
import { publicMessageKept } from './publicMessage'

/** Bad input that reached the adapter answers 400 with a Swedish message instead of 500 (see badInput.ts). */
export const badInputIs400: AfterErrorHook = ({ error }) => {
  const message = badInputMessage(error)
  return message ? { status: 400, response: { errors: [{ message }] } } : undefined
}

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

/**
 * Payload answers 500 for a file that is not on disk. Runs after Payload's access check (upload handlers do), so a
 * visitor still gets 403 for a hidden file and cannot tell a hidden name from a missing one.
 */
const missingFileIs404 = (staticDir: string): UploadHandler =>
  // Payload's type says Promise<Response> or Promise<void>; undefined lets Payload serve the file itself.
  (async (_req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response | undefined> => {
    const dir = path.resolve(staticDir)
    const filePath = path.resolve(dir, params.filename)
    // Payload refuses names outside the folder itself; leave those to it.
    if (!filePath.startsWith(dir + path.sep)) return
    const exists = await fs.stat(filePath).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (!exists) return Response.json({ errors: [{ message: 'Filen finns inte.' }] }, { status: 404 })
    return undefined
  }) as UploadHandler

function withMissingFileHandler(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload) return collection
  const upload = collection.upload === true ? {} : collection.upload
  // Storage adapters bring their own handlers and are not a local folder.
  if (upload.handlers?.length) return collection
  return { ...collection, upload: { ...upload, handlers: [missingFileIs404(upload.staticDir ?? collection.slug)] } }
}

/** As a config plugin, placed last: every upload collection and the whole REST error path. */
export const restHardening = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withMissingFileHandler),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), badInputIs400, publicMessageKept] },
})
