import { MAX_PUBLIC_PAGE_SIZE } from '../access/capAnonymousLimit'

/**
 * What one GraphQL request may cost. Payload's `maxComplexity` scores fields, not rows: a join under a relationship
 * that points back (item → meeting → agendaItems → meeting …) multiplies the rows per level, and three levels took
 * the heap past 5 GB. These limits count rows.
 *
 * Visitors keep GraphQL: the README documents it as part of the public API, it applies the same read rules as REST,
 * and the open archive is meant to be read by others' tools too. They get the tighter limits below, which keep the
 * worst request near the cost of one REST page of 100 items; staff get room for real work, but limits too.
 */
export type QueryLimits = {
  /** Nested selections (fields with sub-fields); `docs` of a list counts as a level. */
  maxDepth: number
  /** Estimated field values produced: every field counts once per row it is read for. */
  maxCost: number
  /** Rows assumed for a collection query without `limit` (Payload's default page size). */
  defaultPageSize: number
  /** Rows assumed when Payload reads every row: `limit: 0`, `pagination: false`, or a join without `limit`. */
  allRows: number
  /** Largest `limit` that is honoured (visitors are capped at 100 per page by capAnonymousLimit). */
  maxPageSize: number
  /** Rows assumed for a list without paging: hasMany relationships, arrays, blocks. */
  unpagedListSize: number
  /** `__schema` / `__type`: null = refused; otherwise what one such field costs (the whole schema is ~1 MB). */
  introspectionCost: number | null
}

/** Checked while the query runs, for what the estimate cannot know (long hasMany lists, slow hooks). */
export type RuntimeLimits = {
  /** Documents read by the request, hooks included. */
  maxDocs: number
  maxMilliseconds: number
}

export type GraphqlLimits = QueryLimits & RuntimeLimits

export const VISITOR_LIMITS: GraphqlLimits = {
  maxDepth: 6,
  maxCost: 5_000,
  // capAnonymousLimit turns a missing limit (and 0, and a join's "every row") into a page of 100 for visitors.
  defaultPageSize: MAX_PUBLIC_PAGE_SIZE,
  allRows: MAX_PUBLIC_PAGE_SIZE,
  maxPageSize: MAX_PUBLIC_PAGE_SIZE,
  unpagedListSize: 10,
  // The public site does not use GraphQL, and tools can read the schema from a staff session or the source.
  introspectionCost: null,
  maxDocs: 5_000,
  maxMilliseconds: 5_000,
}

export const STAFF_LIMITS: GraphqlLimits = {
  maxDepth: 10,
  maxCost: 50_000,
  defaultPageSize: 10,
  // Staff reads are not capped: "every row" is assumed to be a thousand, and maxDocs stops a larger answer.
  allRows: 1_000,
  maxPageSize: Number.POSITIVE_INFINITY,
  unpagedListSize: 10,
  introspectionCost: 5_000,
  maxDocs: 50_000,
  maxMilliseconds: 20_000,
}

export const limitsFor = ({ isStaff }: { isStaff: boolean }): GraphqlLimits => (isStaff ? STAFF_LIMITS : VISITOR_LIMITS)

/**
 * Checked on the raw request before Payload reads it, the same for everyone (the user is not known yet). The token
 * limit also bounds graphql's own validation, whose overlapping-fields check grows with the square of the fields.
 */
export const REQUEST_LIMITS = {
  maxBodyBytes: 64 * 1024,
  maxQueryLength: 16 * 1024,
  maxTokens: 3_000,
} as const
