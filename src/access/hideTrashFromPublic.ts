import type { Access, Config, Where } from 'payload'

const NOT_TRASHED: Where = { deletedAt: { exists: false } }

/**
 * Anyone may add `?trash=true` to a REST or GraphQL query, and Payload then includes trashed rows: for the public,
 * the read rule itself must exclude them. Staff keep the trash (the admin's "Papperskorg" needs it).
 */
export const excludeTrashForVisitors =
  (read: Access | undefined): Access =>
  async (args) => {
    const result = read ? await read(args) : Boolean(args.req.user)
    if (args.req.user || result === false) return result
    return result === true ? NOT_TRASHED : { and: [result, NOT_TRASHED] }
  }

/** As a config plugin, placed last: every collection with a trash, also those other plugins add. */
export const hideTrashFromPublic = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.trash
      ? { ...collection, access: { ...collection.access, read: excludeTrashForVisitors(collection.access?.read) } }
      : collection,
  ),
})
