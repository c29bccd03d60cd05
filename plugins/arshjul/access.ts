import type { Access, PayloadRequest } from 'payload'

import { fieldOf } from './host'
import type { ArshjulOptions } from './options'

/** The signed-in user's roles (the `roles` field of the host's user collection). */
function rolesOf(user: PayloadRequest['user']): string[] {
  const roles = fieldOf(user, 'roles')
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : []
}

const hasRoleIn = (req: PayloadRequest, roles: readonly string[]): boolean =>
  rolesOf(req.user).some((role) => roles.includes(role))

export const canEditPlan = (options: ArshjulOptions, req: PayloadRequest): boolean => hasRoleIn(req, options.editRoles)

export const editAccess =
  (options: ArshjulOptions): Access =>
  ({ req }) =>
    canEditPlan(options, req)

/** Deleting for good is narrower than editing: a plan item can be struck (status "Struken") instead. */
export const deleteAccess =
  (options: ArshjulOptions): Access =>
  ({ req }) =>
    hasRoleIn(req, options.deleteRoles)
