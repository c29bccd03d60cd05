/**
 * A real Payload on a fresh, temporary SQLite file, migrated with the committed migrations.
 * Environment is set before the config is imported, because the config reads it at load time.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Migration, Payload } from 'payload'

export type TestPayload = { payload: Payload; dir: string; cleanup: () => Promise<void> }

export async function startTestPayload(): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sro-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.UPLOADS_DIR = path.join(dir, 'uploads')
  process.env.PAYLOAD_DISABLE_AUTORUN = 'true'
  const [{ default: config }, { getPayload }, { migrations }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/migrations'),
  ])
  const payload = await getPayload({ config })
  // The generated migrations are typed with the SQLite adapter's argument types; Payload's list type is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
