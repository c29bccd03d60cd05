import type { Access, PayloadRequest } from 'payload'

import type { ArshjulOptions } from './options'

type UserWithRoles = { roles?: readonly string[] | null } | null | undefined

export const canEditPlan = (options: ArshjulOptions, req: PayloadRequest): boolean =>
  Boolean((req.user as UserWithRoles)?.roles?.some((role) => options.editRoles.includes(role)))

export const editAccess = (options: ArshjulOptions): Access => ({ req }) => canEditPlan(options, req)
