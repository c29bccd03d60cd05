import { describe, expect, it } from 'vitest'

import { itemAnchor, itemLabel } from './agendaLabel'

describe('itemLabel and itemAnchor', () => {
  it('name a top-level item by its number', () => {
    expect(itemLabel('6')).toBe('6')
    expect(itemAnchor('6')).toBe('punkt-6')
  })

  it('name a sub-item after its parent, in lower case in the anchor', () => {
    expect(itemLabel('a', '8')).toBe('8a')
    expect(itemAnchor('B', '8')).toBe('punkt-8b')
  })

  it('keep anchors free of spaces', () => {
    expect(itemAnchor('a', '8 ')).toBe('punkt-8a')
  })
})
