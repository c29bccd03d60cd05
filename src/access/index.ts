/**
 * Access rules, named by intent. Collections compose these; nothing else decides who sees what.
 * Row rules return a `Where` for anonymous visitors; field rules return a boolean.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { type Area, canWriteArea, hasAnyRole } from './roles'

export * from './roles'

// Plain boolean rules, so they also fit places that take no `Where` (unlock, admin).
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user)
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasAnyRole({ user: req.user, roles: ['admin'] })
export const nobody: Access = () => false
export const anyone: Access = () => true

export const canWrite =
  (area: Area): Access =>
  ({ req }) =>
    canWriteArea({ user: req.user, area })

/**
 * Trash (soft delete) is an edit; removing a document for good is for admins only.
 * Payload passes `data.deletedAt` to the delete rule when the request only moves the document to the trash.
 */
export const trashByEditorsDeleteByAdmin =
  (area: Area): Access =>
  ({ req, data }) => {
    const isTrashing = Boolean((data as { deletedAt?: unknown } | undefined)?.deletedAt)
    if (isTrashing) return canWriteArea({ user: req.user, area })
    return hasAnyRole({ user: req.user, roles: ['admin'] })
  }

/** Staff read everything; the public reads rows that match `publicWhere`. */
export const staffOrWhere =
  (publicWhere: Where): Access =>
  ({ req }) =>
    req.user ? true : publicWhere

/** `versions.drafts` alone hides nothing from the API: the public must be limited to published rows. */
export const PUBLISHED: Where = { _status: { equals: 'published' } }
export const publishedOrStaff: Access = staffOrWhere(PUBLISHED)

export const staffField: FieldAccess = ({ req }) => Boolean(req.user)
/** Admins edit every account; everyone else only their own. */
export const adminOrSelf: Access = ({ req }) =>
  req.user ? (isAdmin({ req }) ? true : { id: { equals: req.user.id } }) : false
/** A field of an account that only admins and the account's owner see (e.g. a colleague's roles). */
export const adminOrSelfField: FieldAccess = ({ req, doc }) =>
  isAdmin({ req }) || (Boolean(req.user) && (doc as { id?: unknown } | undefined)?.id === req.user?.id)
export const nobodyField: FieldAccess = () => false
export const adminField: FieldAccess = ({ req }) => hasAnyRole({ user: req.user, roles: ['admin'] })
export const canWriteField =
  (area: Area): FieldAccess =>
  ({ req }) =>
    canWriteArea({ user: req.user, area })

/** The usual collection rules of an area: its writers create, edit and trash; only admins delete for good. */
export const editableBy = (area: Area) => ({
  create: canWrite(area),
  update: canWrite(area),
  delete: trashByEditorsDeleteByAdmin(area),
})

/** Field-level write rules for an area (fields such as attendance belong to the minutes, not the kallelse). */
export const fieldWritableBy = (area: Area) => ({ create: canWriteField(area), update: canWriteField(area) })
