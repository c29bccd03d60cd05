import { describe, expect, it } from 'vitest'

import { shownItemTime } from './shownTime'
import { stockholmInstant } from './zone'

const slot = {
  startsAt: stockholmInstant({ date: '2023-11-23', time: '12:30' }).toISOString(),
  endsAt: stockholmInstant({ date: '2023-11-23', time: '13:10' }).toISOString(),
  isOverrun: false,
}

describe('shownItemTime', () => {
  it('should print a time the document gave as a time', () => {
    expect(shownItemTime({ slot, isPinned: false, hasPrintedItemTimes: true, isMinutes: true })).toEqual({
      text: 'kl. 12.30–13.10',
      isPlanned: false,
    })
  })

  it('should print a time staff set on the item', () => {
    expect(shownItemTime({ slot, isPinned: true, hasPrintedItemTimes: false, isMinutes: true })?.text).toBe(
      'kl. 12.30–13.10',
    )
  })

  it('should mark a computed time in a kallelse as planned', () => {
    expect(shownItemTime({ slot, isPinned: false, hasPrintedItemTimes: false, isMinutes: false })).toEqual({
      text: 'planerad tid kl. 12.30–13.10',
      isPlanned: true,
    })
  })

  it('should print no computed time in minutes whose documents gave none', () => {
    expect(shownItemTime({ slot, isPinned: false, hasPrintedItemTimes: false, isMinutes: true })).toBeNull()
  })

  it('should print nothing without a slot', () => {
    expect(shownItemTime({ slot: null, isPinned: true, hasPrintedItemTimes: true, isMinutes: false })).toBeNull()
  })
})
