import type { PayloadRequest } from 'payload'

/**
 * Facts that stay true for the length of one request, kept on `req.context`: an import writes hundreds of records in
 * one request, and hooks would otherwise read the same rows again for every record.
 */
type MemoName = 'timePlans' | 'meetingStages' | 'itemMeetings' | 'reportBackSettled'

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
