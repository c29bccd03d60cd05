import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account (first-register) becomes admin; otherwise nobody could manage users. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ req, operation, data }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
