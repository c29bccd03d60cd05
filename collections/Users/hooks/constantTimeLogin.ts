/**
 * An unknown address must fail as slowly as a wrong password (ASVS 5.0 V6.3.8), or the response time tells
 * which addresses have accounts: Payload answers an unknown address at once and hashes only for known ones.
 */
import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { burnPasswordCheck } from '@/auth/passwordHash'
import { accountKey } from '@/auth/signInLimits'

export const constantTimeLogin: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  const account = accountKey(email)
  // Missing fields get Payload's own validation answer, which does not depend on any account.
  if (!account || typeof password !== 'string' || password.trim() === '') return args
  const user = await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: account } }, req })
  if (user) return args
  await burnPasswordCheck({ password })
  throw new AuthenticationError(req.t)
}
