/**
 * Optimistic concurrency for the minutes screen: a stamp of everything the screen shows (the meeting, its items,
 * decisions and assignments). Any save elsewhere moves the latest `updatedAt`; a trashed or deleted row changes
 * the count. A save sent from an older stamp is refused as a conflict instead of overwriting silently.
 */
export type Stamped = { updatedAt?: string | null }

export function sheetStamp(rows: readonly Stamped[]): string {
  const latest = rows.reduce((max, row) => (row.updatedAt && row.updatedAt > max ? row.updatedAt : max), '')
  return `${rows.length}|${latest}`
}

/** The time of the latest change in a stamp (for the warning). */
export function stampTime(stamp: string): string {
  return stamp.split('|')[1] ?? ''
}
