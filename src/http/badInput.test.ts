import { describe, expect, it } from 'vitest'

import { badInputMessage } from './badInput'

describe('badInputMessage', () => {
  it('should recognise SQLite refusing too many joins under a wrapped query error', () => {
    const error = new Error('Failed query: select …', {
      cause: new Error('SQLITE_ERROR', { cause: new Error('at most 64 tables in a join') }),
    })
    expect(badInputMessage(error)).toBe('Frågan går genom för många relationer.')
  })

  it('should recognise a value the database cannot take', () => {
    const error = new Error('Failed query', {
      cause: new TypeError('undefined cannot be passed as argument to the database'),
    })
    expect(badInputMessage(error)).toBe('Ett värde i frågan har fel typ.')
  })

  it('should recognise invalid JSON', () => {
    expect(badInputMessage(new SyntaxError('Unexpected token \'o\', "notjson" is not valid JSON'))).toBe(
      'Anropet innehåller ogiltig JSON.',
    )
  })

  it("should leave the server's own errors alone", () => {
    expect(badInputMessage(new Error('SQLITE_BUSY: database is locked'))).toBeNull()
    expect(badInputMessage('not an error')).toBeNull()
  })
})
