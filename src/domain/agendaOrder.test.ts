import { describe, expect, it } from 'vitest'

import { compareAgendaItems, compareItemNumbers, nextOrder } from './agendaOrder'

describe('compareItemNumbers', () => {
  it('should sort numbers by value, not as text', () => {
    expect(['10', '2', '1', '9'].sort(compareItemNumbers)).toEqual(['1', '2', '9', '10'])
  })

  it('should sort letters and numbered sub-items in print order', () => {
    expect(['b', 'c', 'a'].sort(compareItemNumbers)).toEqual(['a', 'b', 'c'])
    expect(['1b', '2', '1a', '1'].sort(compareItemNumbers)).toEqual(['1', '1a', '1b', '2'])
  })

  it('should put items without a number after the numbered ones', () => {
    expect(['paus', '3', null].sort(compareItemNumbers)).toEqual(['3', null, 'paus'])
  })
})

describe('nextOrder', () => {
  it('should place a new item after every existing one', () => {
    expect(nextOrder([10, 20, 110, null])).toBe(120)
  })

  it('should start at 10 on an empty agenda', () => {
    expect(nextOrder([])).toBe(10)
  })
})

describe('compareAgendaItems', () => {
  it('should break a tie in order by the item number, not by id', () => {
    const items = [
      { id: '0000-new', order: 10, number: '11' },
      { id: 'ffff-one', order: 10, number: '1' },
    ]
    expect(items.sort(compareAgendaItems).map((item) => item.number)).toEqual(['1', '11'])
  })
})
