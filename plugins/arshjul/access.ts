import type { Access, PayloadRequest } from 'payload'

import type { ArshjulOptions } from './options'

type UserWithRoles = { roles?: readonly string[] | null } | null | undefined

export const canEditPlan = (options: ArshjulOptions, req: PayloadRequest): boolean =>
  Boolean((req.user as UserWithRoles)?.roles?.some((role) => options.editRoles.includes(role)))

export const editAccess = (options: ArshjulOptions): Access => ({ req }) => canEditPlan(options, req)

/** Deleting for good is narrower than editing: a plan item can be struck (status "Struken") instead. */
export const deleteAccess = (options: ArshjulOptions): Access => ({ req }) =>
  Boolean((req.user as UserWithRoles)?.roles?.some((role) => options.deleteRoles.includes(role)))
