/** Talks to the running app (next start) over HTTP, as a visitor or as staff through the REST API. */
import { BASE_URL } from './browser'

export async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${BASE_URL}${path}`, { redirect: 'manual', ...init })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

export async function staffSession(email: string, password: string) {
  const login = await fetch(`${BASE_URL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`Inloggningen misslyckades för ${email} (${login.status})`)
  const auth = { Authorization: `JWT ${token}` }
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const isForm = body instanceof FormData
    const response = await fetch(`${BASE_URL}/api${path}`, {
      method,
      headers: isForm ? auth : { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    })
    const json = (await response.json()) as T & { errors?: unknown }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json.errors ?? json)}`)
    return json
  }
  return { call }
}
