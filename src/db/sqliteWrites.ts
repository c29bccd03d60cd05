/**
 * One writer at a time on the embedded SQLite file, without errors.
 *
 * Payload's SQLite adapter (libsql) hands the client's connection to each transaction and opens a fresh one for
 * everything after. Three things follow, each seen in this project:
 * - The adapter's `busyTimeout` is set on the first connection only; every later one has none.
 * - A second writer in the same process (two saves at once, or the job scheduler's minute write during a save) is
 *   refused at once with SQLITE_BUSY. SQLite's own waiting would not help: it sleeps on Node's only thread, so the
 *   transaction it waits for can never finish.
 * - The refused statement is never reset, so the connection keeps an old snapshot and every later transaction fails
 *   with SQLITE_BUSY_SNAPSHOT until the garbage collector happens to free it.
 * So writers in this process take turns in JavaScript (`WriteTurns`); each new connection gets the busy timeout, which
 * still serves writers in other processes (a seed script beside the dev server); and a connection that was refused
 * anyway is swapped for a fresh one.
 *
 * A turn belongs to a transaction, and the operation that opened it may itself write outside it: Payload's
 * forgotPassword writes its reservation without its transaction ID. Waiting for the turn there waits for itself (30 s,
 * then an error, while every other writer waits too). So the async context that began a transaction is remembered
 * (`inTransactionScope`, AsyncLocalStorage), and while that transaction holds the turn, statements that context runs
 * outside it run inside it instead; they commit or roll back with it. Reads go there too: the adapter reads a row
 * back right after writing it, and must find it.
 * The mark is set with `enterWith` in the caller of `beginTransaction`, so it also reaches what that caller's caller
 * starts in the same synchronous step (`Promise.all([payload.update(…), …])`). For that reason a *transaction* begun
 * from a marked context is never merged into the marked one: it waits for its own turn, as before; only single
 * statements join. (A hook that calls the Local API without `req` inside a transaction therefore still waits on
 * itself until the timeout: pass `req`.)
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** The part of libsql's client this module touches (the adapter keeps it at `payload.db.client`). */
export type SqliteStatement = string | { sql: string; args?: unknown }
export type SqliteTransaction = {
  execute(statement: SqliteStatement): Promise<unknown>
  batch(statements: SqliteStatement[]): Promise<unknown>
  executeMultiple(sql: string): Promise<void>
  commit(): Promise<void>
  rollback(): Promise<void>
  close(): void
}
export type SqliteClient = {
  execute(statement: SqliteStatement, args?: unknown): Promise<unknown>
  batch(statements: SqliteStatement[], mode?: string): Promise<unknown>
  migrate(statements: SqliteStatement[]): Promise<unknown>
  executeMultiple(sql: string): Promise<void>
  transaction(mode?: string): Promise<SqliteTransaction>
}

export const WRITE_TURN_TIMEOUT_MS = 30_000

/** First come, first served; a waiter that gives up leaves the queue without blocking those behind it. */
export class WriteTurns {
  private taken = false
  private readonly waiting: Array<() => void> = []

  constructor(private readonly timeoutMs = WRITE_TURN_TIMEOUT_MS) {}

  /** Resolves with the function that ends the turn (calling it twice is harmless). */
  take(): Promise<() => void> {
    if (!this.taken) {
      this.taken = true
      return Promise.resolve(this.ender())
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(this.ender())
      }
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1)
        reject(
          new Error(
            `Databasen är upptagen: en annan skrivning har pågått i mer än ${Math.round(this.timeoutMs / 1000)} s.`,
          ),
        )
      }, this.timeoutMs)
      this.waiting.push(grant)
    })
  }

  get queued(): number {
    return this.waiting.length
  }

  private ender(): () => void {
    let ended = false
    return () => {
      if (ended) return
      ended = true
      const next = this.waiting.shift()
      if (next) next()
      else this.taken = false
    }
  }
}

/** Reads need no turn: in WAL mode they see the last commit while a write is open. */
export function isReadOnlyStatement(statement: SqliteStatement): boolean {
  const sql = typeof statement === 'string' ? statement : statement.sql
  return /^\s*(select|pragma|explain)\b/i.test(sql)
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY')
}

/**
 * One `beginTransaction` call and its async descendants. `parent` is the scope it was begun in, if that one is still
 * open, so statements after a nested transaction has ended go on joining the outer one.
 */
type TransactionScope = {
  parent?: TransactionScope
  /** Set while this scope's transaction holds the write turn. */
  holding?: SqliteTransaction
  /** Work that waits for the commit (e-mail): run after it, dropped on rollback. */
  afterCommit: Array<() => void>
  isEnded: boolean
}

const scopes = new AsyncLocalStorage<TransactionScope>()

/**
 * Runs `begin` (which opens a transaction) and marks the calling async context as its owner. `enterWith` rather than
 * `run`: the owner is the caller of `beginTransaction`, which goes on after this returns.
 */
export function inTransactionScope<T>(begin: () => Promise<T>): Promise<T> {
  let parent = scopes.getStore()
  while (parent?.isEnded) parent = parent.parent
  const scope: TransactionScope = { parent, afterCommit: [], isEnded: false }
  scopes.enterWith(scope)
  return begin().catch((error: unknown) => {
    scope.isEnded = true
    throw error
  })
}

/** The scope whose transaction the current async context holds the turn with, if any (the innermost). */
function holdingScope(): TransactionScope | undefined {
  for (let scope = scopes.getStore(); scope; scope = scope.parent) if (scope.holding) return scope
  return undefined
}
const heldByThisContext = (): SqliteTransaction | undefined => holdingScope()?.holding

/**
 * Schedules `work` for when the transaction this context writes in has committed, and says whether there was one
 * (false: nothing was scheduled). For slow side effects such as e-mail: Payload's forgotPassword sends its message
 * inside its transaction, and waiting for an SMTP server there would hold the write turn, and so every writer, for as
 * long as the server takes. A rolled-back transaction drops the work (no reset link for a reservation not saved).
 */
export function runAfterCommit(work: () => void): boolean {
  const scope = holdingScope()
  scope?.afterCommit.push(work)
  return Boolean(scope)
}

const PREPARED = Symbol.for('sro-arkivet.sqliteWrites')

/** Changes the client in place (the adapter and Drizzle hold the same object). Safe to call again. */
export function takeWritesInTurn(
  client: SqliteClient,
  { busyTimeoutMs, turns = new WriteTurns() }: { busyTimeoutMs: number; turns?: WriteTurns },
): void {
  const marked = client as SqliteClient & { [PREPARED]?: true }
  if (marked[PREPARED]) return
  marked[PREPARED] = true

  const original = {
    execute: client.execute.bind(client),
    batch: client.batch.bind(client),
    migrate: client.migrate.bind(client),
    executeMultiple: client.executeMultiple.bind(client),
    transaction: client.transaction.bind(client),
  }
  // Runs on the connection the client holds now, which is a new one after every transaction.
  const setBusyTimeout = () => original.execute(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
  // Hands the stuck connection to a throwaway transaction, so the client opens a fresh one.
  const replaceConnection = async () => {
    const spare = await original.transaction('deferred')
    spare.close()
    await setBusyTimeout()
  }

  async function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const endTurn = await turns.take()
    try {
      return await work()
    } catch (error) {
      if (isBusyError(error)) await replaceConnection().catch(() => undefined)
      throw error
    } finally {
      endTurn()
    }
  }

  // Statements from the context that holds the turn go to its transaction (see the header).
  const asStatement = (statement: SqliteStatement, args?: unknown): SqliteStatement =>
    args === undefined ? statement : { sql: typeof statement === 'string' ? statement : statement.sql, args }
  client.execute = (statement, args) => {
    const held = heldByThisContext()
    if (held) return held.execute(asStatement(statement, args))
    return isReadOnlyStatement(statement)
      ? original.execute(statement, args)
      : inTurn(() => original.execute(statement, args))
  }
  client.batch = (statements, mode) => {
    const held = heldByThisContext()
    return held ? held.batch(statements) : inTurn(() => original.batch(statements, mode))
  }
  client.migrate = (statements) => inTurn(() => original.migrate(statements))
  client.executeMultiple = (sql) => {
    const held = heldByThisContext()
    return held ? held.executeMultiple(sql) : inTurn(() => original.executeMultiple(sql))
  }
  client.transaction = async (mode) => {
    if (mode === 'read') return original.transaction(mode)
    // Only a scope just begun by `inTransactionScope` is this transaction's own.
    const current = scopes.getStore()
    const scope = current && !current.isEnded && !current.holding ? current : undefined
    const endTurn = await turns.take()
    let transaction: SqliteTransaction
    try {
      transaction = await original.transaction(mode)
    } catch (error) {
      if (isBusyError(error)) await replaceConnection().catch(() => undefined)
      endTurn()
      throw error
    }
    await setBusyTimeout().catch(() => undefined)
    // The turn (and the scope's hold on it) ends when the transaction does, however it ends.
    const end = ({ isCommitted }: { isCommitted: boolean }) => {
      const waiting = scope?.afterCommit.splice(0) ?? []
      if (scope) {
        scope.holding = undefined
        scope.isEnded = true
      }
      endTurn()
      if (isCommitted) for (const work of waiting) work()
    }
    const commit = transaction.commit.bind(transaction)
    const rollback = transaction.rollback.bind(transaction)
    const close = transaction.close.bind(transaction)
    transaction.commit = async () => {
      await commit()
      end({ isCommitted: true })
    }
    transaction.rollback = async () => {
      try {
        await rollback()
      } finally {
        end({ isCommitted: false })
      }
    }
    transaction.close = () => {
      try {
        close()
      } finally {
        end({ isCommitted: false })
      }
    }
    if (scope) scope.holding = transaction
    return transaction
  }
}
