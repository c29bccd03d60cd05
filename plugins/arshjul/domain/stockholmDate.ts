const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The day (YYYY-MM-DD) an instant falls on in Stockholm, where SRO meets. The plugin's own copy: it imports nothing of the site. */
export function stockholmDate(value: string | Date): string {
  return DAY.format(typeof value === 'string' ? new Date(value) : value)
}

/** The Stockholm year of an instant, or null without one. */
export function stockholmYear(value: string | null | undefined): number | null {
  return value ? Number(stockholmDate(value).slice(0, 4)) : null
}
