import type { CollectionConfig } from 'payload'

import { ROLE_LABELS, ROLES, adminField, adminOrSelf, adminOrSelfField, canWrite, isAdmin, isStaff } from '@/access'
import { currentPasswordField } from './fields/currentPassword'
import { constantTimeLogin } from './hooks/constantTimeLogin'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { enforcePasswordRules, enforcePasswordRulesOnReset } from './hooks/passwordRules'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { endOldSessions } from './hooks/sessionLifetime'
import { forgiveSuccessfulSignIn, throttleSignIn } from './hooks/throttleSignIn'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Användare', plural: 'Användare' },
  admin: {
    group: 'Administration',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
  },
  defaultSort: 'name',
  auth: {
    // No hard lockout: anyone could keep any account locked. Failed sign-ins are throttled with growing delays
    // per client and account instead (hooks/throttleSignIn.ts, src/auth/signInLimits.ts).
    maxLoginAttempts: 0,
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  access: {
    // Creating the first user is Payload's own first-register flow; after that only admins add users.
    create: isAdmin,
    // Staff see who their colleagues are (name, e-mail): Payload's lock dialog and lock badges populate the lock's
    // user under the reader's access, and showed a bare id to everyone but admins. Hash, salt and reset tokens are
    // hidden fields; sessions are the owner's only (Payload); roles are the owner's and admins' (below).
    read: isStaff,
    update: adminOrSelf,
    delete: canWrite('users'),
    unlock: isAdmin,
    admin: isStaff,
  },
  fields: [
    { name: 'name', type: 'text', label: 'Namn', required: true },
    {
      name: 'roles',
      type: 'select',
      label: 'Roller',
      hasMany: true,
      required: true,
      defaultValue: ['beredning'],
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      saveToJWT: true,
      // Nobody grants themselves a role: only admins change roles (the first user is made admin by a hook).
      access: { read: adminOrSelfField, create: adminField, update: adminField },
    },
    currentPasswordField,
  ],
  hooks: {
    // Throttle first, so a throttled request costs no lookup and no hash.
    beforeOperation: [throttleSignIn, constantTimeLogin, enforcePasswordRulesOnReset],
    afterOperation: [forgiveSuccessfulSignIn],
    beforeValidate: [requireCurrentPassword, enforcePasswordRules],
    beforeChange: [firstUserIsAdmin],
    afterRead: [endOldSessions],
  },
}
