/**
 * The process's sign-in counters. In memory: with several app instances each counts for itself, so the reverse
 * proxy should rate-limit /api/users/* too (README, Säkerhet). Kept on globalThis so that Next's separate bundles
 * (route handlers, server functions) and hot reloads share one set.
 */
import { type SignInThrottles, createSignInThrottles } from './signInLimits'

const holder = globalThis as { sroSignInThrottles?: SignInThrottles }

export const signInThrottles: SignInThrottles = (holder.sroSignInThrottles ??= createSignInThrottles())
