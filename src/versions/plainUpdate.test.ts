import { describe, expect, it } from 'vitest'

import { plainUpdateDecision } from './plainUpdate'

describe('plainUpdateDecision', () => {
  it('should save a plain update of a published document with a pending draft as a draft', () => {
    expect(
      plainUpdateDecision({
        hasStatus: false,
        isDraftSave: false,
        publishedStatus: 'published',
        latestStatus: 'draft',
      }),
    ).toBe('save-as-draft')
  })

  it('should leave an update that says what it means as sent', () => {
    expect(
      plainUpdateDecision({ hasStatus: true, isDraftSave: false, publishedStatus: 'published', latestStatus: 'draft' }),
    ).toBe('as-sent')
    expect(
      plainUpdateDecision({ hasStatus: false, isDraftSave: true, publishedStatus: 'published', latestStatus: 'draft' }),
    ).toBe('as-sent')
  })

  it('should leave documents without a pending draft, or never published, as sent', () => {
    expect(
      plainUpdateDecision({
        hasStatus: false,
        isDraftSave: false,
        publishedStatus: 'published',
        latestStatus: 'published',
      }),
    ).toBe('as-sent')
    expect(
      plainUpdateDecision({ hasStatus: false, isDraftSave: false, publishedStatus: 'draft', latestStatus: 'draft' }),
    ).toBe('as-sent')
  })
})
