/**
 * Calls a query view (src/lib/public/queryRoutes.ts) the way Next does after the proxy's rewrite: the public address's
 * query string becomes the view's one path segment.
 */
import { type QueryViewProps, queryKey } from '@/lib/public/queryRoutes'

/** The props a view's page gets for `search` (`?ar=2025`, or '' for none). */
export function viewProps(search = ''): QueryViewProps {
  return { params: Promise.resolve({ query: queryKey(search) }) }
}

/** A route handler's arguments for a public address such as `http://localhost:3000/beslutslogg.csv?typ=uppdrag`. */
export function viewRouteArgs(url: string): [Request, QueryViewProps] {
  return [new Request(url), viewProps(new URL(url).search)]
}
