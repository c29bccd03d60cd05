/** Calls Payload's own Next.js route handlers with a plain Request: the real HTTP layer, no server. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const BASE = 'http://localhost:3000'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphqlHandler = GRAPHQL_POST(config)

export type ApiResponse = { status: number; text: string; json: () => unknown; headers: Headers }

export async function api(method: keyof typeof handlers, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<ApiResponse> {
  const url = new URL(`/api${path}`, BASE)
  const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const response = await handlers[method](new Request(url, { method, body: init.body, headers: init.headers }), { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text), headers: response.headers }
}

export async function graphql(query: string, headers: Record<string, string> = {}): Promise<ApiResponse> {
  const response = await graphqlHandler(
    new Request(new URL('/api/graphql', BASE), { method: 'POST', body: JSON.stringify({ query }), headers: { 'content-type': 'application/json', ...headers } }),
  )
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text), headers: response.headers }
}

/** Logs in through REST and returns the Authorization header for later calls. */
export async function loginHeaders(email: string, password: string): Promise<Record<string, string>> {
  const response = await api('POST', '/users/login', { body: JSON.stringify({ email, password }), headers: { 'content-type': 'application/json' } })
  const { token } = response.json() as { token?: string }
  if (!token) throw new Error(`Login failed for ${email}: ${response.status} ${response.text}`)
  return { Authorization: `JWT ${token}` }
}
