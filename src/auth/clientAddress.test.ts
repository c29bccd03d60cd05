import { describe, expect, it } from 'vitest'

import { addressBucket, clientAddress, parseTrustedProxy } from './clientAddress'

const headers = (init: Record<string, string>) => new Headers(init)

describe('parseTrustedProxy', () => {
  it('should trust no header when unset, false or 0', () => {
    for (const value of [undefined, '', 'false', '0']) expect(parseTrustedProxy(value)).toEqual({ kind: 'none' })
  })

  it('should read true as one proxy and a number as that many', () => {
    expect(parseTrustedProxy('true')).toEqual({ kind: 'hops', hops: 1 })
    expect(parseTrustedProxy('2')).toEqual({ kind: 'hops', hops: 2 })
  })

  it('should read a header name as a header one proxy overwrites', () => {
    expect(parseTrustedProxy('X-Real-IP')).toEqual({ kind: 'header', name: 'x-real-ip' })
  })

  it('should refuse a setting it cannot read', () => {
    expect(() => parseTrustedProxy('yes please')).toThrow(/TRUSTED_PROXY/)
  })
})

describe('clientAddress', () => {
  it('should ignore X-Forwarded-For without a trusted proxy', () => {
    expect(
      clientAddress({ headers: headers({ 'x-forwarded-for': '203.0.113.9' }), trustedProxy: { kind: 'none' } }),
    ).toBeNull()
  })

  it('should take the address the outermost trusted proxy saw, not what the client prepended', () => {
    const forged = headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9' })
    expect(clientAddress({ headers: forged, trustedProxy: { kind: 'hops', hops: 1 } })).toBe('203.0.113.9')
    const twoProxies = headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9, 10.0.0.2' })
    expect(clientAddress({ headers: twoProxies, trustedProxy: { kind: 'hops', hops: 2 } })).toBe('203.0.113.9')
  })

  it('should give no address when the chain is shorter than the proxies', () => {
    expect(clientAddress({ headers: headers({}), trustedProxy: { kind: 'hops', hops: 1 } })).toBeNull()
  })

  it('should read a named header', () => {
    expect(
      clientAddress({
        headers: headers({ 'x-real-ip': '198.51.100.7' }),
        trustedProxy: { kind: 'header', name: 'x-real-ip' },
      }),
    ).toBe('198.51.100.7')
  })
})

describe('addressBucket', () => {
  it('should keep IPv4 as it is and unwrap IPv4-mapped IPv6 and ports', () => {
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9')
    expect(addressBucket('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(addressBucket('203.0.113.9:4711')).toBe('203.0.113.9')
  })

  it('should put every address of one IPv6 /64 in one bucket', () => {
    expect(addressBucket('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(addressBucket('[2001:0db8:0001:0002:ffff:1:2:3]:443')).toBe('2001:db8:1:2::/64')
  })

  it('should refuse what is not an address', () => {
    expect(addressBucket('unknown')).toBeNull()
    expect(addressBucket('<script>')).toBeNull()
  })
})
