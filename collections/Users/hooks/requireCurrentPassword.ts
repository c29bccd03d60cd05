/**
 * A new password or e-mail address needs the current password of whoever makes the change (ASVS 5.0 V6.2.3,
 * V6.3.7): a stolen session alone cannot take the account over. An admin changing someone else's account gives
 * the admin's own password (not the other person's). Server code without a signed-in user (seed, scripts) is not
 * asked. Wrong answers count as failed sign-ins of the acting account, so the check cannot be used to guess.
 */
import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { verifyPassword } from '@/auth/passwordHash'
import { accountKey } from '@/auth/signInLimits'
import { signInThrottles } from '@/auth/signInState'
import { tooManyAttempts } from './throttleSignIn'
import { requestClient } from './signInRequest'

const isChangingSignIn = ({
  data,
  originalDoc,
}: {
  data: Record<string, unknown>
  originalDoc?: { email?: unknown }
}) =>
  (typeof data.password === 'string' && data.password !== '') ||
  (data.email !== undefined && accountKey(data.email) !== accountKey(originalDoc?.email))

export const requireCurrentPassword: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  if (!data) return data
  const { currentPassword, ...rest } = data as Record<string, unknown>
  // Never stored, never passed on.
  if (operation !== 'update' || !req.user || !isChangingSignIn({ data: rest, originalDoc })) return rest

  const fail = (message: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ message, path: 'currentPassword' }] })
  if (typeof currentPassword !== 'string' || currentPassword === '') {
    throw fail('Ange ditt nuvarande lösenord för att byta lösenord eller e-postadress.')
  }
  const subject = { action: 'login' as const, client: requestClient(req), account: accountKey(req.user.email) }
  const { retryAfterMs } = signInThrottles.attempt(subject)
  if (retryAfterMs > 0) throw tooManyAttempts({ action: 'login', req, retryAfterMs })
  const actor = await req.payload.db.findOne<{ id: string; hash?: unknown; salt?: unknown }>({
    collection: collection.slug,
    where: { id: { equals: req.user.id } },
    req,
  })
  if (!(await verifyPassword({ password: currentPassword, hash: actor?.hash, salt: actor?.salt }))) {
    throw fail('Det nuvarande lösenordet stämmer inte.')
  }
  signInThrottles.succeeded(subject)
  return rest
}
