/**
 * Throttles sign-in, reset e-mails and token resets before Payload does any work (so a throttled forgot-password
 * never reaches the mailer or the database), answering 429 with Retry-After and a Swedish message.
 * See src/auth/signInLimits.ts for the limits and why no account is ever locked hard.
 */
import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { type SignInAction, accountKey, tooManyAttemptsMessage } from '@/auth/signInLimits'
import { signInThrottles } from '@/auth/signInState'
import { isFromOutside, requestClient } from './signInRequest'

const ACTIONS: readonly string[] = ['login', 'forgotPassword', 'resetPassword'] satisfies SignInAction[]

export function tooManyAttempts({
  action,
  req,
  retryAfterMs,
}: {
  action: SignInAction
  req: PayloadRequest
  retryAfterMs: number
}): APIError {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(Math.ceil(retryAfterMs / 1000)))
  req.responseHeaders = headers
  return new APIError(tooManyAttemptsMessage({ action, retryAfterMs }), 429, null, true)
}

const subjectOf = ({ operation, args, req }: { operation: SignInAction; args: object; req: PayloadRequest }) => ({
  action: operation,
  client: requestClient(req),
  // A token reset names no account until the token is looked up.
  account: operation === 'resetPassword' ? null : accountKey((args as { data?: { email?: unknown } }).data?.email),
})

export const throttleSignIn: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!ACTIONS.includes(operation) || !isFromOutside(req)) return args
  const action = operation as SignInAction
  const { retryAfterMs } = signInThrottles.attempt(subjectOf({ operation: action, args, req }))
  if (retryAfterMs > 0) throw tooManyAttempts({ action, req, retryAfterMs })
  return args
}

export const forgiveSuccessfulSignIn: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if ((operation !== 'login' && operation !== 'resetPassword') || !isFromOutside(req)) return result
  const subject = subjectOf({ operation, args, req })
  signInThrottles.succeeded(subject)
  if (operation === 'resetPassword') {
    // The owner proved they hold the mailbox: whatever others tried against the account is forgotten.
    const account = accountKey((result as { user?: { email?: unknown } }).user?.email)
    if (account) signInThrottles.clearAccount({ client: subject.client, account })
  }
  return result
}
