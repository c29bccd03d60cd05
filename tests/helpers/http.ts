/** Calls Payload's own Next.js route handlers with a plain Request: the real HTTP layer, no server. */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { POST as graphqlRoute } from '@/app/(payload)/api/graphql/route'

const BASE = 'http://localhost:3000'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
// The app's GraphQL route (Payload's handler behind the app's request limits), not Payload's handler alone.
const graphqlHandler = graphqlRoute

export type ApiResponse = { status: number; text: string; json: () => unknown; headers: Headers }

export async function api(
  method: keyof typeof handlers,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const url = new URL(`/api${path}`, BASE)
  const slug = url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  const response = await handlers[method](new Request(url, { method, body: init.body, headers: init.headers }), {
    params: Promise.resolve({ slug }),
  })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text), headers: response.headers }
}

/** `body` replaces the JSON `{ query }` (for batches, variables or malformed bodies). */
export async function graphql(
  query: string,
  headers: Record<string, string> = {},
  body?: BodyInit,
): Promise<ApiResponse> {
  const response = await graphqlHandler(
    new Request(new URL('/api/graphql', BASE), {
      method: 'POST',
      body: body ?? JSON.stringify({ query }),
      headers: { 'content-type': 'application/json', ...headers },
    }),
  )
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text), headers: response.headers }
}

/** Logs in through REST and returns the Authorization header for later calls. */
export async function loginHeaders(email: string, password: string): Promise<Record<string, string>> {
  const response = await api('POST', '/users/login', {
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
  })
  const { token } = response.json() as { token?: string }
  if (!token) throw new Error(`Login failed for ${email}: ${response.status} ${response.text}`)
  return { Authorization: `JWT ${token}` }
}
