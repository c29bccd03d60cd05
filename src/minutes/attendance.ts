/**
 * Attendance as a checklist: every called person is present unless a row says otherwise. The meeting stores only
 * the exceptions (its `attendance` array), so the checklist is the called list with the stored rows laid over it.
 */
import type { AttendanceStatus, SheetAttendee } from './types'

type Called = {
  name: string
  person?: unknown
  party?: string | null
  roleTitle?: string | null
  organisationName?: string | null
  isSubstitute?: boolean | null
}
type StoredRow = { person?: unknown; status?: string | null; substitute?: unknown; note?: string | null }
export type AttendanceRow = { person: string; status: AttendanceStatus; substitute: string | null; note: string | null }

const FROM_NOTE = /^från\s+(.+)$/iu

const idOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String(value.id) : null

/** "från 13.30" in a note is the time the change applies from; any other note is kept as written. */
export function splitNote(note: string | null | undefined): { from: string; note: string } {
  const text = (note ?? '').trim()
  const match = FROM_NOTE.exec(text)
  return match ? { from: match[1]!.trim(), note: '' } : { from: '', note: text }
}

export function joinNote({ from, note }: { from: string; note: string }): string | null {
  const time = from.trim()
  if (time) return `från ${time}`
  return note.trim() || null
}

/** The checklist: the called list in its printed order, then stored rows for people not on it (kept, not lost). */
export function attendanceChecklist({
  called,
  stored,
  nameOf,
}: {
  called: readonly Called[]
  stored: readonly StoredRow[]
  nameOf: (personId: string) => string
}): SheetAttendee[] {
  const rows = new Map(stored.flatMap((row) => (idOf(row.person) ? [[idOf(row.person)!, row] as const] : [])))
  const seen = new Set<string>()
  const list: SheetAttendee[] = called.map((entry) => {
    const personId = idOf(entry.person)
    const row = personId ? rows.get(personId) : undefined
    if (personId) seen.add(personId)
    const detail = [entry.party, entry.roleTitle, entry.organisationName, entry.isSubstitute ? 'ersättare' : null]
      .filter(Boolean)
      .join(', ')
    return toAttendee({ personId, name: entry.name, detail, row })
  })
  for (const [personId, row] of rows)
    if (!seen.has(personId)) list.push(toAttendee({ personId, name: nameOf(personId), detail: 'inte kallad', row }))
  return list
}

function toAttendee({
  personId,
  name,
  detail,
  row,
}: {
  personId: string | null
  name: string
  detail: string
  row?: StoredRow
}): SheetAttendee {
  return {
    personId,
    name,
    detail,
    status: (row?.status as AttendanceStatus | undefined) ?? 'present',
    substituteId: idOf(row?.substitute),
    ...splitNote(row?.note),
  }
}

/** What the meeting stores: only those not simply present, or present with a note. */
export function storedAttendance(
  list: readonly Pick<SheetAttendee, 'personId' | 'status' | 'substituteId' | 'from' | 'note'>[],
): AttendanceRow[] {
  return list.flatMap((entry) => {
    if (!entry.personId) return []
    const note = joinNote(entry)
    if (entry.status === 'present' && !note) return []
    return [
      {
        person: entry.personId,
        status: entry.status,
        substitute: entry.status === 'substituted' ? entry.substituteId : null,
        note,
      },
    ]
  })
}
