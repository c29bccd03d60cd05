import type { Metadata } from 'next'

import { DecisionLogFilters } from '@/components/public/DecisionLogFilters'
import { DecisionLogTable } from '@/components/public/DecisionLogTable'
import { Problems } from '@/components/public/Problems'
import { stockholmDate } from '@/domain/time'
import { filterLog, loadDecisionLog, logFilterOptions } from '@/lib/public/decisionLog'
import { logQueryString, parseLogFilters } from '@/lib/public/decisionLogQuery'
import { publicPayload } from '@/lib/public/payload'
import type { SearchParams } from '@/lib/public/query'

// The status depends on today's date, so the page is rendered per request (it reads published content only).
export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Beslutslogg',
  description:
    'Alla beslut och uppdrag från SRO:s publicerade mötesanteckningar, med status och när återrapportering väntas.',
}

export default async function DecisionLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { value: filters, problems, query } = parseLogFilters(await searchParams)
  const payload = await publicPayload()
  const today = stockholmDate(new Date())
  const entries = await loadDecisionLog({ payload, user: null, today })
  const shown = filterLog(entries, filters, today)
  const options = await logFilterOptions({ payload, user: null, entries })
  const suffix = logQueryString(query)
  return (
    <>
      <h1>Beslutslogg</h1>
      <p>
        Här följer SRO varje beslut och uppdrag tills det har återrapporterats: när det togs, hur långt arbetet har
        kommit och när återrapportering väntas. Loggen bygger på publicerade mötesanteckningar.
      </p>
      <Problems problems={problems} />
      <DecisionLogFilters action="/beslutslogg" query={query} {...options} />
      <p>
        Ladda ner: <a href={`/beslutslogg.csv${suffix}`}>CSV</a> · <a href={`/beslutslogg.json${suffix}`}>JSON</a>
      </p>
      <DecisionLogTable
        entries={shown}
        caption={`Beslut och uppdrag, det som behöver uppmärksamhet först (${shown.length} av ${entries.length})`}
        links={{
          entry: (entry) => (entry.kind === 'assignment' ? `/beslutslogg/${entry.id}` : null),
          meeting: (entry) =>
            entry.meeting?.slug ? `/moten/${entry.meeting.slug}${entry.item ? `#${entry.item.anchor}` : ''}` : null,
        }}
      />
    </>
  )
}
