import type { Endpoint } from 'payload'

import { stockholmDate } from '@/domain/time'
import { filterLog, loadDecisionLog, logCsv } from '@/lib/public/decisionLog'
import { parseLogFilters, searchParamsOf } from '@/lib/public/decisionLogQuery'
import type { User } from '@/payload-types'

/** GET /api/assignments/beslutslogg.csv: the staff log (unpublished included) as CSV, with the view's filters. */
export const decisionLogCsvEndpoint: Endpoint = {
  path: '/beslutslogg.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ errors: [{ message: 'Logga in för att ladda ner beslutsloggen.' }] }, { status: 401 })
    const { value: filters, problems } = parseLogFilters(searchParamsOf(req.url ?? 'http://localhost/'))
    if (problems.length > 0) return Response.json({ errors: problems.map((message) => ({ message })) }, { status: 400 })
    const today = stockholmDate(new Date())
    const entries = filterLog(
      await loadDecisionLog({ payload: req.payload, user: req.user as User, today }),
      filters,
      today,
    )
    return new Response(logCsv(entries), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="beslutslogg-${today}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
