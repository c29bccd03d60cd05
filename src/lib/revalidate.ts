import type { PayloadRequest } from 'payload'

/**
 * Tells Next.js that public pages changed, so the cached archive is never stale after a publish.
 * Outside a Next.js server (seed, import CLI, tests) there is no cache to revalidate.
 */
export async function revalidatePublic({ req, paths = [], tags = [] }: { req: PayloadRequest; paths?: string[]; tags?: string[] }) {
  if (req.context.disableRevalidate) return
  try {
    const { revalidatePath, revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, 'max')
    for (const path of paths) revalidatePath(path)
  } catch (err) {
    // Expected outside the Next.js runtime; logged at debug level only.
    req.payload.logger.debug({ msg: 'revalidate skipped', err })
  }
}
