/**
 * Payload's REST handlers behind a guard that answers hostile or malformed requests before Payload works on them:
 * a visitor's upload or large body is refused from its headers (nothing of the body is read), and the query string
 * is bounded and checked (src/http/restQuery.ts). Requests carrying a session are authenticated once here, so the
 * generous staff bounds are only for real staff.
 */
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'
import * as qs from 'qs-esm'

import { fieldTypeAtFor } from './fieldTypeAt'
import { checkVisitorBody } from './requestBody'
import { STAFF_LIMITS, VISITOR_LIMITS, checkRestQuery } from './restQuery'

type RouteContext = { params: Promise<{ slug: string[] }> }
type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>

const answer = ({ status, message }: { status: number; message: string }) =>
  Response.json({ errors: [{ message }] }, { status })

function hasCredentials({ request, payload }: { request: Request; payload: Payload }): boolean {
  if (request.headers.get('authorization')) return true
  const cookie = request.headers.get('cookie') ?? ''
  return cookie.includes(`${payload.config.cookiePrefix}-token=`)
}

async function isSignedIn({ request, payload }: { request: Request; payload: Payload }): Promise<boolean> {
  // Visitors without any credential cost nothing; a forged cookie or header is checked like Payload checks it.
  if (!hasCredentials({ request, payload })) return false
  try {
    const { user } = await payload.auth({ headers: request.headers })
    return Boolean(user)
  } catch {
    return false
  }
}

/** `/api/users/verify/<token>` when e-mail verification is off: Payload queries a column that does not exist. */
function isDisabledVerify({ slug, payload }: { slug: string[]; payload: Payload }): boolean {
  if (slug[1] !== 'verify') return false
  const collection = payload.collections[slug[0] as keyof typeof payload.collections]?.config
  return Boolean(collection?.auth) && !collection?.auth.verify
}

async function refusal({
  request,
  slug,
  config,
}: {
  request: Request
  slug: string[]
  config: SanitizedConfig
}): Promise<Response | null> {
  const payload = await getPayload({ config })
  const signedIn = await isSignedIn({ request, payload })
  const collection = payload.collections[slug[0] as keyof typeof payload.collections]?.config
  if (!signedIn) {
    const bodyRefusal = checkVisitorBody({
      method: request.method,
      contentType: request.headers.get('content-type'),
      contentLength: request.headers.get('content-length'),
      hasBody: request.body !== null,
      isUploadCollection: Boolean(collection?.upload),
    })
    if (bodyRefusal) return answer(bodyRefusal)
  }
  if (isDisabledVerify({ slug, payload })) return answer({ status: 404, message: 'Hittades inte' })
  const { search } = new URL(request.url)
  if (!search) return null
  // The same parse as Payload's createPayloadRequest, so the checked query is the one that would run.
  const query = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  const queryRefusal = checkRestQuery({
    rawQuery: search,
    query,
    limits: signedIn ? STAFF_LIMITS : VISITOR_LIMITS,
    fieldTypeAt: fieldTypeAtFor(collection?.flattenedFields ?? []),
  })
  return queryRefusal ? answer(queryRefusal) : null
}

function guarded({ handler, config }: { handler: RouteHandler; config: SanitizedConfig }): RouteHandler {
  return async (request, context) => {
    const { slug } = await context.params
    const refused = await refusal({ request, slug: slug ?? [], config })
    return refused ?? handler(request, context)
  }
}

export function hardenedRest(configPromise: Promise<SanitizedConfig> | SanitizedConfig) {
  const withGuard = (rest: (config: Promise<SanitizedConfig> | SanitizedConfig) => RouteHandler): RouteHandler => {
    const handler = rest(configPromise)
    return async (request, context) => guarded({ handler, config: await configPromise })(request, context)
  }
  return {
    GET: withGuard(REST_GET),
    POST: withGuard(REST_POST),
    DELETE: withGuard(REST_DELETE),
    PATCH: withGuard(REST_PATCH),
    PUT: withGuard(REST_PUT),
    OPTIONS: REST_OPTIONS(configPromise),
  }
}
