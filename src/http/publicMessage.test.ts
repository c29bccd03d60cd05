import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { UNKNOWN_ERROR_MESSAGE, keptPublicMessage } from './publicMessage'

const unknown = { errors: [{ message: UNKNOWN_ERROR_MESSAGE }] }

/** What a minified build makes of an error class: its name is gone. */
function minified<T extends Error>(error: T): T {
  Object.defineProperty(error, 'name', { value: '' })
  return error
}

describe('keptPublicMessage', () => {
  it('should keep the Swedish message of a public error whose class name the build removed', () => {
    const error = minified(new APIError('Filen kan vara en så kallad zip-bomb.', 413, null, true))
    expect(keptPublicMessage({ error, response: unknown })).toBe('Filen kan vara en så kallad zip-bomb.')
  })

  it('should leave an error that is not public alone', () => {
    const error = minified(new APIError('Intern detalj', 500, null, false))
    expect(keptPublicMessage({ error, response: unknown })).toBeNull()
  })

  it('should leave a response that already carries a message alone', () => {
    const error = new APIError('Meddelande', 400, null, true)
    expect(keptPublicMessage({ error, response: { errors: [{ message: 'Meddelande' }] } })).toBeNull()
  })
})
