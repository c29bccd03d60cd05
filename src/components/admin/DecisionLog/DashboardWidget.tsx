import type { Payload } from 'payload'

import { attentionCounts } from '@/domain/decisionLog'
import { stockholmDate } from '@/domain/time'
import { loadDecisionLog } from '@/lib/public/decisionLog'
import type { User } from '@/payload-types'

/** On the dashboard: how many assignments are overdue or due within 30 days, linked to the filtered log. */
export async function DecisionLogWidget({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user) return null
  const today = stockholmDate(new Date())
  const counts = attentionCounts(await loadDecisionLog({ payload, user, today }), today)
  return (
    <section className="decision-log-widget" aria-labelledby="beslutslogg-widget-rubrik">
      <h2 id="beslutslogg-widget-rubrik">Beslutslogg</h2>
      <ul>
        <li>
          <a href="/admin/beslutslogg?forsenat=1">
            <strong>{counts.overdue}</strong> försenade uppdrag
          </a>
        </li>
        <li>
          <a href="/admin/beslutslogg?inom=30">
            <strong>{counts.dueSoon}</strong> ska återrapporteras inom 30 dagar
          </a>
        </li>
      </ul>
    </section>
  )
}
