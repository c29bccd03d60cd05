import { describe, expect, it } from 'vitest'

import { DEFAULT_STANDING_ITEMS, standingItemsToCreate } from './standingItems'

describe('standingItemsToCreate', () => {
  it('should give SRO standing items in agenda order with a) and b) under item 1', () => {
    const items = standingItemsToCreate(DEFAULT_STANDING_ITEMS)
    expect(items.map((item) => [item.number, item.title, item.order, item.parentIndex])).toEqual([
      ['1', 'Mötets öppnande', 10, null],
      ['a', 'Närvaro/upprop', 20, 0],
      ['b', 'Övriga frågor', 30, 0],
      ['2', 'Godkännande av dagens agenda', 40, null],
      ['3', 'Föregående mötesanteckning', 50, null],
    ])
  })

  it('should keep handling and minutes and skip rows without number or title', () => {
    const items = standingItemsToCreate([
      { number: ' 1 ', title: 'Öppnande', handling: ['information'], durationMinutes: 5 },
      { number: '', title: 'Utan nummer' },
      { number: '2', title: '  ' },
    ])
    expect(items).toEqual([
      { number: '1', title: 'Öppnande', handling: ['information'], durationMinutes: 5, order: 10, parentIndex: null },
    ])
  })

  it('should give nothing for an empty template', () => {
    expect(standingItemsToCreate([])).toEqual([])
  })
})
