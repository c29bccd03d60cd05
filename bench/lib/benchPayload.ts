/**
 * Payload for an in-process bench over a SQLite file: no type generation, a quiet logger, every SQL statement counted
 * (src/db/queryCounter.ts), and with `migrate` the migrations run first (a new file). Created before the public read
 * layer or the importer is imported, so publicPayload() gets this instance.
 */
import type { Migration } from 'payload'

export async function benchPayload(
  databaseFile: string,
  { uploadsDir, migrate = false }: { uploadsDir?: string; migrate?: boolean } = {},
) {
  process.env.DATABASE_URI = `file:${databaseFile}`
  if (uploadsDir) process.env.UPLOADS_DIR = uploadsDir
  process.env.PAYLOAD_DISABLE_AUTORUN = 'true'
  const [{ default: configPromise }, { getPayload }, { countQueries, countedQueries }, { migrations }] =
    await Promise.all([
      import('../../payload.config'),
      import('payload'),
      import('../../src/db/queryCounter'),
      import('../../src/migrations'),
    ])
  const config = await configPromise
  const payload = await getPayload({
    config: {
      ...config,
      typescript: { ...config.typescript, autoGenerate: false },
      logger: { options: { level: 'warn' }, destination: process.stderr } as unknown as typeof config.logger,
    },
  })
  if (migrate) await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  countQueries(payload.db.client as never)
  return { payload, countedQueries }
}
