import type { Context } from './context'
import {
  attendanceLabel,
  groupHeading,
  isOrganisationName,
  parseAttendanceSentence,
  parsePersonList,
  parseRosterLine,
  sideHeading,
  sideOfGroup,
  type RosterHeading,
} from './people'
import { twoColumnRows } from './rosterRows'
import type { Group, InvitedGuest, Role, RosterEntry, Side, Vacancy } from './schema'
import { findDate, findTimeRange, parseClock, withoutWeekdays, type FoundDate, type TextLine } from './text'

/** What comes before the agenda: heading, date, time, place, the member list. */
export interface FrontMatter {
  title: string | null
  titleLine: number | null
  subtitle: string | null
  date: { found: FoundDate; line: number } | null
  start: string | null
  end: string | null
  locationText: string | null
  calledText: string | null
  invitedGuests: InvitedGuest[]
  roster: RosterEntry[]
  vacancies: Vacancy[]
  /** Text of the heading area, for telling the kind of meeting. */
  headingText: string
}

export const TITLE =
  /^(?:kallelse|mötesanteckning(?:ar)?|minnesanteckning(?:ar)?|minnesanteckningar|anteckningar|protokoll|mötesprotokoll)(?![\p{L}])/iu

/** "Datum: …" and the other fields of the heading area. */
const LABEL = /^([\p{L}][\p{L} ]{0,30}?)\s*:\s*(.*)$/u

type LabelKind = 'date' | 'dateTime' | 'time' | 'location' | 'called' | 'guests' | 'present' | 'chair' | 'secretary'

function labelKind(label: string): LabelKind | null {
  const value = label.toLowerCase().trim()
  if (value === 'datum') return 'date'
  if (value === 'datum och tid' || value === 'datum och klockslag' || value === 'när') return 'dateTime'
  if (value === 'tid' || value === 'tidpunkt' || value === 'klockan' || value === 'klockslag') return 'time'
  if (/^(?:plats|lokal|mötesform|mötesplats|plats och form|var)$/u.test(value)) return 'location'
  if (value === 'kallade') return 'called'
  if (/^(?:inbjudna|inbjuden|gäster|övriga inbjudna|inbjudna gäster)$/u.test(value)) return 'guests'
  if (/^(?:närvarande|deltagare|närvarande ledamöter)$/u.test(value)) return 'present'
  if (value === 'ordförande') return 'chair'
  if (value === 'sekreterare' || value === 'mötessekreterare') return 'secretary'
  return null
}

interface Column {
  side: Side | null
  group: Group | null
  absent: boolean
  /** The column's last person, whose cell may wrap onto the next row ("vice ordförande" alone). */
  last?: { index: number; text: string }
}

/** A label whose value may go on over the next line ("Inbjudna: … / Sofia Ahlgren, SKR"). */
type OpenLabel = { kind: 'location' | 'guests'; value: string; line: number; guestsBefore: number }

export function parseFrontMatter(lines: readonly TextLine[], ctx: Context): FrontMatter {
  const front: FrontMatter = {
    title: null,
    titleLine: null,
    subtitle: null,
    date: null,
    start: null,
    end: null,
    locationText: null,
    calledText: null,
    invitedGuests: [],
    roster: [],
    vacancies: [],
    headingText: '',
  }
  const headingParts: string[] = []
  const columns: Column[] = [{ side: null, group: null, absent: false }]
  let inRoster = false
  let open: OpenLabel | null = null

  for (const line of twoColumnRows(lines)) {
    const wasOpen: OpenLabel | null = open
    open = null
    if (!line.text) continue
    if (wasOpen && !inRoster && continuesLabel(line)) {
      const next: OpenLabel = { ...wasOpen, value: joinLabelValue(wasOpen, line.text) }
      if (next.kind === 'location') front.locationText = next.value
      else {
        front.invitedGuests.splice(next.guestsBefore)
        readGuests(next.value, next.line, front, ctx)
      }
      open = next
      continue
    }
    const columnTexts = rosterColumns(line, inRoster, columns.length > 1)
    if (columnTexts && columnTexts.length > 1) {
      columnTexts.forEach((text, index) => {
        if (!text) return
        columns[index] ??= { side: null, group: null, absent: false }
        const column = columns[index]
        if (column && handleRosterCell(text, line.line, column, front, ctx)) inRoster = true
        else ctx.keep(line.line, text, 'Kunde inte tolka raden i deltagarlistan.')
      })
      continue
    }
    const text = line.text
    const guestCount = front.invitedGuests.length
    if (!inRoster) headingParts.push(text)
    if (!front.title && !line.bullet && TITLE.test(text) && text.length <= 160) {
      front.title = text
      front.titleLine = line.line
      continue
    }
    if (/^inställt!?$/iu.test(text)) {
      front.title = front.title ? `${front.title} – INSTÄLLT` : text
      continue
    }
    if (!line.bullet && handleLabel(text, line.line, front, ctx)) {
      const label = LABEL.exec(text)
      const kind = label ? labelKind(label[1] ?? '') : null
      if (!inRoster && (kind === 'location' || kind === 'guests'))
        open = { kind, value: label?.[2]?.trim() ?? '', line: line.line, guestsBefore: guestCount }
      continue
    }
    const column = columns[0] ?? { side: null, group: null, absent: false }
    if (handleRosterCell(text, line.line, column, front, ctx, inRoster)) {
      inRoster = true
      continue
    }
    // "Magnus Haggren efter 13.30 (Helen Nordling ersätter)" under the list.
    const sentence = parseAttendanceSentence(text)
    if (sentence) {
      ctx.addAttendance(sentence, line.line)
      continue
    }
    if (!inRoster && !front.subtitle && front.title) {
      front.subtitle = text
      continue
    }
    ctx.keep(
      line.line,
      text,
      inRoster ? 'Kunde inte tolka raden i deltagarlistan.' : 'Kunde inte tolka raden i mötets huvud.',
    )
  }
  front.headingText = headingParts.join('\n')
  return front
}

/**
 * A list of guests broken by hand goes on with the next person ("…, Länsstyrelsen / Sofia Ahlgren, SKR"); a line
 * wrapped inside a name or after "och" goes on with the same text.
 */
function joinLabelValue(open: OpenLabel, text: string): string {
  const lastPart = open.value.split(',').pop()?.trim() ?? ''
  const insideName = /^\p{Lu}[\p{L}-]*$/u.test(lastPart) && !isOrganisationName(lastPart)
  if (open.kind === 'location' || /(?:,|\s(?:och|samt))$/u.test(open.value) || /^\p{Ll}/u.test(text) || insideName)
    return `${open.value} ${text}`
  return `${open.value}, ${text}`
}

/** The next line of a wrapped "Plats:" or "Inbjudna:" value: not a label, heading, title or list of its own. */
function continuesLabel(line: TextLine): boolean {
  const text = line.text
  if (line.bullet || line.cells || /\S {3,}\S/u.test(line.raw) || LABEL.test(text) || TITLE.test(text)) return false
  if (sideHeading(text) || groupHeading(text) || /^(?:dagordning|politiskt samrådsorgan)/iu.test(text)) return false
  return text.length <= 160
}

/** Cells of a two-column member list: tabs, or (PDF) runs of three or more spaces. */
function rosterColumns(line: TextLine, inRoster: boolean, twoColumns: boolean): string[] | null {
  // pdftotext -layout: a right cell alone is indented to its column.
  if (twoColumns && inRoster && line.indented && !line.cells && !/\S {3,}\S/.test(line.raw)) return ['', line.text]
  if (line.cells) {
    // A leading empty cell is a right-column-only line; empty cells in between are just wide gaps.
    const [first = '', ...rest] = line.cells
    return [first, ...rest.filter((cell) => cell.length > 0)]
  }
  if (!/\S {3,}\S/.test(line.raw)) return null
  const cells = line.raw.split(/ {3,}/).map((cell) => cell.trim())
  // Before the list has started, only a row of headings ("Kommunpolitiker   Regionpolitiker") opens it.
  if (!inRoster && !cells.every((cell) => !cell || sideHeading(cell) || groupHeading(cell))) return null
  return cells
}

function handleLabel(text: string, lineNumber: number, front: FrontMatter, ctx: Context): boolean {
  const match = LABEL.exec(text)
  if (!match) return false
  const label = match[1] ?? ''
  const value = (match[2] ?? '').trim()
  const status = attendanceLabel(label)
  if (status) {
    ctx.addAttendanceList(value, status, lineNumber)
    return true
  }
  const kind = labelKind(label)
  if (!kind) return false
  switch (kind) {
    case 'date':
    case 'dateTime': {
      const found = findDate(withoutWeekdays(value))
      if (found && !front.date) front.date = { found, line: lineNumber }
      else if (!found) ctx.keep(lineNumber, text, `Kunde inte läsa datumet "${value}".`)
      if (kind === 'dateTime' || /\bkl\.?|klockan/iu.test(value)) readTime(value, lineNumber, front, ctx, false)
      return true
    }
    case 'time':
      readTime(value, lineNumber, front, ctx, true)
      return true
    case 'location':
      front.locationText = value || null
      return true
    case 'called':
      front.calledText = value || null
      return true
    case 'guests':
      readGuests(value, lineNumber, front, ctx)
      return true
    case 'present':
      readPeople(value, lineNumber, front, ctx, { role: null, group: null })
      return true
    case 'chair':
      readPeople(value, lineNumber, front, ctx, { role: 'ordforande', group: null })
      return true
    case 'secretary':
      readPeople(value, lineNumber, front, ctx, { role: 'sekreterare', group: 'administration' })
      return true
  }
}

function readTime(value: string, lineNumber: number, front: FrontMatter, ctx: Context, bare: boolean): void {
  const range = findTimeRange(value, { bare })
  if (range) {
    front.start = range.start
    front.end = range.end
    return
  }
  const single = /(?:kl\.?|klockan)?\s*(\d{1,2}(?:[.:]\d{2})?)(?!\d|[.:]\d|-)/iu.exec(value)
  const clock = single ? parseClock(single[1] ?? '') : null
  if (clock && (bare || /kl/iu.test(value))) {
    front.start = clock
    return
  }
  if (bare) ctx.warn(lineNumber, `Kunde inte läsa tiden "${value}".`)
}

function readGuests(value: string, lineNumber: number, front: FrontMatter, ctx: Context): void {
  if (!value) return
  const list = parsePersonList(value)
  for (const person of list.people) front.invitedGuests.push({ name: person.name, organisation: person.organisation })
  for (const description of list.unnamed) front.invitedGuests.push({ name: description, organisation: null })
  // An organisation invited as such is a guest, not a person: its name is the organisation.
  for (const organisation of list.organisations) front.invitedGuests.push({ name: organisation, organisation })
  if (!list.people.length && !list.unnamed.length && !list.organisations.length)
    ctx.keep(lineNumber, value, 'Kunde inte tolka de inbjudna.')
}

/** "Närvarande: …", "Ordförande: …", "Sekreterare: …" in the heading: people on the member list. */
function readPeople(
  value: string,
  lineNumber: number,
  front: FrontMatter,
  ctx: Context,
  as: { role: Role | null; group: Group | null },
): void {
  const list = parsePersonList(value)
  for (const person of list.people) {
    front.roster.push({
      name: person.name,
      party: person.party,
      organisation: person.organisation,
      side: sideOfGroup(as.group),
      group: as.group,
      role: as.role,
      roleTitle: person.title,
      line: lineNumber,
    })
  }
  for (const text of list.unnamed) ctx.keep(lineNumber, text, `Kunde inte tolka "${text}" som ett namn.`)
}

/** The rest of a cell that wrapped onto the next row: read again with the person it belongs to. */
function continueCell(text: string, column: Column, front: FrontMatter): boolean {
  const last = column.last
  const previous = last ? front.roster[last.index] : undefined
  // A new name or a time ("Ronny Alm efter 10.15 …") is not the end of a title.
  if (!last || !previous || text.length > 80 || /[.!?:\d]/u.test(text) || /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}/u.test(text))
    return false
  const joined = `${last.text} ${text}`
  const entry = parseRosterLine(joined, column.group)
  if (!entry) return false
  column.last = { index: last.index, text: joined }
  front.roster[last.index] = {
    ...previous,
    party: entry.party,
    organisation: entry.organisation,
    role: entry.role,
    roleTitle: entry.roleTitle,
  }
  return true
}

function applyHeading(column: Column, heading: RosterHeading): void {
  column.absent = Boolean(heading.absent)
  column.last = undefined
  if (heading.absent) return
  let group = heading.group
  if (heading.politicians)
    group = column.side === 'vgr' ? 'regionpolitiker' : column.side === 'vgk' ? 'kommunpolitiker' : null
  column.group = group
  column.side = sideOfGroup(group) ?? column.side
}

/**
 * One cell of the member list. Returns false when the text is neither a heading nor a person (the
 * caller keeps it). Outside the list (`inRoster` false) only headings start it.
 */
function handleRosterCell(
  text: string,
  lineNumber: number,
  column: Column,
  front: FrontMatter,
  ctx: Context,
  inRoster = true,
): boolean {
  const side = sideHeading(text)
  if (side) {
    column.side = side
    column.group = null
    column.absent = false
    return true
  }
  const heading = groupHeading(text)
  if (heading) {
    applyHeading(column, heading)
    return true
  }
  if (!inRoster) return false
  if (handleLabel(text, lineNumber, front, ctx)) return true
  if (/^vakan[st]$/iu.test(text)) {
    front.vacancies.push({ side: column.side, group: column.group, line: lineNumber })
    return true
  }
  if (column.absent) {
    ctx.addAttendanceList(text, 'absent', lineNumber)
    return true
  }
  const entry = parseRosterLine(text, column.group)
  if (!entry) return continueCell(text, column, front)
  column.last = { index: front.roster.length, text }
  front.roster.push({
    name: entry.name,
    party: entry.party,
    organisation: entry.organisation,
    side: column.side ?? sideOfGroup(column.group),
    group: column.group,
    role: entry.role,
    roleTitle: entry.roleTitle,
    line: lineNumber,
  })
  if (entry.attendance) ctx.addAttendance(entry.attendance, lineNumber)
  return true
}
