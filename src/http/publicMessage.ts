import type { AfterErrorHook } from 'payload'

/** What Payload's formatErrors answers when it cannot tell what an error is. */
export const UNKNOWN_ERROR_MESSAGE = 'An unknown error occurred.'

type ErrorResponse = { errors?: { message?: unknown }[] }

/**
 * The message of a public error (a Swedish refusal thrown as `APIError(message, status, null, true)`), when Payload
 * would answer "An unknown error occurred." instead. Payload's formatErrors recognises an error without `data` only by
 * its `name`, and `next build` minifies class names, so in production every such refusal lost its message (a zip
 * bomb answered 413 with the English fallback); under vitest the names survive and the tests could not see it.
 */
export function keptPublicMessage({ error, response }: { error: unknown; response: unknown }): string | null {
  const candidate = error as { isPublic?: unknown; message?: unknown } | null
  if (!candidate || candidate.isPublic !== true || typeof candidate.message !== 'string' || !candidate.message)
    return null
  const first = (response as ErrorResponse | undefined)?.errors?.[0]
  return first?.message === UNKNOWN_ERROR_MESSAGE ? candidate.message : null
}

export const publicMessageKept: AfterErrorHook = ({ error, result }) => {
  const message = keptPublicMessage({ error, response: result })
  return message ? { response: { errors: [{ message }] } } : undefined
}
