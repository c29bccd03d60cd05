import {
  APIError,
  type CollectionAfterReadHook,
  type CollectionBeforeOperationHook,
  type Config,
  type PayloadRequest,
} from 'payload'

import type { RuntimeLimits } from './limits'

/** What a running GraphQL request has spent; one object shared by every copy Payload makes of `req.context`. */
export type RequestBudget = { startedAt: number; docs: number; limits: RuntimeLimits }

/** `extensions.name` of the error, so the route can answer 400 (Payload's error handler copies the error's name). */
export const BUDGET_ERROR_NAME = 'GraphQLBudgetError'

const BUDGET_KEY = 'graphqlBudget'

export class GraphQLBudgetError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    // Set by hand: a minified server build would rename the class.
    this.name = BUDGET_ERROR_NAME
  }
}

/** Why a running request must stop (in Swedish), or null while it is within its limits. */
export function budgetExceeded({ budget, now }: { budget: RequestBudget; now: number }): string | null {
  const { maxDocs, maxMilliseconds } = budget.limits
  if (budget.docs > maxDocs) return `Frågan avbröts: den läste fler än ${maxDocs} poster (gränsen per fråga).`
  if (now - budget.startedAt > maxMilliseconds)
    return `Frågan avbröts: den tog längre än ${maxMilliseconds / 1000} sekunder (gränsen per fråga).`
  return null
}

/**
 * Starts the budget on the request before it runs. Called from the validation rules, the one place Payload lets the
 * app see a GraphQL request before execution; from then on every local read copies `req.context` with this object in it.
 */
export function startBudget({
  req,
  limits,
  now = Date.now(),
}: {
  req: PayloadRequest
  limits: RuntimeLimits
  now?: number
}): void {
  req.context[BUDGET_KEY] = { startedAt: now, docs: 0, limits } satisfies RequestBudget
}

const budgetOf = (req: PayloadRequest): RequestBudget | undefined =>
  req.context?.[BUDGET_KEY] as RequestBudget | undefined

function stopWhenSpent(budget: RequestBudget): void {
  const reason = budgetExceeded({ budget, now: Date.now() })
  if (reason) throw new GraphQLBudgetError(reason)
}

/** No new read (or write) starts once the request is over its time or documents. */
const checkBudget: CollectionBeforeOperationHook = ({ args, req }) => {
  const budget = budgetOf(req)
  if (budget) stopWhenSpent(budget)
  return args
}

/** Every document read for the request counts, also those that hooks read. */
const countDocument: CollectionAfterReadHook = ({ doc, req }) => {
  const budget = budgetOf(req)
  if (budget) {
    budget.docs += 1
    stopWhenSpent(budget)
  }
  return doc
}

/** As a config plugin, placed last: every collection counts, those other plugins add too. No-op outside GraphQL. */
export const graphqlBudget = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [checkBudget, ...(collection.hooks?.beforeOperation ?? [])],
      afterRead: [...(collection.hooks?.afterRead ?? []), countDocument],
    },
  })),
})
