import { type ExecutionArgs, GraphQLError, type ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'

import { startBudget } from './budget'
import { breachMessage, estimateQuery } from './cost'
import { limitsFor } from './limits'

/** `extensions.code` of a refused query, so the route can answer 400 (graphql-http answers validation errors with 200). */
export const LIMIT_ERROR_CODE = 'GRAPHQL_LIMIT'

/**
 * For Payload's `graphQL.validationRules`: runs before execution with the authenticated request, so visitors and
 * staff get their own limits. Refuses by depth, estimated cost and introspection, and starts the runtime budget.
 */
export const graphqlLimitRules = (args: ExecutionArgs): ValidationRule[] => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const limits = limitsFor({ isStaff: Boolean(req?.user) })
  if (req) startBudget({ req, limits })
  const limitRule: ValidationRule = (context) => ({
    Document(document) {
      const { breach } = estimateQuery({
        schema: context.getSchema(),
        document,
        variables: args.variableValues,
        limits,
      })
      if (breach)
        context.reportError(
          new GraphQLError(breachMessage(breach), { extensions: { code: LIMIT_ERROR_CODE, limit: breach.limit } }),
        )
      // The estimate walked the whole document already.
      return false
    },
  })
  return [limitRule]
}
