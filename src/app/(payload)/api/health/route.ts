/**
 * GET /api/health for load balancers and monitoring: 200 only when the database answers and has run exactly the
 * committed migrations; 503 with a reason otherwise. Read through Payload (any database adapter), never cached, no
 * secrets. A static segment, so it wins over Payload's catch-all /api/[...slug].
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { migrationHealth } from '@/health/migrationHealth'
import { migrations } from '@/migrations'

export const dynamic = 'force-dynamic'

/** A database that hangs is as unhealthy as one that fails. */
const TIMEOUT_MS = 5000

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

async function appliedMigrations(): Promise<string[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
  })
  return docs.map((doc) => String(doc.name))
}

export async function GET(): Promise<Response> {
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)
    })
    const applied = await Promise.race([appliedMigrations(), timeout])
    const health = migrationHealth({ committed: migrations.map((migration) => migration.name), applied })
    if (!health.isHealthy) return answer(503, { status: 'fel', reason: health.reason })
    return answer(200, { status: 'ok', migrations: applied.length })
  } catch (err) {
    const isTimeout = err instanceof Error && err.message === 'timeout'
    console.error('health: database check failed', err)
    return answer(503, {
      status: 'fel',
      reason: isTimeout
        ? `Databasen svarade inte inom ${TIMEOUT_MS / 1000} s.`
        : 'Databasen svarar inte eller saknar tabeller (har payload migrate körts?).',
    })
  } finally {
    clearTimeout(timer)
  }
}
