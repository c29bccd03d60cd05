import { describe, expect, it } from 'vitest'

import { QUERY_VIEWS, isQueryViewPath, queryKey, queryViewPath, searchParamsOfKey } from './queryRoutes'
import { config } from '../../proxy'

describe('query views', () => {
  it('should give one key for the same filters in any order, and another for other filters', () => {
    expect(queryKey('?typ=sro&ar=2025')).toBe(queryKey('?ar=2025&typ=sro'))
    expect(queryKey('?ar=2025')).not.toBe(queryKey('?ar=2024'))
    expect(queryKey('?status=a&status=b')).not.toBe(queryKey('?status=b&status=a'))
  })

  it('should read back exactly the query it was given, repeated names as a list', () => {
    const key = queryKey('?q=v%C3%A5rd+%26+omsorg%2F%25&typ=item&typ=decision&ar=')
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(searchParamsOfKey(key)).toEqual({ ar: '', q: 'vård & omsorg/%', typ: ['item', 'decision'] })
    expect(searchParamsOfKey(encodeURIComponent(key))).toEqual(searchParamsOfKey(key))
  })

  it('should use one segment for no query at all', () => {
    expect(queryKey('')).toBe('-')
    expect(queryKey('?')).toBe('-')
    expect(searchParamsOfKey('-')).toEqual({})
  })

  it('should keep a malformed escape as text instead of throwing', () => {
    expect(searchParamsOfKey(queryKey('?q=%E0%A4%A'))).toEqual({ q: expect.stringContaining('%A') })
  })

  it('should route only the query pages, and mark the internal paths', () => {
    expect(queryViewPath('/moten', '?ar=2025')).toBe(`/_vy/moten/${queryKey('ar=2025')}`)
    expect(queryViewPath('/beslutslogg.csv', '')).toBe('/_vy/beslutslogg.csv/-')
    expect(queryViewPath('/moten/2025-11-13', '')).toBeNull()
    expect(queryViewPath('/beslutslogg/abc', '')).toBeNull()
    expect(isQueryViewPath('/_vy/moten/-')).toBe(true)
    expect(isQueryViewPath('/_vy')).toBe(true)
    expect(isQueryViewPath('/_vykort')).toBe(false)
  })

  it("should have the proxy's matcher name every query page", () => {
    const [pages] = config.matcher as string[]
    const pattern = new RegExp(`^${pages.replace('(', '(?:')}$`)
    for (const path of Object.keys(QUERY_VIEWS)) expect(path).toMatch(pattern)
    expect('/moten/2025-11-13').not.toMatch(pattern)
  })
})
