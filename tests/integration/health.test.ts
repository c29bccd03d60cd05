/** GET /api/health: 200 only when the database answers and has run every committed migration; 503 with a reason. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startTestPayload } from '../helpers/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startTestPayload()
})
afterAll(async () => test?.cleanup())

async function health() {
  const { GET } = await import('@/app/(payload)/api/health/route')
  const response = await GET()
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as { status: string; reason?: string },
  }
}

describe('GET /api/health', () => {
  it('should answer 200, never cached, when the database has every committed migration', async () => {
    const { status, cacheControl, body } = await health()
    expect(status).toBe(200)
    expect(cacheControl).toBe('no-store')
    expect(body.status).toBe('ok')
  })

  it('should answer 503 naming the migration the database lacks', async () => {
    const { migrations } = await import('@/migrations')
    const last = migrations[migrations.length - 1].name
    await test.payload.delete({
      collection: 'payload-migrations',
      where: { name: { equals: last } },
      overrideAccess: true,
    })
    const { status, body } = await health()
    expect(status).toBe(503)
    expect(body.reason).toContain(last)
    expect(JSON.stringify(body)).not.toMatch(/secret|file:|\/tmp\//i)
  })
})
