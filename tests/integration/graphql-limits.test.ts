/**
 * GraphQL cannot take the server down (issue 12, item 1): the nested item → meeting → agendaItems query, aliases,
 * batches and oversized bodies are refused with 400/413 before they run; the runtime budget stops what the estimate
 * cannot see; normal queries still work and still show only public content.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PlannedSlot, formatTimeSlot } from '@/domain/time'
import { startBudget } from '@/graphql/budget'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { MARKERS, type Scenario, buildScenario } from '../helpers/scenario'

let test: TestPayload
let scenario: Scenario
let http: typeof Http
let staff: Record<string, string>

const ITEMS = 50

beforeAll(async () => {
  test = await startTestPayload()
  scenario = await buildScenario(test.payload)
  http = await import('../helpers/http')
  // The scenario's published meeting gets a full agenda: 50 public items besides its own two.
  for (let index = 1; index <= ITEMS; index++) {
    await test.payload.create({
      collection: 'agenda-items',
      context: { disableRevalidate: true },
      data: {
        meeting: scenario.meeting.id,
        number: String(100 + index),
        order: 1000 + index,
        title: `Punkt ${index}`,
        durationMinutes: 2,
        _status: 'published',
      },
    })
  }
  await test.payload.create({
    collection: 'users',
    data: { email: 'beredning@test.example', password: 'test-password-1234', name: 'B', roles: ['beredning'] },
  })
  staff = await http.loginHeaders('beredning@test.example', 'test-password-1234')
  // The first GraphQL request builds Payload's schema (about a second, once per process): not part of any timing below.
  await http.graphql('{ __typename }')
}, 300_000)
afterAll(async () => test?.cleanup())

/** `AgendaItems → meeting → agendaItems → …` nested `levels` times, as in the issue. */
function nested(levels: number, limit = 100, joinArgs = ''): string {
  let inner = 'title'
  for (let level = 0; level < levels; level++)
    inner = `title meeting { title agendaItems${joinArgs} { docs { ${inner} } } }`
  return `{ AgendaItems(limit: ${limit}) { docs { ${inner} } } }`
}

async function timed(send: () => Promise<Http.ApiResponse>) {
  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const response = await send()
  return { response, ms: performance.now() - started, heapGrowth: process.memoryUsage().heapUsed - heapBefore }
}

const messagesOf = (response: Http.ApiResponse) =>
  ((response.json() as { errors?: { message: string }[] }).errors ?? []).map((error) => error.message)

describe('GraphQL limits for visitors', () => {
  it('should refuse the nested query of the issue with 400, fast and without growing the heap', async () => {
    for (const levels of [1, 3]) {
      const { response, ms, heapGrowth } = await timed(() => http.graphql(nested(levels)))
      expect(response.status, `${levels} level(s): ${response.text.slice(0, 200)}`).toBe(400)
      expect(messagesOf(response).join(' ')).toMatch(/Frågan är för (kostsam|djupt nästlad)/)
      expect(ms).toBeLessThan(1000)
      expect(heapGrowth).toBeLessThan(50 * 1024 * 1024)
    }
  })

  it('should name the depth limit when a query nests too deep', async () => {
    const response = await http.graphql(nested(3, 1))
    expect(response.status).toBe(400)
    expect(messagesOf(response)).toEqual(['Frågan är för djupt nästlad: högst 6 nivåer tillåts.'])
  })

  it('should still answer a normal public query, with the time plan', async () => {
    const response = await http.graphql(
      '{ AgendaItems(limit: 20, sort: "order") { docs { number title timeSlot meeting { location } } } }',
    )
    expect(response.status).toBe(200)
    const { data } = response.json() as {
      data: { AgendaItems: { docs: { number: string; timeSlot: PlannedSlot | null; meeting: { location: string } }[] } }
    }
    expect(data.AgendaItems.docs).toHaveLength(20)
    const [first] = data.AgendaItems.docs
    expect(first).toMatchObject({ number: '6', meeting: { location: 'Regionens Hus' } })
    expect(first?.timeSlot && formatTimeSlot(first.timeSlot)).toBe('13.00–13.10')
  })

  it('should show no unpublished content through a nested query within the limits', async () => {
    const query = `{
      AgendaItems(draft: true, limit: 10) { docs { title positionTaken meeting { location minutesNotes agendaItems(limit: 60) { docs { title positionTaken } } } } }
      Meetings(draft: true, limit: 10) { docs { location agendaItems(limit: 60) { docs { title } } } }
    }`
    const response = await http.graphql(query)
    expect(response.status, response.text.slice(0, 600)).toBe(200)
    expect(response.text).toContain('Punkt 50')
    for (const marker of Object.values(MARKERS)) expect(response.text).not.toContain(marker)
  })

  it('should count every alias, so many copies of a field are refused', async () => {
    // 50 copies; 200 are refused already by the token limit.
    const aliases = Array.from(
      { length: 50 },
      (_, index) => `a${index}: AgendaItems(limit: 100) { docs { title meeting { title } } }`,
    ).join(' ')
    const { response, ms } = await timed(() => http.graphql(`{ ${aliases} }`))
    expect(response.status).toBe(400)
    expect(messagesOf(response).join(' ')).toMatch(/för kostsam/)
    expect(ms).toBeLessThan(1000)
  })

  it('should refuse a batch of operations in one request', async () => {
    const batch = JSON.stringify(Array.from({ length: 100 }, () => ({ query: nested(1) })))
    const response = await http.graphql('', {}, batch)
    expect(response.status).toBe(400)
    expect(messagesOf(response)).toEqual([
      'Flera frågor i samma anrop (batchning) stöds inte: skicka en fråga per anrop.',
    ])
  })

  it('should add up all operations of one document', async () => {
    const operations = Array.from(
      { length: 20 },
      (_, index) => `query Q${index} { AgendaItems(limit: 100) { docs { title meeting { title } } } }`,
    ).join(' ')
    const response = await http.graphql('', {}, JSON.stringify({ query: operations, operationName: 'Q0' }))
    expect(response.status).toBe(400)
  })

  it('should refuse a body, a query or a token count over its limit before parsing it', async () => {
    const bigBody = await http.graphql(
      '',
      {},
      JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(70 * 1024) } }),
    )
    expect(bigBody.status).toBe(413)
    expect(messagesOf(bigBody)).toEqual(['Anropet är för stort: högst 64 kB tas emot.'])
    const longQuery = await http.graphql(`{ __typename ${' '.repeat(17 * 1024)} }`)
    expect(longQuery.status).toBe(400)
    expect(messagesOf(longQuery)[0]).toMatch(/^Frågan är för lång/)
    const { response: manyTokens, ms } = await timed(() =>
      http.graphql(`{ ${'AgendaItems { docs { title } } '.repeat(500)} }`),
    )
    expect(manyTokens.status).toBe(400)
    expect(messagesOf(manyTokens)[0]).toMatch(/^Frågan har för många delar/)
    expect(ms).toBeLessThan(1000)
  })

  it("should refuse a fragment cycle with 400, fast (Payload's complexity rule overflows the stack on it)", async () => {
    const query =
      '{ AgendaItems { docs { ...A } } } fragment A on AgendaItem { title meeting { agendaItems { docs { ...B } } } } fragment B on AgendaItem { ...A }'
    const { response, ms } = await timed(() => http.graphql(query))
    expect(response.status).toBe(400)
    expect(messagesOf(response)).toEqual(['Fragmentet A sprids i sig självt.'])
    expect(ms).toBeLessThan(1000)
  })

  it('should take the limit from variables, also from their defaults', async () => {
    const query =
      'query ($n: Int = 100) { AgendaItems(limit: $n) { docs { title meeting { title agendaItems { docs { title } } } } } }'
    expect((await http.graphql(query)).status).toBe(400)
    const withVariable = await http.graphql('', {}, JSON.stringify({ query, variables: { n: 2 } }))
    expect(withVariable.status).toBe(200)
  })

  it('should keep the schema from visitors and show it to staff', async () => {
    const query = '{ __schema { queryType { name } } }'
    const visitor = await http.graphql(query)
    expect(visitor.status).toBe(400)
    expect(messagesOf(visitor)).toEqual(['Schemafrågor (__schema, __type) är bara öppna för inloggad personal.'])
    const forStaff = await http.graphql(query, staff)
    expect(forStaff.status).toBe(200)
    expect(forStaff.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } })
  })
})

describe('GraphQL limits for staff', () => {
  it('should let staff nest deeper than visitors', async () => {
    // Eight levels: over the visitors' six, within the staff's ten.
    const query = nested(2, 1, '(limit: 1)')
    expect((await http.graphql(query)).status).toBe(400)
    const response = await http.graphql(query, staff)
    expect(response.status, response.text.slice(0, 200)).toBe(200)
  })

  it('should refuse the nested query for staff too, fast', async () => {
    const { response, ms } = await timed(() => http.graphql(nested(2), staff))
    expect(response.status).toBe(400)
    expect(messagesOf(response)).toEqual([
      expect.stringMatching(/^Frågan är för kostsam: den kan läsa fler än 50000 fältvärden/),
    ])
    expect(ms).toBeLessThan(1000)
  })
})

describe('runtime budget', () => {
  it('should stop reading once a request has read more documents than its budget', async () => {
    const req = await createLocalReq({}, test.payload)
    startBudget({ req, limits: { maxDocs: 10, maxMilliseconds: 60_000 } })
    await expect(test.payload.find({ collection: 'agenda-items', req, limit: 50, depth: 0 })).rejects.toThrow(
      'Frågan avbröts: den läste fler än 10 poster',
    )
  })

  it('should start no new read once a request has run out of time', async () => {
    const req = await createLocalReq({}, test.payload)
    startBudget({ req, limits: { maxDocs: 10_000, maxMilliseconds: 1_000 }, now: Date.now() - 2_000 })
    await expect(test.payload.find({ collection: 'meetings', req, limit: 1, depth: 0 })).rejects.toThrow(
      'Frågan avbröts: den tog längre än 1 sekunder',
    )
  })

  it('should leave requests without a budget alone', async () => {
    const req = await createLocalReq({}, test.payload)
    const { docs } = await test.payload.find({ collection: 'agenda-items', req, limit: 60, depth: 0 })
    expect(docs.length).toBeGreaterThan(ITEMS)
  })
})

describe('time plan of listed items (timeSlot)', () => {
  /** SQL statements the request sends, counted at the database client. */
  async function queriesDuring(send: () => Promise<Http.ApiResponse>): Promise<number> {
    const client = (test.payload.db as unknown as { client: { execute: (...args: unknown[]) => unknown } }).client
    const execute = client.execute
    let count = 0
    client.execute = (...args: unknown[]) => {
      count += 1
      return execute.apply(client, args)
    }
    try {
      expect((await send()).status).toBe(200)
    } finally {
      client.execute = execute
    }
    return count
  }

  it('should read the meeting and its items once per request, however many items are listed', async () => {
    const list = (limit: number) => () =>
      http.graphql(`{ AgendaItems(limit: ${limit}, sort: "order") { docs { timeSlot } } }`)
    const restList = (limit: number) => () => http.api('GET', `/agenda-items?limit=${limit}&sort=order&depth=0`)
    expect(await queriesDuring(list(50))).toBe(await queriesDuring(list(5)))
    expect(await queriesDuring(restList(50))).toBe(await queriesDuring(restList(5)))
  })
})
