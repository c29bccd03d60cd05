/** Who is asking: the client address per TRUSTED_PROXY (read once per value, so a typo fails loudly at first use). */
import type { PayloadRequest } from 'payload'

import { type TrustedProxy, clientAddress, parseTrustedProxy } from '@/auth/clientAddress'

let parsed: { value: string | undefined; setting: TrustedProxy } | undefined

export function requestClient(req: PayloadRequest): string | null {
  const value = process.env.TRUSTED_PROXY
  if (!parsed || parsed.value !== value) parsed = { value, setting: parseTrustedProxy(value) }
  const { setting } = parsed
  return req.headers ? clientAddress({ headers: req.headers, trustedProxy: setting }) : null
}

/** Throttling is for requests from outside; server code calling the Local API is trusted. */
export const isFromOutside = (req: PayloadRequest): boolean => req.payloadAPI !== 'local'
