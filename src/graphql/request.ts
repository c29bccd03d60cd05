import { type DocumentNode, parse } from 'graphql'

import { BUDGET_ERROR_NAME } from './budget'
import { fragmentCycle } from './fragments'
import { REQUEST_LIMITS } from './limits'
import { LIMIT_ERROR_CODE } from './validationRules'

export type Refusal = { status: 400 | 413; message: string }

/**
 * Checks the body text before Payload parses it; the same for everyone, since the user is not known yet. Malformed
 * JSON and syntax errors are left to graphql-http, which answers them itself.
 */
export function checkGraphqlBody(text: string): Refusal | null {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return null
  }
  // graphql-http would refuse a batch too, but in English and after Payload read it.
  if (Array.isArray(body))
    return { status: 400, message: 'Flera frågor i samma anrop (batchning) stöds inte: skicka en fråga per anrop.' }
  const query = (body as { query?: unknown } | null)?.query
  if (typeof query !== 'string') return null
  if (query.length > REQUEST_LIMITS.maxQueryLength) {
    return { status: 400, message: `Frågan är för lång: högst ${REQUEST_LIMITS.maxQueryLength} tecken tillåts.` }
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: REQUEST_LIMITS.maxTokens })
  } catch (error) {
    // graphql says "more that 3000 tokens" (sic) in 16.x.
    if (error instanceof Error && /more tha[nt] \d+ tokens/.test(error.message)) {
      return {
        status: 400,
        message: `Frågan har för många delar: högst ${REQUEST_LIMITS.maxTokens} ord och tecken tillåts.`,
      }
    }
    return null
  }
  const cycle = fragmentCycle(document)
  if (cycle) return { status: 400, message: `Fragmentet ${cycle} sprids i sig självt.` }
  return null
}

/** The body as text, or null as soon as it is larger than `maxBytes` (the declared length is trusted only to refuse). */
export async function readBodyWithin({
  request,
  maxBytes,
}: {
  request: Request
  maxBytes: number
}): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > maxBytes) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

type GraphqlError = { message?: string; extensions?: { code?: unknown; name?: unknown } }

const isLimitError = (error: GraphqlError) =>
  error.extensions?.code === LIMIT_ERROR_CODE || error.extensions?.name === BUDGET_ERROR_NAME

/**
 * graphql-http answers a refused query with 200 (the GraphQL-over-HTTP rule for `application/json`), and a runtime
 * stop is a field error beside partial data. A limit is the request's fault: answer 400 with the limit errors only.
 */
export function limitErrorsIn(text: string): GraphqlError[] {
  // Both a validation failure and an execution result with errors serialise `errors` first.
  if (!text.startsWith('{"errors"')) return []
  const { errors } = JSON.parse(text) as { errors?: GraphqlError[] }
  const limitErrors = (errors ?? []).filter(isLimitError)
  // Every resolver that was stopped reports the same message once.
  return [...new Map(limitErrors.map((error) => [error.message, error])).values()]
}

const refuse = ({ status, message, headers }: Refusal & { headers?: Headers }) =>
  Response.json({ errors: [{ message, extensions: { code: LIMIT_ERROR_CODE } }] }, { status, headers })

/** Wraps Payload's GraphQL POST handler: bounded body and query, 400 for every limit. */
export async function limitGraphqlRequest({
  request,
  handle,
}: {
  request: Request
  handle: (request: Request) => Promise<Response>
}): Promise<Response> {
  const text = await readBodyWithin({ request, maxBytes: REQUEST_LIMITS.maxBodyBytes })
  if (text === null)
    return refuse({
      status: 413,
      message: `Anropet är för stort: högst ${REQUEST_LIMITS.maxBodyBytes / 1024} kB tas emot.`,
    })
  const refusal = checkGraphqlBody(text)
  if (refusal) return refuse(refusal)
  const response = await handle(
    new Request(request.url, { method: request.method, headers: request.headers, body: text }),
  )
  if (response.status !== 200) return response
  const answer = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const limitErrors = limitErrorsIn(answer)
  if (limitErrors.length > 0) return Response.json({ errors: limitErrors }, { status: 400, headers })
  return new Response(answer, { status: response.status, headers })
}
