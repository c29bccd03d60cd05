/**
 * Hostile and malformed REST input through the app's own REST route (src/app/(payload)/api/[...slug]/route.ts):
 * every case answers 4xx with a clear message, a visitor's upload is refused before its body is read, and staff
 * keep what the admin UI needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPdf } from '@/seed/content'
import type * as RestRoute from '@/app/(payload)/api/[...slug]/route'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { type Scenario, buildScenario } from '../helpers/scenario'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

type Route = typeof RestRoute
type Method = 'GET' | 'POST' | 'PATCH'

let test: TestPayload
let scenario: Scenario
let route: Route
let staff: Record<string, string>

beforeAll(async () => {
  test = await startTestPayload()
  scenario = await buildScenario(test.payload)
  await createRoleUsers(test.payload)
  route = await import('@/app/(payload)/api/[...slug]/route')
  const http: typeof Http = await import('../helpers/http')
  staff = await http.loginHeaders('beredning@test.example', TEST_PASSWORD)
})
afterAll(async () => test?.cleanup())

function toRequest(method: Method, path: string, init: RequestInit = {}) {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  const slug = url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  // A real client sends the length of a fixed body; a Request built here does not, so add it as the server would see it.
  const headers = new Headers(init.headers)
  if (typeof init.body === 'string') headers.set('content-length', String(Buffer.byteLength(init.body)))
  return { request: new Request(url, { method, ...init, headers }), context: { params: Promise.resolve({ slug }) } }
}

async function call(method: Method, path: string, init: RequestInit = {}) {
  const { request, context } = toRequest(method, path, init)
  const response = await route[method](request, context)
  const text = await response.text()
  return { status: response.status, text }
}

const ors = (count: number, path: string) =>
  Array.from({ length: count }, (_, i) => `where[or][${i}][${path}][equals]=x${i}`).join('&')

describe('malformed queries', () => {
  it.each([
    ['a date that is not a date', '/meetings?where[startsAt][greater_than]=not-a-date', /giltigt datum/],
    ['where that is not JSON', '/meetings?where=notjson', /giltig JSON/],
    ['a page past any real page', '/meetings?page=99999999999999999999', /page/],
    ['30 ORs over a relationship', `/agenda-items?${ors(30, 'meeting.location')}`, /högst 20 villkor|relationer/],
  ])('should answer 400 with a message for %s', async (_name, path, message) => {
    const response = await call('GET', path)
    expect(response.status).toBe(400)
    expect(response.text).toMatch(message)
  })

  it('should refuse staff more relationship hops than the bound', async () => {
    const response = await call('GET', `/agenda-items?${ors(21, 'meeting.location')}`, { headers: staff })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/relationer/)
  })

  it('should answer 400 for a bad value behind a relationship, which only the database notices', async () => {
    const response = await call('GET', '/agenda-items?where[meeting.startsAt][greater_than]=not-a-date')
    expect(response.status).toBe(400)
    expect(response.text).toContain('fel typ')
  })

  it('should answer 404 for e-mail verification, which is off', async () => {
    const response = await call('POST', '/users/verify/garbage')
    expect(response.status).toBe(404)
  })

  it('should answer 404 for a file that does not exist, also to staff', async () => {
    const response = await call('GET', '/attachments/file/finns-inte.pdf', { headers: staff })
    expect(response.status).toBe(404)
    expect(response.text).toContain('Filen finns inte')
  })

  it('should still answer 403, not 404, to a visitor asking for a hidden file', async () => {
    const response = await call('GET', `/attachments/file/${encodeURIComponent(scenario.hiddenFile.filename!)}`)
    expect(response.status).toBe(403)
  })
})

describe('query bounds', () => {
  it('should refuse a visitor a depth above 3', async () => {
    expect((await call('GET', '/meetings?depth=3')).status).toBe(200)
    const response = await call('GET', '/meetings?depth=4')
    expect(response.status).toBe(400)
    expect(response.text).toContain('depth')
  })

  it('should refuse a visitor more than 20 conditions', async () => {
    const response = await call('GET', `/meetings?${ors(21, 'location')}`)
    expect(response.status).toBe(400)
    expect(response.text).toContain('högst 20 villkor')
  })

  it('should refuse a visitor where nested deeper than 4 levels', async () => {
    const response = await call('GET', '/meetings?where[or][0][and][0][or][0][and][0][or][0][location][equals]=x')
    expect(response.status).toBe(400)
    expect(response.text).toContain('nästlad')
  })

  it('should refuse a visitor a query string over 4 kB', async () => {
    const response = await call('GET', `/meetings?where[location][equals]=${'x'.repeat(5000)}`)
    expect(response.status).toBe(400)
    expect(response.text).toContain('för lång')
  })

  it('should give staff what the admin UI uses: depth 10, limit=0, many conditions', async () => {
    expect((await call('GET', '/meetings?depth=10&limit=0', { headers: staff })).status).toBe(200)
    expect((await call('GET', `/meetings?${ors(50, 'location')}&depth=1`, { headers: staff })).status).toBe(200)
    expect(
      (
        await call('GET', '/meetings?where[startsAt][greater_than]=2025-01-01T00:00:00.000Z&sort=-startsAt', {
          headers: staff,
        })
      ).status,
    ).toBe(200)
  })

  it('should still bound staff: depth 11 and 101 conditions are refused', async () => {
    expect((await call('GET', '/meetings?depth=11', { headers: staff })).status).toBe(400)
    expect((await call('GET', `/meetings?${ors(101, 'location')}`, { headers: staff })).status).toBe(400)
  })

  it('should not give staff bounds to a forged token', async () => {
    const response = await call('GET', '/meetings?depth=5', { headers: { Authorization: 'JWT forged.token.here' } })
    expect(response.status).toBe(400)
  })
})

/** A multipart body of `size` bytes, produced only as it is read; `pulled()` says how much was read. */
function lazyMultipart(size: number) {
  const boundary = 'sro-test-boundary'
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stor.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  )
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === 0) {
        pulled += head.length
        controller.enqueue(head)
        return
      }
      if (pulled >= size) {
        controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`))
        controller.close()
        return
      }
      pulled += chunk.length
      controller.enqueue(chunk)
    },
  })
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, pulled: () => pulled }
}

describe('visitor request bodies', () => {
  it('should refuse a visitor upload with 401 before reading its body', async () => {
    const size = 40 * 1024 * 1024
    const upload = lazyMultipart(size)
    const { request, context } = toRequest('POST', '/attachments', {
      body: upload.body,
      headers: { 'content-type': upload.contentType, 'content-length': String(size) },
      duplex: 'half',
    } as RequestInit)
    const started = Date.now()
    const response = await route.POST(request, context)
    expect(response.status).toBe(401)
    expect(await response.text()).toContain('Logga in')
    expect(upload.pulled()).toBeLessThan(256 * 1024)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('should refuse a large visitor JSON body with 413 before reading it', async () => {
    const { request, context } = toRequest('POST', '/users/forgot-password', {
      body: JSON.stringify({ email: 'x'.repeat(200 * 1024) }),
      headers: { 'content-type': 'application/json' },
    })
    const response = await route.POST(request, context)
    expect(response.status).toBe(413)
  })

  it('should let a visitor send small JSON, such as a login', async () => {
    const response = await call('POST', '/users/login', {
      body: JSON.stringify({ email: 'beredning@test.example', password: TEST_PASSWORD }),
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(200)
  })

  it('should let a visitor sign in with the admin form, which posts multipart', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ email: 'beredning@test.example', password: TEST_PASSWORD }))
    const body = new Response(form)
    const bytes = await body.arrayBuffer()
    const response = await call('POST', '/users/login', {
      body: bytes,
      headers: { 'content-type': body.headers.get('content-type')!, 'content-length': String(bytes.byteLength) },
    })
    expect(response.status).toBe(200)
  })

  it('should still take an upload from staff', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(demoPdf('Personalens underlag'))], { type: 'application/pdf' }),
      'underlag.pdf',
    )
    form.append('_payload', JSON.stringify({ title: 'Underlag', category: 'bilaga' }))
    const response = await call('POST', '/attachments', { body: form, headers: staff })
    expect(response.status).toBe(201)
  })
})

describe('stored file names', () => {
  async function upload(name: string) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(demoPdf(name))], { type: 'application/pdf' }), name)
    form.append('_payload', JSON.stringify({ title: name, category: 'bilaga' }))
    const response = await call('POST', '/attachments', { body: form, headers: staff })
    expect(response.status, response.text).toBe(201)
    return (JSON.parse(response.text) as { doc: { filename: string; mimeType: string } }).doc
  }

  it('should store a PDF named .html under .pdf', async () => {
    const doc = await upload('sida.html')
    expect(doc).toMatchObject({ filename: 'sida.pdf', mimeType: 'application/pdf' })
    const stored = await call('GET', '/attachments/file/sida.pdf', { headers: staff })
    expect(stored.status).toBe(200)
    expect((await call('GET', '/attachments/file/sida.html', { headers: staff })).status).toBe(404)
  })

  it('should give a file without an extension the one of its type', async () => {
    expect((await upload('protokoll')).filename).toBe('protokoll.pdf')
  })
})
