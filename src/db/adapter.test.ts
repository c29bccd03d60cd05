import { describe, expect, it } from 'vitest'

import { DEFAULT_SQLITE_URL, chooseDatabase } from './adapter'

describe('chooseDatabase', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(chooseDatabase({})).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URL })
    expect(chooseDatabase({ databaseUri: '  ' })).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URL })
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(chooseDatabase({ databaseUri: 'mongodb://db:27017/sro?replicaSet=rs0' })).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db:27017/sro?replicaSet=rs0',
    })
    expect(chooseDatabase({ databaseUri: 'mongodb+srv://user:pw@cluster.example/sro' }).kind).toBe('mongodb')
  })

  it('takes file: URLs, :memory: and bare paths as SQLite', () => {
    expect(chooseDatabase({ databaseUri: 'file:/tmp/x.db' })).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db' })
    expect(chooseDatabase({ databaseUri: ':memory:' })).toEqual({ kind: 'sqlite', url: ':memory:' })
    expect(chooseDatabase({ databaseUri: 'data/other.db' })).toEqual({ kind: 'sqlite', url: 'file:data/other.db' })
  })

  it('refuses other database servers with a clear Swedish message', () => {
    expect(() => chooseDatabase({ databaseUri: 'postgres://localhost/sro' })).toThrow(/stöds inte.*mongodb:\/\//)
  })
})
