import { describe, expect, it } from 'vitest'

import { auditVerdict, belowMinimum, compareVersions } from '../../scripts/audit-rules.mjs'
import safeVersions from '../../scripts/safe-versions.json'

describe('compareVersions', () => {
  it('should compare numerically, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1)
    expect(compareVersions('3.90.1', '3.90.0')).toBe(1)
    expect(compareVersions('16.0.9', '16.0.10')).toBe(-1)
    expect(compareVersions('3.90.0', '3.90.0')).toBe(0)
  })

  it('should count a pre-release as below its release', () => {
    expect(compareVersions('3.90.0-canary.1', '3.90.0')).toBe(-1)
  })
})

describe('belowMinimum', () => {
  const minimums = { payload: { min: '3.90.0', why: 'SQL injection' }, mammoth: { min: '1.11.0', why: 'traversal' } }

  it('should list installed packages below their minimum', () => {
    expect(belowMinimum({ minimums, installed: { payload: '3.73.0', mammoth: '1.13.0' } })).toEqual([
      { name: 'payload', installed: '3.73.0', min: '3.90.0', why: 'SQL injection' },
    ])
  })

  it('should ignore packages that are not installed', () => {
    expect(belowMinimum({ minimums, installed: { payload: '3.90.1', mammoth: undefined } })).toEqual([])
  })

  it('should have a minimum and a reason for every committed entry', () => {
    for (const [name, entry] of Object.entries(safeVersions.packages)) {
      expect(entry.min, name).toMatch(/^\d+\.\d+\.\d+$/)
      expect(entry.why.length, name).toBeGreaterThan(5)
    }
  })
})

describe('auditVerdict', () => {
  it('should say unavailable when npm prints an error instead of a report', () => {
    expect(
      auditVerdict({
        message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
      }),
    ).toEqual({ kind: 'unavailable' })
    expect(auditVerdict(undefined)).toEqual({ kind: 'unavailable' })
  })

  it('should fail on high and critical advisories only', () => {
    const report = {
      auditReportVersion: 2,
      metadata: { vulnerabilities: { high: 1, moderate: 1 } },
      vulnerabilities: {
        next: { name: 'next', severity: 'high', range: '<16.0.10' },
        cookie: { name: 'cookie', severity: 'moderate', range: '<0.7.0' },
      },
    }
    expect(auditVerdict(report)).toEqual({
      kind: 'fail',
      serious: [{ name: 'next', severity: 'high', range: '<16.0.10' }],
    })
  })

  it('should pass a report without high or critical advisories', () => {
    expect(auditVerdict({ auditReportVersion: 2, metadata: {}, vulnerabilities: {} })).toEqual({ kind: 'ok' })
  })
})
