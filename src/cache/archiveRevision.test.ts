import { describe, expect, it } from 'vitest'

import { REVISION_MAX_AGE_MS, fingerprintPart, isPublicContent, knownRevisionUse, revisionOf } from './archiveRevision'

describe('isPublicContent', () => {
  it('should count the archive collections', () => {
    for (const slug of ['meetings', 'agenda-items', 'attachments', 'pages', 'plan-items'])
      expect(isPublicContent({ slug, isAuth: false })).toBe(true)
  })

  it('should leave out accounts, import runs and Payload bookkeeping', () => {
    expect(isPublicContent({ slug: 'users', isAuth: true })).toBe(false)
    for (const slug of [
      'import-runs',
      'sendings',
      'payload-jobs',
      'payload-locked-documents',
      'payload-preferences',
      'payload-migrations',
    ]) {
      expect(isPublicContent({ slug, isAuth: false })).toBe(false)
    }
  })
})

describe('revisionOf', () => {
  it('should differ when the date, the local version or the fingerprint differs', () => {
    const base = {
      version: 1,
      date: '2026-03-19',
      fingerprint: fingerprintPart({ slug: 'meetings', totalDocs: 2, latest: '2026-03-18T10:00:00.000Z' }),
    }
    const revision = revisionOf(base)
    expect(revisionOf({ ...base })).toBe(revision)
    expect(revisionOf({ ...base, date: '2026-03-20' })).not.toBe(revision)
    expect(revisionOf({ ...base, version: 2 })).not.toBe(revision)
    expect(
      revisionOf({
        ...base,
        fingerprint: fingerprintPart({ slug: 'meetings', totalDocs: 1, latest: '2026-03-18T10:00:00.000Z' }),
      }),
    ).not.toBe(revision)
  })
})

describe('knownRevisionUse', () => {
  const known = { version: 3, at: 10_000 }
  const use = (now: number, canRefreshInBackground: boolean, version = 3) =>
    knownRevisionUse({ known, version, now, canRefreshInBackground })

  it('should read first with nothing read yet or after a write in this process', () => {
    expect(knownRevisionUse({ version: 0, now: 0, canRefreshInBackground: true })).toBe('read')
    expect(use(10_000, true, 4)).toBe('read')
  })

  it('should use a fresh revision, refresh in the background up to twice the age only when allowed, then read', () => {
    expect(use(10_000 + REVISION_MAX_AGE_MS, false)).toBe('use')
    expect(use(10_001 + REVISION_MAX_AGE_MS, true)).toBe('refresh')
    expect(use(10_000 + 2 * REVISION_MAX_AGE_MS, true)).toBe('refresh')
    expect(use(10_001 + 2 * REVISION_MAX_AGE_MS, true)).toBe('read')
    expect(use(10_001 + REVISION_MAX_AGE_MS, false)).toBe('read')
  })
})
