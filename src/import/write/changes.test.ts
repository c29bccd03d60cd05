/** Change detection: what an import writes again. The database parts are in tests/integration/import.test.ts. */
import { describe, expect, it } from 'vitest'

import { changedFields, matchesStored } from './changes'

describe('changedFields', () => {
  it('finds nothing to write when the stored record already says the same', () => {
    const stored = {
      id: 'm1',
      title: 'SRO möte 13 november 2025',
      startsAt: '2025-11-13T12:00:00.000Z',
      attendance: [{ id: 'row1', person: 'p1', status: 'absent', substitute: null, note: null }],
      publication: { isNoticePublished: true, noticePublishedAt: '2025-11-06T08:00:00.000Z', isMinutesPublished: true },
      handling: ['information', 'dialog'],
      isPause: false,
      durationMinutes: 20,
      startOverride: null,
    }
    const desired = {
      startsAt: '2025-11-13T12:00:00Z',
      attendance: [{ person: 'p1', status: 'absent', substitute: undefined }],
      publication: { isNoticePublished: true, isMinutesPublished: true },
      handling: ['information', 'dialog'],
      isPause: false,
      durationMinutes: 20,
      startOverride: null,
      location: undefined,
    }
    expect(changedFields(desired, stored)).toEqual({})
  })

  it('returns the fields that differ, arrays as a whole', () => {
    const stored = {
      id: 'i1',
      title: 'Gammal',
      handling: ['information'],
      dialogue: [{ id: 'd', kind: 'dialog', text: 'a' }],
      startOverride: '13:35',
    }
    const desired = {
      title: 'Ny',
      handling: ['information'],
      dialogue: [
        { kind: 'dialog', text: 'a' },
        { kind: 'fraga', text: 'b' },
      ],
      startOverride: null,
    }
    expect(changedFields(desired, stored)).toEqual({ title: 'Ny', dialogue: desired.dialogue, startOverride: null })
  })

  it('fills only empty fields in fill mode', () => {
    const stored = { id: 'i1', title: 'Från mötesanteckningen', proposedPosition: null, handling: [] }
    const desired = { title: 'Från kallelsen', proposedPosition: 'Förslag', handling: ['information'] }
    expect(changedFields(desired, stored, 'fill')).toEqual({ proposedPosition: 'Förslag', handling: ['information'] })
  })

  it('compares a day with a stored instant, and relationships read at depth 1', () => {
    expect(matchesStored('2026-06-30', '2026-06-30T00:00:00.000Z')).toBe(true)
    expect(matchesStored('2026-06-30', '2026-07-01T00:00:00.000Z')).toBe(false)
    expect(matchesStored('p1', { id: 'p1', name: 'Helen Eliasson' })).toBe(true)
    expect(matchesStored(false, null)).toBe(true)
    expect(matchesStored(true, null)).toBe(false)
  })
})
