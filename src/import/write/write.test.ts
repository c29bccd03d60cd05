/** The pure parts of the writer: change detection, item times, texts. The database parts are in tests/integration/import.test.ts. */
import { describe, expect, it } from 'vitest'

import { assignmentTitle, changedFields, handlingNoteOf, matchesStored, planItemTimes, proposalText } from './write'

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
    const stored = { id: 'i1', title: 'Gammal', handling: ['information'], dialogue: [{ id: 'd', kind: 'dialog', text: 'a' }], startOverride: '13:35' }
    const desired = { title: 'Ny', handling: ['information'], dialogue: [{ kind: 'dialog', text: 'a' }, { kind: 'fraga', text: 'b' }], startOverride: null }
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

describe('planItemTimes', () => {
  const item = (start: string | null, end: string | null, durationMinutes: number | null) => ({ start, end, durationMinutes })

  it('pins the first timed item after untimed ones and a start after a gap (2025-11-13)', () => {
    const items = [
      item(null, null, null), // 1
      item(null, null, null), // a
      item(null, null, null), // b
      item(null, null, null), // 2
      item(null, null, null), // 3
      item('13:05', '13:25', 20), // 4
      item('13:25', '13:40', 15), // 5
      item('13:40', '13:50', 10), // 6
      item('14:05', '14:10', 5), // 7: after an unlisted break
      item('14:10', '14:30', 20), // 8
      item('14:30', '14:40', 10), // 9
      item(null, null, null), // 10
    ]
    expect(planItemTimes('13:00', items).map((times) => times.startOverride)).toEqual([null, null, null, null, null, '13:05', null, null, '14:05', null, null, null])
    expect(planItemTimes('13:00', items).every((times) => times.endOverride === null)).toBe(true)
  })

  it('follows a listed pause without overrides (2025-08-21)', () => {
    const items = [item(null, null, null), item('13:35', '14:15', 40), item('14:15', '14:25', 10), item('14:25', '14:35', 10), item('14:35', '14:45', 10)]
    expect(planItemTimes('13:30', items)).toEqual([
      { startOverride: null, endOverride: null },
      { startOverride: '13:35', endOverride: null },
      { startOverride: null, endOverride: null },
      { startOverride: null, endOverride: null },
      { startOverride: null, endOverride: null },
    ])
  })

  it('pins an end that the duration does not give, and needs nothing for durations alone', () => {
    expect(planItemTimes('13:00', [item('13:00', '13:30', 20)])).toEqual([{ startOverride: null, endOverride: '13:30' }])
    expect(planItemTimes('12:30', [item(null, null, 40), item(null, null, 15)])).toEqual([
      { startOverride: null, endOverride: null },
      { startOverride: null, endOverride: null },
    ])
    expect(planItemTimes(null, [item('09:00', null, 10)])).toEqual([{ startOverride: '09:00', endOverride: null }])
  })
})

describe('texts', () => {
  it('keeps only the addition of the handling line', () => {
    expect(handlingNoteOf({ handlingText: 'Information inför ställningstagande 1 september', scheduleText: null })).toBe('inför ställningstagande 1 september')
    expect(handlingNoteOf({ handlingText: 'Information och ställningstagande', scheduleText: null })).toBeNull()
    expect(handlingNoteOf({ handlingText: 'Information & dialog (40 minuter, bilaga)', scheduleText: '40 minuter, bilaga' })).toBeNull()
    expect(handlingNoteOf({ handlingText: null, scheduleText: null })).toBeNull()
  })

  it('writes a kallelse proposal with its numbered points', () => {
    const decisions = [
      { number: 1, text: 'Parterna tar fram förslag.', kind: null, line: 1 },
      { number: 2, text: 'Förslaget skickas på remiss.', kind: null, line: 2 },
    ]
    expect(proposalText({ proposedPosition: 'SRO ställer sig bakom att:', decisions })).toBe('SRO ställer sig bakom att:\n1. Parterna tar fram förslag.\n2. Förslaget skickas på remiss.')
    expect(proposalText({ proposedPosition: 'SRO noterar informationen.', decisions: [{ number: 1, text: 'SRO noterar informationen.', kind: null, line: 1 }] })).toBe(
      'SRO noterar informationen.',
    )
    expect(proposalText({ proposedPosition: null, decisions: [] })).toBeNull()
  })

  it('gives an assignment a short title without its deadline', () => {
    expect(
      assignmentTitle({
        text: 'senast i juni 2026 – efter dialog med den länsgemensamma arbetsgruppen – återkomma till SRO med en plan för genomförande, kostnadsbedömning och tidplan för föreslagna uppföljningsmodell.',
        dueText: 'senast i juni 2026',
      }),
    ).toMatch(/^Efter dialog med den länsgemensamma arbetsgruppen – återkomma till SRO .{0,40}…$/)
    expect(assignmentTitle({ text: 'ta fram förslag på former och forum.', dueText: null })).toBe('Ta fram förslag på former och forum')
    // The 2023-11-23 minutes put the deadline last.
    expect(
      assignmentTitle({
        text: 'bereda ärendet ytterligare med förslag till ställningstagande till nästa möte den 18 januari 2024.',
        dueText: 'till nästa möte den 18 januari 2024',
      }),
    ).toBe('Bereda ärendet ytterligare med förslag till ställningstagande')
  })
})
