/**
 * Geometry of the wheel: the year as a circle starting at the top (1 January) and running clockwise, months as
 * twelve sectors, meetings as markers at their day, themes as concentric rings. Pure numbers for an SVG.
 */
import { monthName } from './periods'

export type Point = { x: number; y: number }

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** The fraction of the year (0 ≤ f < 1) at the start of a YYYY-MM-DD date. */
export function yearFraction(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  const start = Date.UTC(year, 0, 1)
  const days = isLeap(year) ? 366 : 365
  return (Date.UTC(year, month - 1, day) - start) / (days * 86_400_000)
}

/** A point at fraction `f` of the year on a circle of `radius` around `centre` (0 at the top, clockwise). */
export function pointAt(f: number, radius: number, centre: Point): Point {
  const angle = 2 * Math.PI * f - Math.PI / 2
  return { x: round(centre.x + radius * Math.cos(angle)), y: round(centre.y + radius * Math.sin(angle)) }
}

const round = (value: number) => Math.round(value * 100) / 100

/** An SVG path for the ring sector between two fractions of the year and two radii. */
export function sectorPath(from: number, to: number, inner: number, outer: number, centre: Point): string {
  const large = to - from > 0.5 ? 1 : 0
  const a = pointAt(from, outer, centre)
  const b = pointAt(to, outer, centre)
  const c = pointAt(to, inner, centre)
  const d = pointAt(from, inner, centre)
  return `M ${a.x} ${a.y} A ${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y} L ${c.x} ${c.y} A ${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y} Z`
}

export type MonthSector = { month: number; name: string; path: string; label: Point }

export function monthSectors(year: number, inner: number, outer: number, centre: Point): MonthSector[] {
  return Array.from({ length: 12 }, (_, index) => {
    const from = yearFraction(`${year}-${String(index + 1).padStart(2, '0')}-01`)
    const to = index === 11 ? 1 : yearFraction(`${year}-${String(index + 2).padStart(2, '0')}-01`)
    return {
      month: index + 1,
      name: monthName(index + 1),
      path: sectorPath(from, to, inner, outer, centre),
      label: pointAt((from + to) / 2, (inner + outer) / 2, centre),
    }
  })
}

/** The inner and outer radius of each theme's ring, outermost first, between `inner` and `outer`. */
export function themeRings(count: number, inner: number, outer: number): { inner: number; outer: number }[] {
  if (count <= 0) return []
  const width = (outer - inner) / count
  return Array.from({ length: count }, (_, index) => ({
    outer: round(outer - index * width),
    inner: round(outer - (index + 1) * width),
  }))
}
