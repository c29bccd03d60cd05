/**
 * Counts the SQL statements sent to the SQLite client and its transactions, to keep the cost of a page or an import
 * visible (issue 18).
 *
 * - `countedQueries(run)` counts what `run` sends, in its own async context (tests, benches).
 * - `SQL_QUERY_LOG=1` on a server prints one line to stderr after each burst of statements (200 ms of quiet):
 *   one request at a time gives one line per request. Off by default: it costs a closure per statement.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { SqliteClient } from './sqliteWrites'

type Tally = { statements: number; samples: string[] }

const scope = new AsyncLocalStorage<Tally>()
const COUNTED = Symbol.for('sro-arkivet.queryCounter')
const QUIET_MS = 200

type Counted = SqliteClient & { [COUNTED]?: true }

const sqlOf = (statement: unknown): string =>
  typeof statement === 'string' ? statement : String((statement as { sql?: unknown } | null)?.sql ?? '')

/** Wraps the client once; later calls are no-ops. `log` prints bursts (see above). */
export function countQueries(client: SqliteClient, { log = false }: { log?: boolean } = {}): void {
  const target = client as Counted
  if (target[COUNTED]) return
  target[COUNTED] = true
  let burst = 0
  let timer: NodeJS.Timeout | undefined
  const note = (sqls: string[]) => {
    const tally = scope.getStore()
    if (tally) {
      tally.statements += sqls.length
      for (const sql of sqls) if (tally.samples.length < 500) tally.samples.push(sql.slice(0, 300))
    }
    if (!log) return
    burst += sqls.length
    clearTimeout(timer)
    timer = setTimeout(() => {
      process.stderr.write(`[sql] ${burst} statements\n`)
      burst = 0
    }, QUIET_MS)
    timer.unref()
  }
  /** Counts what `target` (the client, or a transaction it handed out) sends. */
  const countOn = (target: Pick<SqliteClient, 'execute' | 'batch'>) => {
    const { execute, batch } = target
    target.execute = (statement, args) => {
      note([sqlOf(statement)])
      return execute.call(target, statement, args)
    }
    target.batch = (statements, mode) => {
      note(statements.map(sqlOf))
      return batch.call(target, statements, mode)
    }
  }
  countOn(client)
  // Writes (an import, a save) go through the transactions the client hands out, not through the client itself.
  const { transaction } = client
  client.transaction = async (mode) => {
    const opened = await transaction.call(client, mode)
    countOn(opened)
    return opened
  }
}

/** Runs `run` and returns how many statements it sent (and the first 500, abridged) through a counted client. */
export async function countedQueries<T>(
  run: () => Promise<T>,
): Promise<{ result: T; statements: number; samples: string[] }> {
  const tally: Tally = { statements: 0, samples: [] }
  const result = await scope.run(tally, run)
  return { result, statements: tally.statements, samples: tally.samples }
}
