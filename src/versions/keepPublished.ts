import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  PayloadRequest,
  TypeWithID,
} from 'payload'
import { APIError } from 'payload'

import { plainUpdateDecision } from './plainUpdate'

type WithStatus = TypeWithID & { _status?: string }

async function liveAndLatestStatus({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
}) {
  const live = await req.payload.db.findOne<WithStatus>({ collection, where: { id: { equals: id } }, req })
  const { docs } = await req.payload.db.findVersions<WithStatus>({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return { publishedStatus: live?._status, latestStatus: docs[0]?.version?._status }
}

/** See plainUpdate.ts: an update that does not say `_status` never unpublishes a document with a pending draft. */
export const keepPublishedOnPlainUpdate: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update') return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const hasStatus = data._status !== undefined
  const isDraftSave = Boolean(args.draft)
  if (hasStatus || isDraftSave) return args
  const slug = collection.slug as CollectionSlug
  if ('id' in args && args.id !== undefined) {
    const statuses = await liveAndLatestStatus({ req, collection: slug, id: args.id as number | string })
    const decision = plainUpdateDecision({ hasStatus, isDraftSave, ...statuses })
    return decision === 'save-as-draft' ? { ...args, draft: true } : args
  }
  // Several documents at once: the draft flag is one for all, so ask the caller to say what is meant.
  const { docs } = await req.payload.find({
    collection: slug,
    where: args.where,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    req,
  })
  for (const doc of docs) {
    const statuses = await liveAndLatestStatus({ req, collection: slug, id: doc.id })
    if (plainUpdateDecision({ hasStatus, isDraftSave, ...statuses }) === 'save-as-draft') {
      throw new APIError(
        'Ett av dokumenten har ett opublicerat utkast: ange _status (published eller draft) eller draft=true.',
        400,
        null,
        true,
      )
    }
  }
  return args
}

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/** As a config plugin, placed last: every collection with drafts, also those other plugins add. */
export const keepPublishedOnPlainUpdates = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    hasDrafts(collection)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [...(collection.hooks?.beforeOperation ?? []), keepPublishedOnPlainUpdate],
          },
        }
      : collection,
  ),
})
