/**
 * Failure counting with progressive delays, in memory and bounded.
 * A key (client, account, or both) gets `freeFailures` attempts; each further failure doubles the wait, up to
 * `maxDelayMs`. Quiet keys are forgotten after `forgetAfterMs`. The map holds at most `maxEntries` keys and drops
 * the least recently used, so a flood of distinct addresses cannot grow memory without bound.
 */
export type ThrottlePolicy = {
  freeFailures: number
  baseDelayMs: number
  maxDelayMs: number
  forgetAfterMs: number
}

type Entry = { failures: number; lastAt: number; blockedUntil: number }

export type Throttle = {
  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfterMs: (key: string) => number
  /** Counts one failure (or one attempt not yet known to succeed). */
  hit: (key: string) => void
  /** Takes back one counted attempt that turned out to succeed. */
  refund: (key: string) => void
  clear: (key: string) => void
  size: () => number
}

export function delayAfter({ failures, policy }: { failures: number; policy: ThrottlePolicy }): number {
  const over = failures - policy.freeFailures
  if (over <= 0) return 0
  // 2 ** 40 is already far beyond any cap; keep the exponent small so the number stays finite.
  return Math.min(policy.baseDelayMs * 2 ** Math.min(over - 1, 40), policy.maxDelayMs)
}

export function createThrottle({
  policy,
  maxEntries = 10_000,
  now = Date.now,
}: {
  policy: ThrottlePolicy
  maxEntries?: number
  now?: () => number
}): Throttle {
  const entries = new Map<string, Entry>()

  const current = (key: string): Entry | undefined => {
    const entry = entries.get(key)
    if (!entry) return undefined
    if (now() - entry.lastAt > policy.forgetAfterMs && now() >= entry.blockedUntil) {
      entries.delete(key)
      return undefined
    }
    return entry
  }

  const store = (key: string, entry: Entry) => {
    // Re-inserting moves the key to the end: Map order is then least recently used first.
    entries.delete(key)
    entries.set(key, entry)
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next().value
      if (oldest === undefined) break
      entries.delete(oldest)
    }
  }

  return {
    retryAfterMs: (key) => Math.max(0, (current(key)?.blockedUntil ?? 0) - now()),
    hit: (key) => {
      const failures = (current(key)?.failures ?? 0) + 1
      store(key, { failures, lastAt: now(), blockedUntil: now() + delayAfter({ failures, policy }) })
    },
    refund: (key) => {
      const entry = current(key)
      if (!entry) return
      const failures = Math.max(0, entry.failures - 1)
      if (failures === 0) entries.delete(key)
      else store(key, { failures, lastAt: entry.lastAt, blockedUntil: entry.lastAt + delayAfter({ failures, policy }) })
    },
    clear: (key) => {
      entries.delete(key)
    },
    size: () => entries.size,
  }
}
