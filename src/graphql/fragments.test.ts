import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { fragmentCycle } from './fragments'

const cycleIn = (query: string) => fragmentCycle(parse(query))

describe('fragmentCycle', () => {
  it('should find a fragment that spreads itself, directly or through others and nested fields', () => {
    expect(cycleIn('{ a { ...A } } fragment A on T { b { ...A } }')).toBe('A')
    expect(cycleIn('{ a { ...A } } fragment A on T { b { ...B } } fragment B on T { ... on T { c { ...A } } }')).toBe(
      'A',
    )
  })

  it('should accept fragments used many times without a cycle', () => {
    expect(cycleIn('{ a { ...A ...B } } fragment A on T { x ...B } fragment B on T { y }')).toBeNull()
    expect(cycleIn('{ a { ...Missing } }')).toBeNull()
  })
})
