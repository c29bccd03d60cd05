import { Writable } from 'node:stream'

import { APIError, Forbidden, ValidationError } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { demoteClientErrors, isClientErrorLog } from './clientErrorLogging'

function capturingLogger() {
  const lines: { level: number; msg?: string; err?: unknown }[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  return { logger: pino({ level: 'info' }, stream), lines }
}

describe('refusals in the log', () => {
  it('should tell a 4xx refusal from a server failure', () => {
    expect(isClientErrorLog({ err: new APIError('Filen är för stor.', 413, null, true) })).toBe(true)
    expect(isClientErrorLog({ err: new Forbidden() })).toBe(true)
    const graphql = Object.assign(new Error('Sortering är inte tillåten'), {
      originalError: new APIError('Sortering är inte tillåten', 400),
    })
    expect(isClientErrorLog({ err: graphql })).toBe(true)
    expect(isClientErrorLog({ err: new APIError('Något gick fel.', 500) })).toBe(false)
    expect(isClientErrorLog({ err: new Error('boom') })).toBe(false)
    expect(isClientErrorLog('text')).toBe(false)
    expect(isClientErrorLog(null)).toBe(false)
  })

  it('should log a refused request at info with its message, and a failure still at error with its stack', async () => {
    const { logger, lines } = capturingLogger()
    demoteClientErrors(logger as never)
    demoteClientErrors(logger as never)
    const invalid = new ValidationError({ errors: [{ message: 'Ogiltig adress', path: 'url' }] })
    logger.error({ err: invalid })
    logger.error({ err: new APIError('Databasen svarar inte.', 500) })
    logger.error('plain message')
    await new Promise((resolve) => setImmediate(resolve))
    expect(lines.map((line) => line.level)).toEqual([30, 50, 50])
    expect(lines[0]?.msg).toBe(invalid.message)
    expect(lines[0]?.err).toBeUndefined()
    expect(JSON.stringify(lines[1]?.err)).toContain('Databasen svarar inte.')
  })
})
