import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { fieldTypeAtFor } from './fieldTypeAt'

const fields = [
  { name: 'startsAt', type: 'date' },
  { name: 'approval', type: 'group', flattenedFields: [{ name: 'approvedAt', type: 'date' }] },
  { name: 'meeting', type: 'relationship', relationTo: 'meetings' },
] as unknown as FlattenedField[]

describe('fieldTypeAtFor', () => {
  const typeAt = fieldTypeAtFor(fields)

  it('should find top-level fields and fields inside a named group', () => {
    expect(typeAt('startsAt')).toBe('date')
    expect(typeAt('approval.approvedAt')).toBe('date')
  })

  it('should not follow relationships or guess unknown paths', () => {
    expect(typeAt('meeting.startsAt')).toBeUndefined()
    expect(typeAt('nope')).toBeUndefined()
  })
})
