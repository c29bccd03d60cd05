import { describe, expect, it } from 'vitest'

import { checkGraphqlBody, limitErrorsIn, readBodyWithin } from './request'

const body = (query: string) => JSON.stringify({ query })

describe('checkGraphqlBody', () => {
  it('should let an ordinary query and malformed input through to graphql-http', () => {
    expect(checkGraphqlBody(body('{ AgendaItems { docs { title } } }'))).toBeNull()
    expect(checkGraphqlBody('not json')).toBeNull()
    expect(checkGraphqlBody(body('{ unclosed'))).toBeNull()
  })

  it('should refuse batches, long queries, too many tokens and fragment cycles', () => {
    expect(checkGraphqlBody(JSON.stringify([{ query: '{ a }' }]))?.status).toBe(400)
    expect(checkGraphqlBody(body(`{ a ${' '.repeat(17_000)} }`))?.message).toMatch(/^Frågan är för lång/)
    expect(checkGraphqlBody(body(`{ ${'a '.repeat(3_001)} }`))?.message).toMatch(/^Frågan har för många delar/)
    expect(checkGraphqlBody(body('{ a { ...A } } fragment A on T { b { ...A } }'))?.message).toBe(
      'Fragmentet A sprids i sig självt.',
    )
  })
})

describe('readBodyWithin', () => {
  const post = (text: string, headers: Record<string, string> = {}) =>
    new Request('http://localhost/api/graphql', { method: 'POST', body: text, headers })

  it('should read a body within the limit', async () => {
    expect(await readBodyWithin({ request: post('{"query":"{ a }"}'), maxBytes: 100 })).toBe('{"query":"{ a }"}')
  })

  it('should refuse by the declared length and by the bytes actually sent', async () => {
    expect(await readBodyWithin({ request: post('x', { 'content-length': '5000' }), maxBytes: 100 })).toBeNull()
    expect(await readBodyWithin({ request: post('x'.repeat(101)), maxBytes: 100 })).toBeNull()
  })
})

describe('limitErrorsIn', () => {
  it('should pick the limit errors, once each, from a refused or stopped answer', () => {
    const stopped = { extensions: { name: 'GraphQLBudgetError', statusCode: 400 }, message: 'Frågan avbröts' }
    const text = JSON.stringify({ errors: [stopped, stopped, { message: 'other' }], data: { a: null } })
    expect(limitErrorsIn(text)).toEqual([stopped])
    const refused = { message: 'Frågan är för kostsam', extensions: { code: 'GRAPHQL_LIMIT' } }
    expect(limitErrorsIn(JSON.stringify({ errors: [refused] }))).toEqual([refused])
  })

  it('should leave answers without limit errors alone', () => {
    expect(limitErrorsIn(JSON.stringify({ data: { a: 1 } }))).toEqual([])
    expect(limitErrorsIn(JSON.stringify({ errors: [{ message: 'Cannot query field' }] }))).toEqual([])
  })
})
