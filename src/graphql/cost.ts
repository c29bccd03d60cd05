import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
} from 'graphql'

import type { QueryLimits } from './limits'

export type LimitBreach = { limit: 'depth' | 'cost'; max: number } | { limit: 'introspection' }

export type QueryEstimate = {
  /** Deepest nesting seen (up to where the walk stopped). */
  depth: number
  /** Estimated field values (up to where the walk stopped). */
  cost: number
  breach: LimitBreach | null
}

/** Thrown inside the walk to stop at the first limit: a hostile query is never walked further than its budget. */
class Stop {
  constructor(readonly breach: LimitBreach) {}
}

type Variables = Record<string, unknown>

type Walk = {
  selectionSet: SelectionSetNode
  type: GraphQLCompositeType
  /** How many times this selection set is resolved: the product of the list sizes above it. */
  multiplier: number
  level: number
  /** Rows of the paged list (`docs`) directly under a field that took `limit`. */
  pageRows?: number
  /** Fragments being expanded, to stop at a cycle (graphql's NoFragmentCyclesRule reports it). */
  fragmentPath: readonly string[]
}

/** Rows Payload reads for a field that takes `limit`: a collection query on the root, or a join inside a document. */
export function pageRowsOf({
  args,
  isRootField,
  limits,
}: {
  args: Variables
  isRootField: boolean
  limits: QueryLimits
}): number {
  if (args.pagination === false) return limits.allRows
  const { limit } = args
  // Payload's GraphQL join resolver ignores the join's defaultLimit: without `limit` it reads every row.
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return isRootField ? limits.defaultPageSize : limits.allRows
  if (limit <= 0) return limits.allRows
  return Math.min(limit, limits.maxPageSize)
}

function argumentValues(node: FieldNode, variables: Variables): Variables {
  const values: Variables = {}
  for (const argument of node.arguments ?? [])
    values[argument.name.value] = valueFromASTUntyped(argument.value, variables)
  return values
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined
}

/**
 * Estimates what a GraphQL document makes the server read, before it runs: each field counts once for every row it
 * is resolved for, and a list multiplies everything under it by its size (`limit`, or the default page size, or all
 * rows). All operations in the document count together. Stops at the first limit passed.
 */
export function estimateQuery({
  schema,
  document,
  variables = {},
  limits,
}: {
  schema: GraphQLSchema
  document: DocumentNode
  variables?: Variables | null
  limits: QueryLimits
}): QueryEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean))
  let cost = 0
  let depth = 0

  const spend = (amount: number) => {
    cost += amount
    if (cost > limits.maxCost) throw new Stop({ limit: 'cost', max: limits.maxCost })
  }

  const visitField = (
    node: FieldNode,
    { type, multiplier, level, pageRows, fragmentPath }: Omit<Walk, 'selectionSet'>,
    values: Variables,
  ) => {
    const name = node.name.value
    if (name === '__typename') return spend(multiplier)
    if (name === '__schema' || name === '__type') {
      if (limits.introspectionCost === null) throw new Stop({ limit: 'introspection' })
      return spend(multiplier * limits.introspectionCost)
    }
    const field = fieldOf(type, name)
    // An unknown field is reported by graphql's FieldsOnCorrectTypeRule.
    if (!field) return
    spend(multiplier)
    if (!node.selectionSet) return
    const childLevel = level + 1
    depth = Math.max(depth, childLevel)
    if (childLevel > limits.maxDepth) throw new Stop({ limit: 'depth', max: limits.maxDepth })
    const rows = isListType(getNullableType(field.type)) ? (pageRows ?? limits.unpagedListSize) : 1
    const isPaged = field.args.some((arg) => arg.name === 'limit')
    const childType = getNamedType(field.type)
    if (!isCompositeType(childType)) return
    walk(
      {
        selectionSet: node.selectionSet,
        type: childType,
        multiplier: multiplier * rows,
        level: childLevel,
        pageRows: isPaged
          ? pageRowsOf({ args: argumentValues(node, values), isRootField: rootTypes.has(type as never), limits })
          : undefined,
        fragmentPath,
      },
      values,
    )
  }

  const walk = ({ selectionSet, ...state }: Walk, values: Variables) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        visitField(selection, state, values)
        continue
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection
      if (!fragment) continue
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null
      if (name && state.fragmentPath.includes(name)) continue
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : state.type
      if (!isCompositeType(condition)) continue
      walk(
        {
          ...state,
          selectionSet: fragment.selectionSet,
          type: condition,
          fragmentPath: name ? [...state.fragmentPath, name] : state.fragmentPath,
        },
        values,
      )
    }
  }

  try {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const type = definition.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
      if (!type) continue
      // A variable's default applies when the request leaves it out: `query ($n: Int = 100000)` must count as 100000.
      const defaults: Variables = {}
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue) defaults[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue)
      }
      walk(
        { selectionSet: definition.selectionSet, type, multiplier: 1, level: 0, fragmentPath: [] },
        { ...defaults, ...(variables ?? {}) },
      )
    }
  } catch (error) {
    if (error instanceof Stop) return { depth, cost, breach: error.breach }
    throw error
  }
  return { depth, cost, breach: null }
}

/** What the client is told, in Swedish, naming the limit it hit. */
export function breachMessage(breach: LimitBreach): string {
  switch (breach.limit) {
    case 'depth':
      return `Frågan är för djupt nästlad: högst ${breach.max} nivåer tillåts.`
    case 'cost':
      return `Frågan är för kostsam: den kan läsa fler än ${breach.max} fältvärden (gränsen per fråga). Ange en lägre limit, färre nivåer eller färre alias.`
    case 'introspection':
      return 'Schemafrågor (__schema, __type) är bara öppna för inloggad personal.'
  }
}
