import { describe, expect, it } from 'vitest'

import { monthSectors, pointAt, themeRings, yearFraction } from './wheel'

describe('wheel geometry', () => {
  it('starts the year at the top and runs clockwise', () => {
    expect(yearFraction('2026-01-01')).toBe(0)
    expect(yearFraction('2026-07-02')).toBeCloseTo(0.5, 2)
    expect(pointAt(0, 100, { x: 0, y: 0 })).toEqual({ x: 0, y: -100 })
    expect(pointAt(0.25, 100, { x: 0, y: 0 })).toEqual({ x: 100, y: 0 })
  })

  it('makes twelve month sectors with Swedish names', () => {
    const sectors = monthSectors(2026, 80, 100, { x: 0, y: 0 })
    expect(sectors.map((sector) => sector.name)).toEqual([
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
    ])
    expect(sectors[0]!.path.startsWith('M 0 -100 A 100 100 0 0 1')).toBe(true)
  })

  it('splits the space between two radii into one ring per theme, outermost first', () => {
    expect(themeRings(2, 40, 80)).toEqual([
      { outer: 80, inner: 60 },
      { outer: 60, inner: 40 },
    ])
    expect(themeRings(0, 40, 80)).toEqual([])
  })
})
