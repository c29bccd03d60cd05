import { describe, expect, it } from 'vitest'

import { columnPeriod, sourceNote } from './yearPlan'

describe('the period of an årshjul column', () => {
  it('should take the month of a dated column, a month heading or a quarter', () => {
    expect(columnPeriod('13 november 2025', '2025-11-13')).toBe('2025-11')
    expect(columnPeriod('Januari 2024', null)).toBe('2024-01')
    expect(columnPeriod('Januari 2026, studieresa', null)).toBe('2026-01')
    expect(columnPeriod('Q1 2026', null)).toBe('2026-Q1')
  })

  it('should give none for a heading without a period', () => {
    expect(columnPeriod('Våren', null)).toBeNull()
  })

  it('should note the column as the document wrote it', () => {
    expect(sourceNote({ date: '2025-08-21' }, '10', '13 november 2025')).toBe(
      'Ur årshjulet i dokumentet 2025-08-21, punkt 10: 13 november 2025.',
    )
  })
})
