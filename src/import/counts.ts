/** How an import's counts read in Swedish, for the CLI and the admin's "Importera" view. Pure: safe in the browser. */
export const COUNT_LABELS: Record<string, string> = {
  meetings: 'möten',
  'agenda-items': 'dagordningspunkter',
  decisions: 'beslut',
  assignments: 'uppdrag',
  people: 'personer',
  memberships: 'uppdrag i SRO',
  attachments: 'dokument',
}

/** "1 möten, 12 dagordningspunkter" for the non-zero counts; "inget" when all are zero. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([collection, count]) => `${count} ${COUNT_LABELS[collection] ?? collection}`)
  return parts.length ? parts.join(', ') : 'inget'
}
