import type { PayloadRequest } from 'payload'

/**
 * Facts that stay true for the length of one request, kept on `req.context`: an import writes hundreds of records in
 * one request, and hooks would otherwise read the same rows again for every record.
 */
type MemoName = 'timePlans' | 'publicTimePlans' | 'meetingStages' | 'itemMeetings' | 'reportBackSettled'

function cacheOf<T>(req: PayloadRequest, name: MemoName): Map<string, T> {
  return ((req.context[name] as Map<string, T> | undefined) ??= new Map<string, T>() as never)
}

/** `load()` once per request and key; later calls (also concurrent ones) share its promise. */
export function oncePerRequest<T>(
  req: PayloadRequest,
  name: MemoName,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const cache = cacheOf<Promise<T>>(req, name)
  let pending = cache.get(key)
  if (!pending) {
    pending = load()
    cache.set(key, pending)
  }
  return pending
}

type Batch<T> = { keys: string[]; result: Promise<Map<string, T>> }

/**
 * Like oncePerRequest, but the keys asked for in the same turn of the event loop are read together by `loadMany`:
 * field rules and virtual fields run for every row of a list at once, so a list of 300 rows costs one query instead of
 * 300. A key `loadMany` leaves out gets `missing`.
 */
export function batchedPerRequest<T>(
  req: PayloadRequest,
  name: MemoName,
  key: string,
  loadMany: (keys: string[]) => Promise<Map<string, T>>,
  missing: T,
): Promise<T> {
  const cache = cacheOf<Promise<T>>(req, name)
  const known = cache.get(key)
  if (known) return known
  const batches = ((req.context.batches as Map<string, Batch<T>> | undefined) ??= new Map() as never)
  let batch = batches.get(name)
  if (!batch) {
    const keys: string[] = []
    // Collected until the rows' hooks have all asked (setImmediate runs after the pending promise jobs).
    const result = new Promise<Map<string, T>>((resolve, reject) =>
      setImmediate(() => {
        batches.delete(name)
        loadMany(keys).then(resolve, reject)
      }),
    )
    batch = { keys, result }
    batches.set(name, batch)
  }
  batch.keys.push(key)
  const value = batch.result.then((values) => (values.has(key) ? values.get(key)! : missing))
  cache.set(key, value)
  return value
}

/** The meeting of an agenda item, read once per request (or told by the hook that just created the item). */
export function itemMeeting(
  req: PayloadRequest,
  itemId: string,
  load: () => Promise<string | null>,
): Promise<string | null> {
  return oncePerRequest(req, 'itemMeetings', itemId, load)
}

export function rememberItemMeeting(req: PayloadRequest, itemId: string, meetingId: string | null): void {
  cacheOf<Promise<string | null>>(req, 'itemMeetings').set(itemId, Promise.resolve(meetingId))
}

/**
 * Items whose report-back loop this request has settled: closed once already, or created in it (no assignment can
 * point at an item that did not exist). The first call for an item returns true; later ones false.
 */
export function firstLoopCheck(req: PayloadRequest, itemId: string): boolean {
  const settled = cacheOf<true>(req, 'reportBackSettled')
  if (settled.has(itemId)) return false
  settled.set(itemId, true)
  return true
}
