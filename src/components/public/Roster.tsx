import { type RosterSection, formatRosterLine } from '@/domain/roster'

/** "Kallade": the meeting's own list of those called, by side and group, as its kallelse printed it. */
export function Roster({ roster }: { roster: RosterSection[] }) {
  if (roster.length === 0) return null
  return (
    <section aria-labelledby="kallade" className="roster">
      <h2 id="kallade">Kallade</h2>
      {roster.map((section) => (
        <div key={section.side} className="roster-side">
          <h3>{section.label}</h3>
          {section.groups.map((group) => (
            <div key={group.group}>
              <h4>{group.label}</h4>
              <ul>
                {group.members.map((member) => (
                  <li key={member.id}>{formatRosterLine(member)}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  )
}
