/**
 * The client's address for throttling. A Next route handler never sees the socket, and `next start` keeps an
 * `X-Forwarded-For` the client sent itself, so a header is only believed when `TRUSTED_PROXY` says a proxy we run
 * writes it. Without that setting there is no client address at all (null): callers then throttle per account only,
 * because one shared "unknown" bucket would let one attacker throttle everybody.
 */
import { isIP } from 'node:net'

export type TrustedProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'header'; name: string }

/**
 * `TRUSTED_PROXY`: unset, `false` or `0` = no proxy; a number N (or `true` = 1) = N proxies that each append the
 * address they saw to `X-Forwarded-For`; a header name (`x-real-ip`) = one proxy that overwrites that header.
 */
export function parseTrustedProxy(value: string | undefined): TrustedProxy {
  const setting = (value ?? '').trim().toLowerCase()
  if (setting === '' || setting === 'false' || setting === '0') return { kind: 'none' }
  if (setting === 'true') return { kind: 'hops', hops: 1 }
  if (/^\d+$/.test(setting)) return { kind: 'hops', hops: Number(setting) }
  if (/^[a-z0-9-]+$/.test(setting)) return { kind: 'header', name: setting }
  throw new Error(`TRUSTED_PROXY must be false, true, a number of proxies or a header name, not "${value}"`)
}

/** IPv6 clients usually hold a whole /64: one bucket per /64, or each could pick a fresh address per try. */
export function addressBucket(raw: string): string | null {
  let address = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.replace(/:\d+$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) address = mapped[1]
  const version = isIP(address)
  if (version === 4) return address
  if (version !== 6) return null
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`
}

function expandIPv6(address: string): string[] {
  const [head, tail] = address.toLowerCase().split('::') as [string, string | undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = tail === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => group.replace(/^0+(?=.)/, ''))
}

export function clientAddress({
  headers,
  trustedProxy,
}: {
  headers: Headers
  trustedProxy: TrustedProxy
}): string | null {
  if (trustedProxy.kind === 'none') return null
  if (trustedProxy.kind === 'header') {
    const value = headers.get(trustedProxy.name)
    return value ? addressBucket(value) : null
  }
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  // The last N entries were written by our N proxies; the one they received from is the client. Anything further
  // left was sent by the client and may be forged.
  const entry = chain[chain.length - trustedProxy.hops]
  return entry ? addressBucket(entry) : null
}
