import { describe, expect, it } from 'vitest'

import { HANDLINGS, PRINTED_HANDLINGS, handlingLabel } from './handling'

describe('handling kinds', () => {
  it('should label each kind in Swedish and leave an unknown value as it is', () => {
    expect(PRINTED_HANDLINGS.map(handlingLabel)).toEqual(['Information', 'Dialog', 'Ställningstagande'])
    expect(handlingLabel('annat')).toBe('annat')
  })

  it('should name the printed kinds among the item kinds', () => {
    expect(PRINTED_HANDLINGS.every((kind) => HANDLINGS.some((option) => option.value === kind))).toBe(true)
  })
})
