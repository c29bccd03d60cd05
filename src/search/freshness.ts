/**
 * A counter that publish hooks bump so the public search index is rebuilt on the next search.
 * Kept on globalThis: Next.js may load the Payload hooks and the search page as separate module instances.
 */
const KEY = Symbol.for('sro-arkivet.searchIndexVersion')
type Holder = { [KEY]?: number }

export function searchIndexVersion(): number {
  return (globalThis as Holder)[KEY] ?? 0
}

export function invalidateSearchIndex(): void {
  ;(globalThis as Holder)[KEY] = searchIndexVersion() + 1
}
