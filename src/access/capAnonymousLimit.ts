import type { CollectionBeforeOperationHook, Config } from 'payload'

/** `?limit=0` would return every row in one request: anonymous reads get at most this many per page. */
export const MAX_PUBLIC_PAGE_SIZE = 100

export const capAnonymousLimit: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.user || operation !== 'read') return args
  // Only requests from outside (REST/GraphQL) are capped; server code for the public site sets its own limits.
  if (req.payloadAPI === 'local') return args
  if (!('limit' in args)) return args
  const limit = Number(args.limit)
  if (!Number.isFinite(limit) || limit <= 0 || limit > MAX_PUBLIC_PAGE_SIZE) {
    return { ...args, limit: MAX_PUBLIC_PAGE_SIZE, pagination: true }
  }
  return args
}

/** As a config plugin, placed last: every collection is capped, the ones other plugins add (the årshjul's) too. */
export const capAnonymousLimits = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capAnonymousLimit] },
  })),
})
