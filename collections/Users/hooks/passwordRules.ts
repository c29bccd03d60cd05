/** The password policy (src/auth/passwordPolicy.ts) on create, update and reset, as an error on the field. */
import { type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { passwordProblem } from '@/auth/passwordPolicy'

function checkPassword({ password, collection }: { password: unknown; collection: string }) {
  const message = passwordProblem(password)
  if (message) throw new ValidationError({ collection, errors: [{ message, path: 'password' }] })
}

export const enforcePasswordRules: CollectionBeforeValidateHook = ({ data, collection, operation }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  // An update without a new password (Payload ignores an empty one) and Payload's reset, which runs this hook with
  // the stored user (a hash, no password), have nothing to check.
  const isSettingPassword = operation === 'create' || (typeof password === 'string' && password !== '')
  if (isSettingPassword) checkPassword({ password, collection: collection.slug })
  return data
}

/** Reset-password hashes the new password before any validate hook sees it, so it is checked up front. */
export const enforcePasswordRulesOnReset: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation === 'resetPassword')
    checkPassword({
      password: (args.data as { password?: unknown } | undefined)?.password,
      collection: collection.slug,
    })
  return args
}
