/**
 * The one place that knows which database runs.
 *
 * Embedded SQLite (a file under `data/`) is the default, so a fresh clone starts with no server to install.
 * A `mongodb://` or `mongodb+srv://` `DATABASE_URI` selects MongoDB, the production and scale-out path.
 * Nothing outside this module may depend on the adapter.
 */
import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { countQueries } from './queryCounter'
import { type SqliteClient, inTransactionScope, takeWritesInTurn } from './sqliteWrites'

export const DEFAULT_SQLITE_URL = 'file:./data/sro-arkivet.db'
/** How long a writer in another process (a seed script beside the dev server) waits for the file. */
const SQLITE_BUSY_TIMEOUT_MS = 5000

export type DatabaseChoice = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

/** Pure: reads the environment and says which database to use. */
export function chooseDatabase({ databaseUri }: { databaseUri?: string | null }): DatabaseChoice {
  const uri = databaseUri?.trim()
  if (!uri) return { kind: 'sqlite', url: DEFAULT_SQLITE_URL }
  if (/^mongodb(\+srv)?:\/\//i.test(uri)) return { kind: 'mongodb', url: uri }
  if (uri === ':memory:' || /^file:/i.test(uri)) return { kind: 'sqlite', url: uri }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) {
    throw new Error(
      `DATABASE_URI "${uri.split('://')[0]}://…" stöds inte: använd mongodb://, mongodb+srv:// eller file:<sökväg> (SQLite).`,
    )
  }
  // A bare path is taken as an SQLite file.
  return { kind: 'sqlite', url: `file:${uri}` }
}

/** Creates the folder of an SQLite file so that the first start needs no manual step. */
function ensureSqliteFolder(url: string): void {
  if (!url.startsWith('file:')) return
  const filePath = url.slice('file:'.length)
  if (!filePath || filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}

export function databaseAdapter({ databaseUri }: { databaseUri?: string | null }): DatabaseAdapterObj {
  const choice = chooseDatabase({ databaseUri })
  if (choice.kind === 'mongodb') {
    // Transactions need a replica set; on a single mongod they are silently off (see README).
    return mongooseAdapter({ url: choice.url })
  }
  ensureSqliteFolder(choice.url)
  return withWritesInTurn(
    sqliteAdapter({
      client: { url: choice.url },
      idType: 'uuid',
      // Transactions are off on SQLite unless this is set: imports and hooks rely on all-or-nothing writes.
      transactionOptions: {},
      // A dev server and a seeding script may write to the same file.
      wal: choice.url !== ':memory:',
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      // The schema comes only from committed migrations, in development too, so one database never mixes the two.
      push: false,
      migrationDir: path.resolve(process.cwd(), 'src/migrations'),
      prodMigrations: migrations,
    }),
  )
}

/**
 * Once the adapter has its libsql client, writers in this process take turns on it; the caller of beginTransaction
 * owns the turn, so its own writes outside the transaction join it instead of waiting for it (see sqliteWrites.ts).
 */
function withWritesInTurn(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (connect) {
        db.connect = async function connectInTurn(this: typeof db, options) {
          await connect.call(this, options)
          const client = (this as unknown as { client?: SqliteClient }).client
          if (client) takeWritesInTurn(client, { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS })
          // Opt-in statement counting for profiles (src/db/queryCounter.ts).
          if (client && process.env.SQL_QUERY_LOG === '1') countQueries(client, { log: true })
        }
      }
      const begin = db.beginTransaction
      if (begin) db.beginTransaction = (options) => inTransactionScope(() => begin.call(db, options))
      return db
    },
  }
}
