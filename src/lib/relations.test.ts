import { describe, expect, it } from 'vitest'

import { populated, relationId } from './relations'

describe('relationships', () => {
  it('should give the id of a relationship, populated or not', () => {
    expect(relationId('abc')).toBe('abc')
    expect(relationId({ id: 'abc', title: 'Möte' })).toBe('abc')
    expect(relationId(null)).toBeNull()
    expect(relationId(undefined)).toBeNull()
  })

  it('should give the document only when it was populated', () => {
    expect(populated({ id: 'abc', title: 'Möte' })).toEqual({ id: 'abc', title: 'Möte' })
    expect(populated<{ id: string }>('abc')).toBeNull()
    expect(populated<{ id: string }>(null)).toBeNull()
  })
})
