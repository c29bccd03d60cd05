import { describe, expect, it } from 'vitest'

import { migrationHealth } from './migrationHealth'

describe('migrationHealth', () => {
  it('should be healthy when the database ran exactly the committed migrations', () => {
    expect(migrationHealth({ committed: ['a', 'b'], applied: ['b', 'a'] })).toEqual({ isHealthy: true })
  })

  it('should name the migrations the database lacks', () => {
    const health = migrationHealth({ committed: ['a', 'b', 'c'], applied: ['a'] })
    expect(health).toEqual({ isHealthy: false, reason: 'Databasen saknar 2 migrering(ar): b, c. Kör payload migrate.' })
  })

  it('should say so when the database was migrated by a newer version', () => {
    const health = migrationHealth({ committed: ['a'], applied: ['a', 'z'] })
    expect(health.isHealthy).toBe(false)
    expect(!health.isHealthy && health.reason).toContain('z')
  })

  it('should shorten a long list', () => {
    const health = migrationHealth({ committed: ['a', 'b', 'c', 'd', 'e'], applied: [] })
    expect(!health.isHealthy && health.reason).toBe(
      'Databasen saknar 5 migrering(ar): a, b, c och 2 till. Kör payload migrate.',
    )
  })
})
