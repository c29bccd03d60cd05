import { buildSchema, parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { breachMessage, estimateQuery, pageRowsOf } from './cost'
import { type QueryLimits, STAFF_LIMITS, VISITOR_LIMITS } from './limits'

// The shape Payload generates: a paged list per collection on the root, a join inside a document, hasMany lists.
const schema = buildSchema(`
  type Query {
    AgendaItems(limit: Int, page: Int, pagination: Boolean): AgendaItems
    AgendaItem(id: String!): AgendaItem
    Meetings(limit: Int, pagination: Boolean): Meetings
  }
  type Mutation { updateAgendaItem(id: String!, title: String): AgendaItem }
  type AgendaItems { docs: [AgendaItem!]! totalDocs: Int! }
  type Meetings { docs: [Meeting!]! totalDocs: Int! }
  type AgendaItem { id: String! title: String meeting: Meeting attachments: [Attachment!] }
  type Meeting { id: String! title: String agendaItems(limit: Int, page: Int): Meeting_AgendaItems }
  type Meeting_AgendaItems { docs: [AgendaItem!]! hasNextPage: Boolean! }
  type Attachment { title: String }
`)

const limits: QueryLimits = {
  maxDepth: 50,
  maxCost: 1_000_000,
  defaultPageSize: 10,
  allRows: 100,
  maxPageSize: 100,
  unpagedListSize: 10,
  introspectionCost: null,
}

const estimate = (query: string, options: { variables?: Record<string, unknown>; limits?: QueryLimits } = {}) =>
  estimateQuery({ schema, document: parse(query), variables: options.variables, limits: options.limits ?? limits })

/** `AgendaItems → meeting → agendaItems → …` nested `levels` times. */
function nested(levels: number, limit = 100): string {
  let inner = 'title'
  for (let level = 0; level < levels; level++) inner = `title meeting { title agendaItems { docs { ${inner} } } }`
  return `{ AgendaItems(limit: ${limit}) { docs { ${inner} } } }`
}

describe('estimateQuery', () => {
  it('should count each field once per row of the list it is read in', () => {
    // AgendaItems + docs, then title and id for each of 50 rows.
    expect(estimate('{ AgendaItems(limit: 50) { docs { title id } } }').cost).toBe(2 + 50 * 2)
  })

  it("should assume Payload's default page size when a collection query has no limit", () => {
    expect(estimate('{ AgendaItems { docs { title } } }').cost).toBe(2 + 10)
  })

  it('should assume every row for a join without limit, for limit 0 and for pagination false', () => {
    expect(estimate('{ AgendaItem(id: "x") { meeting { agendaItems { docs { title } } } } }').cost).toBe(
      4 + limits.allRows,
    )
    expect(estimate('{ AgendaItems(limit: 0) { docs { title } } }').cost).toBe(2 + limits.allRows)
    expect(estimate('{ AgendaItems(limit: 5, pagination: false) { docs { title } } }').cost).toBe(2 + limits.allRows)
  })

  it('should multiply nested lists, so the cost grows with the rows at every level', () => {
    const costs = [0, 1, 2].map((levels) => estimate(nested(levels)).cost)
    expect(costs[1]).toBeGreaterThan(costs[0] * 50)
    expect(costs[2]).toBeGreaterThan(costs[1] * 50)
  })

  it('should cap visitors at the page size that is enforced for them, and not staff', () => {
    expect(
      estimate('{ AgendaItems(limit: 100000) { docs { title } } }', { limits: { ...VISITOR_LIMITS, maxCost: 1e9 } })
        .cost,
    ).toBe(2 + 100)
    expect(estimate('{ AgendaItems { docs { title } } }', { limits: VISITOR_LIMITS }).cost).toBe(2 + 100)
    expect(
      estimate('{ AgendaItems(limit: 100000) { docs { title } } }', { limits: { ...STAFF_LIMITS, maxCost: 1e9 } }).cost,
    ).toBe(2 + 100_000)
  })

  it('should take limits from variables and from their defaults', () => {
    const query = 'query ($n: Int = 70) { AgendaItems(limit: $n) { docs { title } } }'
    expect(estimate(query).cost).toBe(2 + 70)
    expect(estimate(query, { variables: { n: 20 } }).cost).toBe(2 + 20)
  })

  it('should count hasMany lists with the assumed list size', () => {
    expect(estimate('{ AgendaItem(id: "x") { attachments { title } } }').cost).toBe(2 + limits.unpagedListSize)
  })

  it('should count every alias of a field', () => {
    const one = estimate('{ AgendaItems(limit: 100) { docs { title } } }').cost
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: AgendaItems(limit: 100) { docs { title } }`).join(' ')
    expect(estimate(`{ ${aliases} }`).cost).toBe(20 * one)
  })

  it('should count fields reached through fragments, also repeated ones', () => {
    const viaFragment = estimate(
      '{ AgendaItems(limit: 50) { docs { ...F ...F } } } fragment F on AgendaItem { title }',
    ).cost
    expect(viaFragment).toBe(2 + 2 * 50)
    expect(estimate('{ AgendaItems(limit: 50) { docs { ... on AgendaItem { title } } } }').cost).toBe(2 + 50)
  })

  it('should stop at a fragment cycle instead of looping', () => {
    const result = estimate(
      '{ AgendaItem(id: "x") { ...A } } fragment A on AgendaItem { title ...B } fragment B on AgendaItem { id ...A }',
    )
    expect(result.breach).toBeNull()
    expect(result.cost).toBe(3)
  })

  it('should add up all operations of the document', () => {
    expect(estimate('query A { AgendaItems { docs { title } } } query B { AgendaItems { docs { title } } }').cost).toBe(
      2 * 12,
    )
  })

  it('should count mutations like queries', () => {
    expect(estimate('mutation { updateAgendaItem(id: "x", title: "y") { title meeting { title } } }').cost).toBe(4)
  })
})

describe('limits', () => {
  it('should refuse the nested query of issue 12 for visitors at one level already, and by depth at two', () => {
    expect(estimate(nested(0), { limits: VISITOR_LIMITS }).breach).toBeNull()
    expect(estimate(nested(1), { limits: VISITOR_LIMITS }).breach).toEqual({
      limit: 'cost',
      max: VISITOR_LIMITS.maxCost,
    })
    expect(estimate(nested(2), { limits: { ...VISITOR_LIMITS, maxCost: 1e9 } }).breach?.limit).toBe('depth')
    expect(estimate(nested(3), { limits: STAFF_LIMITS }).breach).toEqual({ limit: 'cost', max: STAFF_LIMITS.maxCost })
  })

  it('should report the depth limit only past the allowed depth', () => {
    // AgendaItem(1) meeting(2) agendaItems(3) docs(4) meeting(5) agendaItems(6) docs(7)
    const query =
      '{ AgendaItem(id: "x") { meeting { agendaItems(limit: 1) { docs { meeting { agendaItems(limit: 1) { docs { title } } } } } } } }'
    expect(estimate(query, { limits: { ...limits, maxDepth: 7 } }).breach).toBeNull()
    expect(estimate(query, { limits: { ...limits, maxDepth: 6 } }).breach).toEqual({ limit: 'depth', max: 6 })
  })

  it('should stop walking at the budget, so a huge document costs no more than its budget to check', () => {
    // Fragments that double at each of 40 levels would be 2^40 fields if walked to the end.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on AgendaItem { title ...F${i + 1} ...F${i + 1} }`,
    ).join(' ')
    const query = `{ AgendaItem(id: "x") { ...F0 } } ${fragments} fragment F40 on AgendaItem { id }`
    const started = performance.now()
    expect(estimate(query, { limits: VISITOR_LIMITS }).breach?.limit).toBe('cost')
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('should refuse introspection for visitors and let staff introspect at a fixed cost', () => {
    expect(estimate('{ __schema { types { name } } }', { limits: VISITOR_LIMITS }).breach).toEqual({
      limit: 'introspection',
    })
    expect(estimate('{ __type(name: "Meeting") { name } }', { limits: VISITOR_LIMITS }).breach).toEqual({
      limit: 'introspection',
    })
    expect(estimate('{ __typename }', { limits: VISITOR_LIMITS }).breach).toBeNull()
    const staff = estimate('{ __schema { types { name } } }', { limits: STAFF_LIMITS })
    expect(staff).toMatchObject({ breach: null, cost: STAFF_LIMITS.introspectionCost })
  })

  it('should let a normal public query through', () => {
    // 10 meetings with 20 items each and their documents: 2 400 values, about a REST page of 100 items.
    const query =
      '{ Meetings(limit: 10) { docs { title agendaItems(limit: 20) { docs { title attachments { title } } } } } }'
    expect(estimate(query, { limits: VISITOR_LIMITS })).toMatchObject({ breach: null, cost: 2 + 10 * 3 + 10 * 20 * 12 })
  })
})

describe('pageRowsOf', () => {
  it('should use the limit, capped at the largest page', () => {
    expect(pageRowsOf({ args: { limit: 30 }, isRootField: true, limits: VISITOR_LIMITS })).toBe(30)
    expect(pageRowsOf({ args: { limit: 30 }, isRootField: false, limits: VISITOR_LIMITS })).toBe(30)
    expect(pageRowsOf({ args: { limit: 500 }, isRootField: true, limits: VISITOR_LIMITS })).toBe(100)
  })
})

describe('breachMessage', () => {
  it('should name the limit that was hit, in Swedish', () => {
    expect(breachMessage({ limit: 'depth', max: 6 })).toBe('Frågan är för djupt nästlad: högst 6 nivåer tillåts.')
    expect(breachMessage({ limit: 'cost', max: 5000 })).toMatch(/^Frågan är för kostsam: .*5000/)
    expect(breachMessage({ limit: 'introspection' })).toMatch(/personal/)
  })
})
