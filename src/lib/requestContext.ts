/**
 * Every flag and memo the app keeps on `req.context`, typed once through Payload's `RequestContext`, so a misspelt
 * flag fails tsc instead of being silently ignored. Set a flag by passing `context: { … }` to a Local API call.
 */
import type { RequestBudget } from '../graphql/budget'

declare module 'payload' {
  export interface RequestContext {
    /** Bulk writers (seed, import, the reminder job) ask not to revalidate pages write by write. */
    disableRevalidate?: boolean
    /** A write made by the report-back loop itself (src/domain/reportBack.ts): its own hooks skip it, so it cannot loop. */
    skipReportBack?: boolean
    /** A new meeting gets no standing items (the importer: the document brings its own; scripts that say so). */
    skipStandingItems?: boolean
    /** System code without a user asks for the standing items a meeting created in the admin gets. */
    standingItems?: boolean
    /** The GraphQL request's budget of documents and time (src/graphql/budget.ts). */
    graphqlBudget?: RequestBudget
    /** Per-request memos (src/lib/requestCache.ts): time plans and stages by meeting, meetings by item, settled loops. */
    timePlans?: Map<string, Promise<unknown>>
    meetingStages?: Map<string, Promise<unknown>>
    itemMeetings?: Map<string, Promise<string | null>>
    reportBackSettled?: Map<string, true>
  }
}
