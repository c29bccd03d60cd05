import { describe, expect, it } from 'vitest'

import { sheetStamp, stampTime } from './stamp'

describe('sheetStamp', () => {
  const rows = [{ updatedAt: '2026-11-30T08:00:00.000Z' }, { updatedAt: '2026-11-30T09:00:00.000Z' }]

  it('should change when any row is saved later, added or removed', () => {
    const stamp = sheetStamp(rows)
    expect(stampTime(stamp)).toBe('2026-11-30T09:00:00.000Z')
    expect(sheetStamp([rows[0]!, { updatedAt: '2026-11-30T09:00:01.000Z' }])).not.toBe(stamp)
    expect(sheetStamp([...rows, { updatedAt: '2026-11-30T07:00:00.000Z' }])).not.toBe(stamp)
    expect(sheetStamp([rows[1]!])).not.toBe(stamp)
    expect(sheetStamp([...rows])).toBe(stamp)
  })
})
