/**
 * The public pages whose content depends on the query string (/moten?ar=2025, /sok?q=…, /beslutslogg?status=…, the
 * log's downloads, /arshjul?ar=…) are served like every other public page: rendered once per archive revision and
 * address, then from the page cache (src/cache/handler.mjs). Next caches by path, not by query, so the proxy
 * (src/proxy.ts) rewrites each such request to an internal path that carries the query in one segment, and the page
 * there reads its filters from that segment. Nothing visible changes: the address, the forms and the links stay the
 * same, and the internal paths answer 404 when asked for directly.
 *
 * Pure: no Next, no Payload.
 */
import type { SearchParams } from './query'

/** Where the cached views live (`src/app/(frontend)/%5Fvy/`); the underscore keeps them apart from CMS page slugs. */
export const QUERY_VIEW_PREFIX = '/_vy'

/** Public address → its view under QUERY_VIEW_PREFIX. */
export const QUERY_VIEWS: Readonly<Record<string, string>> = {
  '/moten': 'moten',
  '/sok': 'sok',
  '/arshjul': 'arshjul',
  '/beslutslogg': 'beslutslogg',
  '/beslutslogg.csv': 'beslutslogg.csv',
  '/beslutslogg.json': 'beslutslogg.json',
}

/** The segment for a request without a query string. */
const NO_QUERY = '-'

/**
 * Pure: the query string in one path segment. Pairs are ordered by name (values of one name keep their order), so
 * `?typ=a&ar=2025` and `?ar=2025&typ=a` share one cache entry; base64url keeps `/`, `%` and `?` out of the path.
 */
export function queryKey(search: string): string {
  const params = new URLSearchParams(search)
  params.sort()
  const text = params.toString()
  return text ? Buffer.from(text, 'utf8').toString('base64url') : NO_QUERY
}

/** Pure: the query back from its segment, as the pages read it (a repeated name gives a list). */
export function searchParamsOfKey(key: string): SearchParams {
  const text = key === NO_QUERY ? '' : Buffer.from(decodeURIComponent(key), 'base64url').toString('utf8')
  const params: SearchParams = {}
  for (const [name, value] of new URLSearchParams(text)) {
    const earlier = params[name]
    params[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value]
  }
  return params
}

/** Pure: the internal path for a public GET, or null when the address is not a query view. */
export function queryViewPath(pathname: string, search: string): string | null {
  const view = QUERY_VIEWS[pathname]
  return view ? `${QUERY_VIEW_PREFIX}/${view}/${queryKey(search)}` : null
}

/** Pure: whether a request asks for an internal path itself (answered 404: the public address is the only one). */
export function isQueryViewPath(pathname: string): boolean {
  return pathname === QUERY_VIEW_PREFIX || pathname.startsWith(`${QUERY_VIEW_PREFIX}/`)
}

/** What a view's page or route handler gets from Next. */
export type QueryViewProps = { params: Promise<{ query: string }> }

/** A view's query, read back from its path segment. */
export async function viewSearchParams(params: QueryViewProps['params']): Promise<SearchParams> {
  return searchParamsOfKey((await params).query)
}
