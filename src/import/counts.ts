/** How an import's counts read in Swedish, for the CLI and the admin's "Importera" view. Pure: safe in the browser. */
export const COUNT_LABELS: Record<string, { one: string; many: string }> = {
  meetings: { one: 'möte', many: 'möten' },
  'agenda-items': { one: 'dagordningspunkt', many: 'dagordningspunkter' },
  decisions: { one: 'beslut', many: 'beslut' },
  assignments: { one: 'uppdrag', many: 'uppdrag' },
  people: { one: 'person', many: 'personer' },
  memberships: { one: 'uppdrag i SRO', many: 'uppdrag i SRO' },
  attachments: { one: 'dokument', many: 'dokument' },
}

/** "1 varning", "3 varningar": a count with the Swedish singular or plural. */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "1 möte, 12 dagordningspunkter" for the non-zero counts; "inget" when all are zero. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([collection, count]) => {
      const label = COUNT_LABELS[collection]
      return label ? counted(count, label.one, label.many) : `${count} ${collection}`
    })
  return parts.length ? parts.join(', ') : 'inget'
}
