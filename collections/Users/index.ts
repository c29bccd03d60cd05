import type { CollectionConfig } from 'payload'

import { ROLE_LABELS, ROLES, adminField, canWrite, isAdmin, isStaff } from '../../src/access'

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
    // Lockout after repeated failures; only admins unlock (Payload's default lets any user unlock anyone).
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  access: {
    // Creating the first user is Payload's own first-register flow; after that only admins add users.
    create: isAdmin,
    read: ({ req }) => (req.user ? (isAdmin({ req }) ? true : { id: { equals: req.user.id } }) : false),
    update: ({ req }) => (req.user ? (isAdmin({ req }) ? true : { id: { equals: req.user.id } }) : false),
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
      access: { create: adminField, update: adminField },
    },
  ],
  hooks: {
    beforeChange: [
      async ({ req, operation, data }) => {
        // The very first account (first-register) becomes admin; otherwise nobody could manage users.
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
        if (totalDocs === 0) return { ...data, roles: ['admin'] }
        return data
      },
    ],
  },
}
