/**
 * Issue 12 against the production build (`next start`), where the app differs from vitest: minified code, the real
 * route handlers, Next's body handling. Each hostile request gets a quick 4xx with a Swedish message, and the server
 * keeps answering. `bench/abuse.mjs` measures the same requests with memory figures.
 * Not a browser test, but it needs the production server that the browser project runs against.
 */
import { describe, expect, it } from 'vitest'

import { BASE_URL } from '../helpers/browser'
import { bombDocx } from '../helpers/documents'

const PASSWORD = process.env.SEED_PASSWORD ?? ''
const json = { 'content-type': 'application/json' }

async function token(email: string): Promise<string> {
  const response = await fetch(`${BASE_URL}/api/users/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Inloggningen misslyckades för ${email} (${response.status})`)
  return token
}

async function timed(url: string, init: RequestInit) {
  const started = performance.now()
  const response = await fetch(`${BASE_URL}${url}`, init)
  const text = await response.text()
  return { status: response.status, text, ms: performance.now() - started }
}

const nested = (levels: number) => {
  let inner = 'title'
  for (let level = 0; level < levels; level++) inner = `title meeting { title agendaItems { docs { ${inner} } } }`
  return `{ AgendaItems(limit: 100) { docs { ${inner} } } }`
}

describe('hostile requests against next start', () => {
  it('should refuse a zip-bomb DOCX from beredning with 413 and the Swedish reason, not an unknown error', async () => {
    const form = new FormData()
    const bomb = bombDocx({ inflatedBytes: 100 * 2 ** 20 })
    form.append(
      'file',
      new Blob([new Uint8Array(bomb)], {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
      'bomb.docx',
    )
    form.append('_payload', JSON.stringify({ title: 'Zip-bomb', category: 'bilaga' }))
    const result = await timed('/api/attachments', {
      method: 'POST',
      headers: { Authorization: `JWT ${await token('beredning@sro.example')}` },
      body: form,
    })
    expect(result.status).toBe(413)
    expect(result.text).toMatch(/zip-bomb/)
    expect(result.ms).toBeLessThan(2000)
  })

  it('should refuse a nested anonymous GraphQL query with 400 in well under a second', async () => {
    // The first GraphQL request builds the schema; the limit is about the query, so warm it up first.
    await timed('/api/graphql', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: '{ Meetings(limit: 1) { docs { title } } }' }),
    })
    const result = await timed('/api/graphql', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: nested(3) }),
    })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/för kostsam/)
    expect(result.ms).toBeLessThan(1000)
  })

  it('should answer an anonymous forgot-password at once while a staff save goes through', async () => {
    const auth = { ...json, Authorization: `JWT ${await token('admin@sro.example')}` }
    const me = (await (await fetch(`${BASE_URL}/api/users/me`, { headers: auth })).json()) as {
      user: { id: string; name: string }
    }
    const [forgot, save] = await Promise.all([
      timed('/api/users/forgot-password', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'kommunikator@sro.example' }),
      }),
      timed(`/api/users/${me.user.id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ name: me.user.name }),
      }),
    ])
    expect(forgot.status).toBe(200)
    expect(save.status).toBe(200)
    expect(Math.max(forgot.ms, save.ms)).toBeLessThan(5000)
  })

  it('should answer a broken percent escape in a path with 400 and a Swedish message, not a 500', async () => {
    for (const path of ['/moten/%E0%A4%A', '/api/meetings/%E0%A4%A', '/%']) {
      const result = await timed(path, {})
      expect(result.status, path).toBe(400)
      expect(result.text, path).toContain('Adressen är felaktigt kodad')
    }
    expect((await fetch(`${BASE_URL}/moten/2025-11-13`)).status).toBe(200)
  })

  it('should answer a malformed REST query with a 4xx and a message, and still serve pages', async () => {
    const result = await timed('/api/meetings?where[startsAt][greater_than]=not-a-date', {})
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.status).toBeLessThan(500)
    expect(JSON.parse(result.text).errors[0].message).not.toBe('An unknown error occurred.')
    expect((await fetch(`${BASE_URL}/`)).status).toBe(200)
  })
})
