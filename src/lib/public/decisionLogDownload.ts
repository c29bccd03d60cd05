import { PUBLIC_CACHE_CONTROL } from '@/http/securityHeaders'

import { filterLog, logCsv, logJson } from './decisionLog'
import { parseLogFilters } from './decisionLogQuery'
import type { SearchParams } from './query'
import { publicDecisionLog } from './publicDecisionLog'
import { siteUrl } from './site'

/**
 * CSV or JSON of the public log. A bad filter is a 400 with the reasons in Swedish, never a 500 or a silent guess.
 * A shared cache keeps it for seconds, like every public page: a withdrawn decision leaves the downloads as quickly.
 */
export async function decisionLogDownload(query: SearchParams, format: 'csv' | 'json'): Promise<Response> {
  const { value: filters, problems } = parseLogFilters(query)
  if (problems.length > 0) {
    return new Response(
      `Beslutsloggen kunde inte laddas ner:\n${problems.map((problem) => `- ${problem}`).join('\n')}\n`,
      {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    )
  }
  const log = await publicDecisionLog()
  const today = log.today
  const entries = filterLog(log.entries, filters, today)
  if (format === 'json') {
    return Response.json(
      { generated: today, source: `${siteUrl()}/beslutslogg`, entries: logJson(entries, siteUrl()) },
      { headers: { 'cache-control': PUBLIC_CACHE_CONTROL } },
    )
  }
  return new Response(logCsv(entries), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="sro-beslutslogg-${today}.csv"`,
      'cache-control': PUBLIC_CACHE_CONTROL,
    },
  })
}
