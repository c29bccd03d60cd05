/**
 * Bounds on a REST query, checked before Payload does any work. Malformed input (a `where` that is not JSON, a date
 * that is not a date, a page number past 2^53) reached the database adapter and answered 500; a long `or` over
 * relationship paths made SQLite join more than 64 tables. Visitors get tight bounds; staff (the admin UI uses REST
 * with where, sort, depth and `limit=0` for bulk actions) get generous ones, still bounded.
 */

export type QueryLimits = {
  maxQueryLength: number
  maxDepth: number
  maxLimit: number
  maxPage: number
  /** Nesting of `and` / `or`. */
  maxWhereNesting: number
  maxConditions: number
  /** Sum over conditions of the dots in their paths: each hop through a relationship is a join. */
  maxPathHops: number
}

export const VISITOR_LIMITS: QueryLimits = {
  maxQueryLength: 4096,
  maxDepth: 3,
  // Larger limits are lowered to 100 by capAnonymousLimit; this only refuses absurd numbers.
  maxLimit: 100_000,
  maxPage: 100_000,
  maxWhereNesting: 4,
  maxConditions: 20,
  maxPathHops: 10,
}

export const STAFF_LIMITS: QueryLimits = {
  maxQueryLength: 32_768,
  maxDepth: 10,
  maxLimit: 10_000,
  maxPage: 1_000_000,
  maxWhereNesting: 8,
  maxConditions: 100,
  maxPathHops: 20,
}

/** The field type at a where path (`startsAt`, `approval.approvedAt`), or undefined when unknown. */
export type FieldTypeAt = (path: string) => string | undefined

export type QueryRefusal = { status: 400; message: string }

const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'in',
  'not_in',
])

const refuse = (message: string): QueryRefusal => ({ status: 400, message })

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkWholeNumber({
  name,
  value,
  min,
  max,
}: {
  name: string
  value: unknown
  min: number
  max: number
}): QueryRefusal | null {
  if (value === undefined) return null
  const text = String(value)
  if (!/^\d{1,15}$/.test(text) || Number(text) < min || Number(text) > max) {
    return refuse(`Parametern ${name} måste vara ett heltal mellan ${min} och ${max}.`)
  }
  return null
}

/** Values to compare with: a list for `in` / `not_in` (an array or a comma-separated string), else one value. */
function comparedValues(operator: string, value: unknown): unknown[] {
  if (operator === 'in' || operator === 'not_in') return Array.isArray(value) ? value : String(value).split(',')
  return [value]
}

function isDateValue(value: unknown): boolean {
  if (value === null || value === '') return true
  if (typeof value !== 'string' && typeof value !== 'number') return false
  return !Number.isNaN(new Date(value).getTime())
}

function isNumberValue(value: unknown): boolean {
  if (value === null || value === '') return true
  return (typeof value === 'string' || typeof value === 'number') && Number.isFinite(Number(value))
}

function checkValue({
  path,
  operator,
  value,
  fieldTypeAt,
}: {
  path: string
  operator: string
  value: unknown
  fieldTypeAt: FieldTypeAt
}): QueryRefusal | null {
  if (!COMPARISONS.has(operator)) return null
  const type = fieldTypeAt(path)
  const values = comparedValues(operator, value)
  if (type === 'date' && !values.every(isDateValue)) return refuse(`Värdet för ${path} är inget giltigt datum.`)
  if (type === 'number' && !values.every(isNumberValue)) return refuse(`Värdet för ${path} är inget giltigt tal.`)
  return null
}

type WhereTally = { conditions: number; hops: number }

function checkWhereNode({
  node,
  nesting,
  limits,
  fieldTypeAt,
  tally,
}: {
  node: unknown
  nesting: number
  limits: QueryLimits
  fieldTypeAt: FieldTypeAt
  tally: WhereTally
}): QueryRefusal | null {
  if (!isPlainObject(node)) return refuse('Villkoren i where måste vara objekt.')
  for (const [key, value] of Object.entries(node)) {
    if (key === 'and' || key === 'or') {
      if (nesting + 1 > limits.maxWhereNesting)
        return refuse(`where får vara nästlad i högst ${limits.maxWhereNesting} nivåer.`)
      // qs turns where[or][0]… into an array, or an object keyed by index when the indexes are sparse.
      const children = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!children) return refuse(`where.${key} måste vara en lista med villkor.`)
      for (const child of children) {
        const refusal = checkWhereNode({ node: child, nesting: nesting + 1, limits, fieldTypeAt, tally })
        if (refusal) return refusal
      }
      continue
    }
    if (!isPlainObject(value))
      return refuse(`Villkoret för ${key} måste ha en operator, t.ex. where[${key}][equals]=….`)
    for (const [operator, operand] of Object.entries(value)) {
      tally.conditions += 1
      tally.hops += key.split('.').length - 1
      if (tally.conditions > limits.maxConditions) return refuse(`where får ha högst ${limits.maxConditions} villkor.`)
      if (tally.hops > limits.maxPathHops)
        return refuse(`where går genom för många relationer (högst ${limits.maxPathHops} steg).`)
      const refusal = checkValue({ path: key, operator, value: operand, fieldTypeAt })
      if (refusal) return refusal
    }
  }
  return null
}

/** `where` as Payload accepts it: parsed by qs, or a JSON string. */
export function parseWhere(where: unknown): { where: unknown } | QueryRefusal {
  if (typeof where !== 'string') return { where }
  if (where === '') return { where: undefined }
  try {
    return { where: JSON.parse(where) as unknown }
  } catch {
    return refuse('Parametern where är varken villkor (where[fält][operator]=värde) eller giltig JSON.')
  }
}

/** Checks a parsed query (as qs parses it for Payload) against the limits; null when it may run. */
export function checkRestQuery({
  rawQuery,
  query,
  limits,
  fieldTypeAt,
}: {
  rawQuery: string
  query: Record<string, unknown>
  limits: QueryLimits
  fieldTypeAt: FieldTypeAt
}): QueryRefusal | null {
  if (rawQuery.length > limits.maxQueryLength)
    return refuse(`Frågan är för lång (högst ${limits.maxQueryLength} tecken).`)
  const numbers = [
    checkWholeNumber({ name: 'depth', value: query.depth, min: 0, max: limits.maxDepth }),
    checkWholeNumber({ name: 'limit', value: query.limit, min: 0, max: limits.maxLimit }),
    checkWholeNumber({ name: 'page', value: query.page, min: 1, max: limits.maxPage }),
  ]
  const numberRefusal = numbers.find(Boolean)
  if (numberRefusal) return numberRefusal
  if (query.where === undefined) return null
  const parsed = parseWhere(query.where)
  if ('status' in parsed) return parsed
  if (parsed.where === undefined) return null
  return checkWhereNode({ node: parsed.where, nesting: 0, limits, fieldTypeAt, tally: { conditions: 0, hops: 0 } })
}
