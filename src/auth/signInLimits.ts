/**
 * What is throttled when someone signs in, asks for a reset e-mail or sets a new password, and for how long.
 *
 * - Sign-in counts every attempt before the password is checked (so parallel guesses are counted too) and takes a
 *   successful one back. Keys: client + account (tight), client (loose: password spraying across accounts) and
 *   account (distributed guessing). No key ever locks hard: the wait doubles from one second up to 15 minutes and
 *   is forgotten after 15 quiet minutes, and the owner skips it by resetting the password by e-mail, which also
 *   clears the account's counters.
 * - A reset e-mail: a few per address and per client and hour (mail bombing, and it costs a mail each).
 * - Setting a new password with a token: per client (the token itself is 160 random bits).
 * Without a client address (no trusted proxy) only the account keys apply; see clientAddress.ts.
 */
import { type Throttle, type ThrottlePolicy, createThrottle } from './throttle'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

export const SIGN_IN_POLICIES = {
  loginClientAccount: { freeFailures: 5, baseDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: 15 * MINUTE },
  loginClient: { freeFailures: 30, baseDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: 15 * MINUTE },
  loginAccount: { freeFailures: 10, baseDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: 15 * MINUTE },
  forgotClient: { freeFailures: 5, baseDelayMs: MINUTE, maxDelayMs: HOUR, forgetAfterMs: HOUR },
  forgotAccount: { freeFailures: 3, baseDelayMs: MINUTE, maxDelayMs: HOUR, forgetAfterMs: HOUR },
  resetClient: { freeFailures: 10, baseDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: 15 * MINUTE },
} satisfies Record<string, ThrottlePolicy>

type PolicyName = keyof typeof SIGN_IN_POLICIES
export type SignInAction = 'login' | 'forgotPassword' | 'resetPassword'
type Subject = { action: SignInAction; client: string | null; account: string | null }

/** Payload compares addresses in lower case without surrounding space; so must the account key. */
export const accountKey = (email: unknown): string | null =>
  typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null

function keysFor({ action, client, account }: Subject): Array<[PolicyName, string]> {
  const keys: Array<[PolicyName, string]> = []
  if (action === 'login') {
    if (client && account) keys.push(['loginClientAccount', `${client}|${account}`])
    if (client) keys.push(['loginClient', client])
    if (account) keys.push(['loginAccount', account])
  } else if (action === 'forgotPassword') {
    if (client) keys.push(['forgotClient', client])
    if (account) keys.push(['forgotAccount', account])
  } else if (client) keys.push(['resetClient', client])
  return keys
}

export type SignInThrottles = {
  /** Counts an attempt, or says how long to wait (then nothing is counted). */
  attempt: (subject: Subject) => { retryAfterMs: number }
  /** The attempt succeeded: sign-in and reset take it back. */
  succeeded: (subject: Subject) => void
  /** The owner proved control of the mailbox: the account's sign-in counters start over. */
  clearAccount: (subject: { client: string | null; account: string }) => void
}

export function createSignInThrottles({
  maxEntries = 10_000,
  now = Date.now,
}: { maxEntries?: number; now?: () => number } = {}): SignInThrottles {
  const throttles = Object.fromEntries(
    Object.entries(SIGN_IN_POLICIES).map(([name, policy]) => [name, createThrottle({ policy, maxEntries, now })]),
  ) as Record<PolicyName, Throttle>

  return {
    attempt: (subject) => {
      const keys = keysFor(subject)
      const retryAfterMs = Math.max(0, ...keys.map(([name, key]) => throttles[name].retryAfterMs(key)))
      if (retryAfterMs === 0) for (const [name, key] of keys) throttles[name].hit(key)
      return { retryAfterMs }
    },
    succeeded: (subject) => {
      if (subject.action === 'forgotPassword') return
      for (const [name, key] of keysFor(subject)) {
        if (name === 'loginClientAccount') throttles[name].clear(key)
        else throttles[name].refund(key)
      }
    },
    clearAccount: ({ client, account }) => {
      throttles.loginAccount.clear(account)
      if (client) throttles.loginClientAccount.clear(`${client}|${account}`)
    },
  }
}

/** "5 sekunder", "1 minut", "15 minuter": a wait in Swedish, rounded up. */
export function waitInWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / SECOND))
  if (seconds < 60) return seconds === 1 ? '1 sekund' : `${seconds} sekunder`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? '1 minut' : `${minutes} minuter`
}

export function tooManyAttemptsMessage({
  action,
  retryAfterMs,
}: {
  action: SignInAction
  retryAfterMs: number
}): string {
  const base = `För många försök. Vänta ${waitInWords(retryAfterMs)} och försök igen.`
  return action === 'login' ? `${base} Du kan också återställa lösenordet via e-post (Glömt lösenord?).` : base
}
