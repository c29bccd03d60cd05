/**
 * A refused request is the client's mistake, not the server's: Payload should log it as `info`, as its own
 * `loggingLevels` intends (ValidationError, Forbidden, NotFound …). That table is keyed by the error's class name, and
 * the production build minifies class names, so under `next start` every refusal (a validation message, a 403, the
 * upload limits' 413, a rate limit's 429) was logged at `error` with its stack, burying real failures. Payload's
 * `logError` passes the error as `{ err }` (from REST and GraphQL); an error there with a 4xx status goes to `info`
 * with its message only, as Payload does for the errors it knows.
 */
import type { Payload } from 'payload'

/** Pure: whether a log call's first argument carries an error that answers the client with a 4xx. */
export function isClientErrorLog(first: unknown): boolean {
  type Logged = { status?: unknown; originalError?: { status?: unknown } }
  const err = (first as { err?: Logged } | null | undefined)?.err
  // GraphQL logs the GraphQLError, whose originalError is Payload's.
  const status = err?.status ?? err?.originalError?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

const DEMOTED = Symbol.for('sro-arkivet.clientErrorsDemoted')

/** Once per Payload instance (payload.config.ts `onInit`). */
export function demoteClientErrors(logger: Payload['logger']): void {
  const marked = logger as Payload['logger'] & { [DEMOTED]?: true }
  if (marked[DEMOTED]) return
  marked[DEMOTED] = true
  const error = logger.error.bind(logger)
  logger.error = ((first: unknown, ...rest: unknown[]) => {
    if (isClientErrorLog(first)) {
      const { err } = first as { err: { message?: unknown } }
      return logger.info({ msg: typeof err.message === 'string' ? err.message : 'Error' })
    }
    return (error as (...args: unknown[]) => void)(first, ...rest)
  }) as Payload['logger']['error']
}
