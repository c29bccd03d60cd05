import type { AdminViewServerProps } from 'payload'

import { attentionCounts } from '@/domain/decisionLog'
import { stockholmDate } from '@/domain/time'
import { filterLog, loadDecisionLog, logFilterOptions } from '@/lib/public/decisionLog'
import { logQueryString, parseLogFilters } from '@/lib/public/decisionLogQuery'
import type { SearchParams } from '@/lib/public/query'
import { DecisionLogFilters } from '@/components/public/DecisionLogFilters'
import { DecisionLogTable } from '@/components/public/DecisionLogTable'
import { Problems } from '@/components/public/Problems'
import { AdminPage, requireUser } from '../AdminPage'

/** Admin view "Beslutslogg": every decision and assignment, what needs attention first, with filters and CSV. */
export async function DecisionLogView(view: AdminViewServerProps) {
  const { searchParams } = view
  const { req } = view.initPageResult
  const user = requireUser(req, '/beslutslogg')
  const today = stockholmDate(new Date())
  const { value: filters, problems, query } = parseLogFilters((searchParams ?? {}) as SearchParams)
  const entries = await loadDecisionLog({ payload: req.payload, user, today })
  const shown = filterLog(entries, filters, today)
  const options = await logFilterOptions({ payload: req.payload, user, entries })
  const counts = attentionCounts(entries, today)
  const admin = req.payload.config.routes.admin

  return (
    <AdminPage view={view} className="decision-log-admin">
      <h1>Beslutslogg</h1>
      <p>
        Alla beslut och uppdrag, det som behöver uppmärksamhet först: {counts.overdue} försenade uppdrag,{' '}
        {counts.dueSoon} som ska återrapporteras inom 30 dagar.
      </p>
      <Problems problems={problems} />
      <DecisionLogFilters action={`${admin}/beslutslogg`} query={query} {...options} />
      <p>
        <a href={`/api/assignments/beslutslogg.csv${logQueryString(query)}`} download>
          Ladda ner som CSV ({shown.length} rader)
        </a>
      </p>
      <DecisionLogTable
        entries={shown}
        caption={`Beslutslogg: ${shown.length} av ${entries.length} beslut och uppdrag`}
        links={{
          entry: (entry) =>
            `${admin}/collections/${entry.kind === 'assignment' ? 'assignments' : 'decisions'}/${entry.id}`,
          meeting: (entry) => (entry.meeting ? `${admin}/collections/meetings/${entry.meeting.id}` : null),
        }}
      />
    </AdminPage>
  )
}
