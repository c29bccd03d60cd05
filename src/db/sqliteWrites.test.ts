import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'

import {
  type SqliteClient,
  WriteTurns,
  inTransactionScope,
  isBusyError,
  isReadOnlyStatement,
  runAfterCommit,
  takeWritesInTurn,
} from './sqliteWrites'

describe('WriteTurns', () => {
  it('gives turns in the order they were asked for, one at a time', async () => {
    const turns = new WriteTurns(1000)
    const order: string[] = []
    const endFirst = await turns.take()
    const second = turns.take().then((end) => {
      order.push('second')
      return end
    })
    const third = turns.take().then((end) => {
      order.push('third')
      end()
    })
    expect(turns.queued).toBe(2)
    order.push('first ends')
    endFirst()
    endFirst() // a second call changes nothing
    ;(await second)()
    await third
    expect(order).toEqual(['first ends', 'second', 'third'])
    // Free again: the next turn is immediate.
    ;(await turns.take())()
  })

  it('lets a waiter give up after the timeout, in Swedish, without blocking those behind it', async () => {
    const turns = new WriteTurns(30)
    const endFirst = await turns.take()
    await expect(turns.take()).rejects.toThrow('Databasen är upptagen')
    expect(turns.queued).toBe(0)
    const next = turns.take()
    endFirst()
    ;(await next)()
  })
})

describe('statements and errors', () => {
  it('tells reads from writes', () => {
    expect(isReadOnlyStatement('select * from meetings')).toBe(true)
    expect(isReadOnlyStatement({ sql: '  SELECT 1' })).toBe(true)
    expect(isReadOnlyStatement('PRAGMA busy_timeout')).toBe(true)
    expect(isReadOnlyStatement({ sql: 'insert into meetings values (1)' })).toBe(false)
    expect(isReadOnlyStatement('update "users" set "login_attempts" = 1')).toBe(false)
  })

  it('knows SQLite busy errors by code', () => {
    expect(isBusyError({ code: 'SQLITE_BUSY' })).toBe(true)
    expect(isBusyError({ code: 'SQLITE_BUSY_SNAPSHOT' })).toBe(true)
    expect(isBusyError({ code: 'SQLITE_CONSTRAINT' })).toBe(false)
    expect(isBusyError(null)).toBe(false)
  })
})

describe('a real libsql client on a file', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))
  const open = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sro-sqlite-'))
    dirs.push(dir)
    return `file:${path.join(dir, 'test.db')}`
  }
  const count = async (client: { execute(sql: string): Promise<unknown> }) =>
    Number(((await client.execute('select count(*) as n from t')) as { rows: { n: unknown }[] }).rows[0]!.n)

  it('queues a second writer of the same process instead of refusing it', async () => {
    const client = createClient({ url: open() })
    takeWritesInTurn(client as unknown as SqliteClient, { busyTimeoutMs: 100 })
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('create table t (x integer)')
    const first = await client.transaction('write')
    await first.execute('insert into t values (1)')
    const outside = client.execute('insert into t values (2)')
    const second = client.transaction('write').then(async (transaction) => {
      await transaction.execute('insert into t values (3)')
      await transaction.commit()
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    await first.commit()
    await Promise.all([outside, second])
    expect(await count(client)).toBe(3)
    client.close()
  })

  it('replaces a connection that another process kept waiting too long, so later writes work', async () => {
    const url = open()
    const client = createClient({ url })
    takeWritesInTurn(client as unknown as SqliteClient, { busyTimeoutMs: 50 })
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('create table t (x integer)')
    // Another process holds the write lock longer than our busy timeout.
    const otherProcess = createClient({ url })
    const held = await otherProcess.transaction('write')
    await held.execute('insert into t values (1)')
    await expect(client.execute('insert into t values (2)')).rejects.toMatchObject({
      code: expect.stringMatching(/^SQLITE_BUSY/),
    })
    await held.commit()
    // Without the swap this would fail with SQLITE_BUSY_SNAPSHOT, and so would every transaction after it.
    const next = await client.transaction('write')
    await next.execute('insert into t values (3)')
    await next.commit()
    expect(await count(client)).toBe(2)
    client.close()
    otherProcess.close()
  })

  describe('the context that began a transaction', () => {
    // Payload's forgotPassword begins a transaction and then writes without it; a hook may call the Local API
    // without `req`. Waiting for the turn there would wait for itself until the timeout.
    const prepared = async () => {
      const client = createClient({ url: open() })
      takeWritesInTurn(client as unknown as SqliteClient, { busyTimeoutMs: 100, turns: new WriteTurns(1000) })
      await client.execute('PRAGMA journal_mode = WAL')
      await client.execute('create table t (x integer)')
      return client
    }
    const values = async (client: { execute(sql: string): Promise<unknown> }) =>
      ((await client.execute('select x from t order by x')) as { rows: { x: unknown }[] }).rows.map((row) =>
        Number(row.x),
      )

    it('should run its writes outside the transaction inside it, without waiting for itself', async () => {
      const client = await prepared()
      const transaction = await inTransactionScope(() => client.transaction('write'))
      await transaction.execute('insert into t values (1)')
      await client.execute('insert into t values (2)')
      // It reads its own writes: the adapter reads a row back right after writing it.
      expect(await values(client)).toEqual([1, 2])
      await transaction.commit()
      expect(await values(client)).toEqual([1, 2])
      client.close()
    })

    it('should roll back those writes with the transaction', async () => {
      const client = await prepared()
      const transaction = await inTransactionScope(() => client.transaction('write'))
      await client.execute('insert into t values (2)')
      await transaction.rollback()
      expect(await values(client)).toEqual([])
      client.close()
    })

    it('should still make a writer from another context wait its turn', async () => {
      const client = await prepared()
      let startOther!: () => void
      // Set up before the transaction begins, so this callback does not run in the owner's context.
      const other = new Promise<void>((resolve) => (startOther = resolve)).then(() =>
        client.execute('insert into t values (2)'),
      )
      const transaction = await inTransactionScope(() => client.transaction('write'))
      startOther()
      await new Promise((resolve) => setTimeout(resolve, 30))
      await transaction.execute('insert into t values (1)')
      await transaction.rollback()
      await other
      // Had it joined the transaction, the rollback would have taken it too.
      expect(await values(client)).toEqual([2])
      client.close()
    })

    it('should let a transaction begun from that context wait for its own turn, not merge into the first', async () => {
      const client = await prepared()
      const first = await inTransactionScope(() => client.transaction('write'))
      const second = inTransactionScope(() => client.transaction('write')).then(async (transaction) => {
        await client.execute('insert into t values (2)')
        await transaction.commit()
      })
      await new Promise((resolve) => setTimeout(resolve, 30))
      await first.execute('insert into t values (1)')
      await first.rollback()
      await second
      expect(await values(client)).toEqual([2])
      client.close()
    })

    it('should take turns as before once its transaction has ended', async () => {
      const client = await prepared()
      const transaction = await inTransactionScope(() => client.transaction('write'))
      await transaction.commit()
      await client.execute('insert into t values (1)')
      const next = await client.transaction('write')
      await next.execute('insert into t values (2)')
      await next.rollback()
      expect(await values(client)).toEqual([1])
      client.close()
    })

    it('should run work scheduled after the commit only once the transaction has committed', async () => {
      const client = await prepared()
      const transaction = await inTransactionScope(() => client.transaction('write'))
      const ran: string[] = []
      expect(runAfterCommit(() => ran.push('e-post'))).toBe(true)
      await transaction.execute('insert into t values (1)')
      expect(ran).toEqual([])
      await transaction.commit()
      expect(ran).toEqual(['e-post'])
      client.close()
    })

    it('should drop work scheduled after the commit when the transaction rolls back', async () => {
      const client = await prepared()
      const transaction = await inTransactionScope(() => client.transaction('write'))
      const ran: string[] = []
      runAfterCommit(() => ran.push('e-post'))
      await transaction.rollback()
      expect(ran).toEqual([])
      client.close()
    })

    it('should schedule nothing outside a transaction', () => {
      expect(runAfterCommit(() => undefined)).toBe(false)
    })
  })
})
