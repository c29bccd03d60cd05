import { describe, expect, it } from 'vitest'

import { type ArrangeItem, moveItem, nextTopLevelNumber, renumberItems, subItemLetter } from './arrange'

const agenda: ArrangeItem[] = [
  { id: 'open', order: 10, number: '1' },
  { id: 'open-a', order: 20, number: 'a', parentId: 'open' },
  { id: 'open-b', order: 30, number: 'b', parentId: 'open' },
  { id: 'approve', order: 40, number: '2' },
  { id: 'pause', order: 50, number: 'Paus', isPause: true },
  { id: 'budget', order: 60, number: '3' },
]

describe('moveItem', () => {
  it('should move a parent with its sub-items below its next sibling', () => {
    expect(moveItem({ items: agenda, id: 'open', direction: 'down' })).toEqual([
      { id: 'approve', order: 10 },
      { id: 'open', order: 20 },
      { id: 'open-a', order: 30 },
      { id: 'open-b', order: 40 },
    ])
  })

  it('should move a sub-item among its siblings only', () => {
    expect(moveItem({ items: agenda, id: 'open-b', direction: 'up' })).toEqual([
      { id: 'open-b', order: 20 },
      { id: 'open-a', order: 30 },
    ])
    expect(moveItem({ items: agenda, id: 'open-b', direction: 'down' })).toEqual([])
  })

  it('should change nothing for the first item moved up or an unknown item', () => {
    expect(moveItem({ items: agenda, id: 'open', direction: 'up' })).toEqual([])
    expect(moveItem({ items: agenda, id: 'nope', direction: 'up' })).toEqual([])
  })

  it('should give every item an order when some had none (new items stand last)', () => {
    const items: ArrangeItem[] = [
      { id: 'x', order: null, number: '2' },
      { id: 'y', order: 5, number: '1' },
    ]
    expect(moveItem({ items, id: 'x', direction: 'up' })).toEqual([
      { id: 'x', order: 10 },
      { id: 'y', order: 20 },
    ])
  })
})

describe('renumberItems', () => {
  it('should number top-level items 1, 2, 3 and sub-items a, b under their parent, pauses unnumbered', () => {
    const moved = agenda.map((item) =>
      item.id === 'budget' ? { ...item, order: 35, number: '7' } : item.id === 'open-b' ? { ...item, order: 15 } : item,
    )
    expect(renumberItems(moved)).toEqual([
      { id: 'open-b', order: 20, number: 'a' },
      { id: 'open-a', order: 30, number: 'b' },
      { id: 'budget', order: 40, number: '2' },
      { id: 'approve', order: 50, number: '3' },
      { id: 'pause', order: 60 },
    ])
  })

  it('should change nothing on an agenda already in order', () => {
    expect(renumberItems(agenda)).toEqual([])
  })

  it('should renumber an agenda whose item was moved', () => {
    const moved = agenda.map((item) => (item.id === 'budget' ? { ...item, order: 35 } : item))
    expect(renumberItems(moved)).toEqual([
      { id: 'budget', order: 40, number: '2' },
      { id: 'approve', order: 50, number: '3' },
      { id: 'pause', order: 60 },
    ])
  })
})

describe('subItemLetter', () => {
  it('should run a … ö, then aa', () => {
    expect([0, 1, 25, 28, 29].map(subItemLetter)).toEqual(['a', 'b', 'z', 'ö', 'aa'])
  })
})

describe('nextTopLevelNumber', () => {
  it('should follow the highest top-level number, ignoring sub-items and pauses', () => {
    expect(nextTopLevelNumber(agenda)).toBe('4')
    expect(nextTopLevelNumber([{ number: '12 a', parentId: null }])).toBe('13')
    expect(nextTopLevelNumber([])).toBe('1')
  })
})
