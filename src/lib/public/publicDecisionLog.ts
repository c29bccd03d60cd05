/**
 * The public decision log, read once per archive revision (src/cache/archiveRevision.ts: it moves with every committed
 * change from any writer and with the Stockholm date, which the statuses depend on) and kept for the requests after:
 * the page, CSV and JSON then cost a filter and the rows they show, not a read of ten years of minutes.
 * The rows are read as an anonymous visitor, exactly as before; only when they are read again changes.
 */
import { archiveRevision } from '@/cache/archiveRevision'
import { stockholmDate } from '@/domain/time'
import { type LogEntry, loadDecisionLog, logFilterOptions } from './decisionLog'
import { publicPayload } from './payload'

export type PublicDecisionLog = {
  entries: LogEntry[]
  options: Awaited<ReturnType<typeof logFilterOptions>>
  today: string
}

const KEY = Symbol.for('sro-arkivet.publicDecisionLog')
type Holder = { [KEY]?: { revision: string; log: Promise<PublicDecisionLog> } }
const holder = globalThis as Holder

/** Rows of the public log in attention order with the filter choices; concurrent requests share one read. */
export async function publicDecisionLog(): Promise<PublicDecisionLog> {
  const payload = await publicPayload()
  // As the page cache: under load a revision up to 2 s old is used while a fresh read runs.
  const revision = await archiveRevision({ payload, canRefreshInBackground: true })
  const kept = holder[KEY]
  if (kept?.revision === revision) return kept.log
  const log = (async (): Promise<PublicDecisionLog> => {
    const today = stockholmDate(new Date())
    const entries = await loadDecisionLog({ payload, user: null, today })
    return { entries, options: await logFilterOptions({ payload, user: null, entries }), today }
  })()
  holder[KEY] = { revision, log }
  // A failed read is not kept: the next request tries again.
  log.catch(() => {
    if (holder[KEY]?.log === log) holder[KEY] = undefined
  })
  return log
}

/** Forget the kept log (tests that change the clock or the database under the same revision). */
export function forgetPublicDecisionLog(): void {
  holder[KEY] = undefined
}
