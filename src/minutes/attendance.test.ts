import { describe, expect, it } from 'vitest'

import { attendanceChecklist, joinNote, splitNote, storedAttendance } from './attendance'

const called = [
  { name: 'Anna Andersson', person: 'p-anna', party: 'S', roleTitle: 'ordförande' },
  { name: 'Bo Berg', person: { id: 'p-bo' } },
  { name: 'Cecilia Ek', person: 'p-cecilia', isSubstitute: true },
  { name: 'Utan register' },
]

describe('attendance checklist', () => {
  it('should list every called person as present unless a stored row says otherwise', () => {
    const list = attendanceChecklist({
      called,
      stored: [{ person: 'p-bo', status: 'substituted', substitute: 'p-cecilia', note: 'från 13.30' }],
      nameOf: () => 'x',
    })
    expect(list.map((row) => [row.name, row.status, row.substituteId, row.from])).toEqual([
      ['Anna Andersson', 'present', null, ''],
      ['Bo Berg', 'substituted', 'p-cecilia', '13.30'],
      ['Cecilia Ek', 'present', null, ''],
      ['Utan register', 'present', null, ''],
    ])
    expect(list[0]!.detail).toBe('S, ordförande')
    expect(list[2]!.detail).toBe('ersättare')
  })

  it('should keep a stored row for someone not on the called list', () => {
    const list = attendanceChecklist({
      called: [],
      stored: [{ person: 'p-x', status: 'absent', note: 'sjuk' }],
      nameOf: () => 'Xena',
    })
    expect(list).toMatchObject([
      { personId: 'p-x', name: 'Xena', status: 'absent', note: 'sjuk', detail: 'inte kallad' },
    ])
  })

  it('should store only exceptions, with the time as "från" and no substitute unless substituted', () => {
    const list = attendanceChecklist({ called, stored: [], nameOf: () => '' })
    list[0] = { ...list[0]!, status: 'remote', substituteId: 'p-bo' }
    list[1] = { ...list[1]!, status: 'substituted', substituteId: 'p-cecilia', from: '13.30' }
    list[3] = { ...list[3]!, status: 'absent' }
    expect(storedAttendance(list)).toEqual([
      { person: 'p-anna', status: 'remote', substitute: null, note: null },
      { person: 'p-bo', status: 'substituted', substitute: 'p-cecilia', note: 'från 13.30' },
    ])
  })

  it('should read and write the time in a note, keeping other notes', () => {
    expect(splitNote('från 13.30')).toEqual({ from: '13.30', note: '' })
    expect(splitNote('Från kl 14')).toEqual({ from: 'kl 14', note: '' })
    expect(splitNote('lämnade tidigt')).toEqual({ from: '', note: 'lämnade tidigt' })
    expect(joinNote({ from: ' 14.00 ', note: 'x' })).toBe('från 14.00')
    expect(joinNote({ from: '', note: ' ' })).toBeNull()
  })
})
