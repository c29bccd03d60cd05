/**
 * Payload for an in-process bench over an existing SQLite file (the archive from bench/archive/generate.ts): no
 * migrations run, no type generation, a quiet logger, and every SQL statement counted (src/db/queryCounter.ts).
 * Created before the public read layer is imported, so publicPayload() gets this instance.
 */
export async function benchPayload(databaseFile: string) {
  process.env.DATABASE_URI = `file:${databaseFile}`
  process.env.PAYLOAD_DISABLE_AUTORUN = 'true'
  const [{ default: configPromise }, { getPayload }, { countQueries, countedQueries }] = await Promise.all([
    import('../../payload.config'),
    import('payload'),
    import('../../src/db/queryCounter'),
  ])
  const config = await configPromise
  const payload = await getPayload({
    config: {
      ...config,
      typescript: { ...config.typescript, autoGenerate: false },
      logger: { options: { level: 'warn' }, destination: process.stderr } as unknown as typeof config.logger,
    },
  })
  countQueries(payload.db.client as never)
  return { payload, countedQueries }
}
