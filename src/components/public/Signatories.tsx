import type { Meeting, Person } from '@/payload-types'

const ROLE_LABELS: Record<string, string> = { ordforande: 'Ordförande', vice_ordforande: 'Vice ordförande' }

/**
 * Who signs the meeting's document: a kallelse ends "Välkommen!" over the chairs' names (as SRO's kallelser do),
 * minutes are checked ("Justering") by them.
 */
export function Signatories({ meeting, isMinutes }: { meeting: Pick<Meeting, 'signatories'>; isMinutes: boolean }) {
  const rows = (meeting.signatories ?? []).flatMap((signatory) =>
    typeof signatory.person === 'object' && signatory.person
      ? [{ id: signatory.id ?? signatory.role, name: (signatory.person as Person).name, role: signatory.role }]
      : [],
  )
  if (rows.length === 0) return null
  const headingId = isMinutes ? 'justering' : 'undertecknat'
  return (
    <section aria-labelledby={headingId} className="signatures">
      <h2 id={headingId}>{isMinutes ? 'Justering' : 'Välkommen!'}</h2>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            {row.name}, {isMinutes ? ROLE_LABELS[row.role]?.toLowerCase() : ROLE_LABELS[row.role]}
          </li>
        ))}
      </ul>
    </section>
  )
}
