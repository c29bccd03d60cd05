import type { Metadata } from 'next'

import { DecisionLogFilters } from '@/components/public/DecisionLogFilters'
import { DecisionLogTable } from '@/components/public/DecisionLogTable'
import { Problems } from '@/components/public/Problems'
import { filterLog } from '@/lib/public/decisionLog'
import { LOG_ROWS_PER_PAGE, logQueryString, parseLogFilters } from '@/lib/public/decisionLogQuery'
import { publicDecisionLog } from '@/lib/public/publicDecisionLog'
import { type QueryViewProps, viewSearchParams } from '@/lib/public/queryRoutes'

// /beslutslogg?… is rewritten here by the proxy (src/lib/public/queryRoutes.ts): rendered once per archive revision
// and query, then served from the page cache (src/cache/handler.mjs) like every other public page.
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = {
  title: 'Beslutslogg',
  description:
    'Alla beslut och uppdrag från SRO:s publicerade mötesanteckningar, med status och när återrapportering väntas.',
}

export default async function DecisionLogPage({ params }: QueryViewProps) {
  const { value: filters, problems, query, page } = parseLogFilters(await viewSearchParams(params))
  // Read once per archive revision; a request filters it and renders one page of rows.
  const { entries, options, today } = await publicDecisionLog()
  const matching = filterLog(entries, filters, today)
  const pages = Math.max(1, Math.ceil(matching.length / LOG_ROWS_PER_PAGE))
  const current = Math.min(page, pages)
  const shown = matching.slice((current - 1) * LOG_ROWS_PER_PAGE, current * LOG_ROWS_PER_PAGE)
  const suffix = logQueryString(query)
  const pageHref = (to: number) =>
    `/beslutslogg${logQueryString({ ...query, ...(to > 1 ? { sida: String(to) } : {}) })}`
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
        caption={`Beslut och uppdrag, det som behöver uppmärksamhet först (${matching.length} av ${entries.length}${pages > 1 ? `, sida ${current} av ${pages}` : ''})`}
        links={{
          entry: (entry) => (entry.kind === 'assignment' ? `/beslutslogg/${entry.id}` : null),
          meeting: (entry) =>
            entry.meeting?.slug ? `/moten/${entry.meeting.slug}${entry.item ? `#${entry.item.anchor}` : ''}` : null,
        }}
      />
      {pages > 1 && (
        <nav aria-label="Sidor i beslutsloggen" className="pagination">
          <ul>
            {current > 1 && (
              <li>
                <a href={pageHref(current - 1)} rel="prev">
                  Föregående sida
                </a>
              </li>
            )}
            <li aria-current="page">
              Sida {current} av {pages}
            </li>
            {current < pages && (
              <li>
                <a href={pageHref(current + 1)} rel="next">
                  Nästa sida
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  )
}
