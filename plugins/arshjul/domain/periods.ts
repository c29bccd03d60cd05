/** Months and quarters as the årshjul writes them: "2026-01" and "2026-Q3". */
const MONTHS = [
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
]

export const PERIOD_PATTERN = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/

export type Period = { year: number; month: number | null; quarter: number | null }

export function parsePeriod(value: string | null | undefined): Period | null {
  const match = value ? PERIOD_PATTERN.exec(value) : null
  if (!match) return null
  return {
    year: Number(match[1]),
    month: match[2] ? Number(match[2]) : null,
    quarter: match[3] ? Number(match[3]) : null,
  }
}

/** The first day of a period, for sorting it among meeting dates. */
export function periodStart(period: Period): string {
  const month = period.month ?? ((period.quarter ?? 1) - 1) * 3 + 1
  return `${period.year}-${String(month).padStart(2, '0')}-01`
}

/** "januari 2026", "kvartal 3 2026". */
export function periodLabel(period: Period): string {
  if (period.month) return `${MONTHS[period.month - 1]} ${period.year}`
  return `kvartal ${period.quarter} ${period.year}`
}

/** "19 mars 2026" for a YYYY-MM-DD date. */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? ''
}
