import { APIError, type CollectionBeforeOperationHook, type Config } from 'payload'

export const RELATED_SORT_MESSAGE =
  'Sortering på fält i andra dokument (sökvägar med punkt, t.ex. agendaItems.title) är inte tillåten utan inloggning. Sortera på ett eget fält, t.ex. sort=-startsAt.'

type Sort = string | string[] | undefined | null

/**
 * The sort paths that reach into another document (`agendaItems.isPublic`, `-meeting.title`, `meeting__title`).
 * Payload sorts on them without the related collection's read access, so the order reveals hidden, draft or
 * trashed rows; `where` on the same paths is filtered, sort is not. Group fields are refused too: simpler to audit.
 */
export function relatedSortPaths(sort: Sort): string[] {
  if (!sort) return []
  const parts = (Array.isArray(sort) ? sort : [sort]).flatMap((value) => String(value).split(','))
  return parts.map((part) => part.trim().replace(/^-/, '')).filter((path) => path.includes('.') || path.includes('__'))
}

type JoinArgs = Record<string, { sort?: Sort } | false | undefined> | false | undefined

/** The sorts a read asks for: its own and those of its joins (`joins[agendaItems][sort]=…`). */
const requestedSorts = (args: { sort?: Sort; joins?: JoinArgs }): Sort[] => [
  args.sort,
  ...Object.values(args.joins || {}).map((join) => (join ? join.sort : undefined)),
]

export const refuseRelatedSort: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.user || operation !== 'read') return args
  // Server code for the public site chooses its own sorts; only requests from outside (REST/GraphQL) are checked.
  if (req.payloadAPI === 'local') return args
  const paths = requestedSorts(args as { sort?: Sort; joins?: JoinArgs }).flatMap(relatedSortPaths)
  if (paths.length > 0) throw new APIError(RELATED_SORT_MESSAGE, 400, { paths }, true)
  return args
}

/** As a config plugin, placed last: every collection, the ones other plugins add (the årshjul's) too. */
export const refuseRelatedSorts = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseRelatedSort] },
  })),
})
