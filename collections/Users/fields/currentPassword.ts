import type { Field } from 'payload'

/** Asked for when the password or e-mail changes (hooks/requireCurrentPassword.ts); virtual: never stored or read. */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  label: 'Nuvarande lösenord',
  virtual: true,
  access: { read: () => false },
  admin: {
    description:
      'Krävs för att byta lösenord eller e-postadress. Ändrar du någon annans konto anger du ditt eget lösenord.',
    // Not on the create form: a new account has no current password.
    condition: (data) => Boolean(data?.id),
    components: { Field: '/collections/Users/components/CurrentPasswordField#CurrentPasswordField' },
  },
}
