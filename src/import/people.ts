import type { Attendance, Group, Presenter, Role, Side } from './schema'
import { findTimeRange, trimTrailing } from './text'

/** Organisations written after names; used to tell "Kristina Lännergren, Västkom" apart from two people. */
const KNOWN_ORGANISATION =
  /^(?:VGR|VGK|SKR|SSN|BHU|Västkom|VästKom|Västkoms?|Göteborgsregionen|GR|Skaraborg|Boråsregionen|Sjuhärad|Fyrbod\p{L}*|Västra Götalandsregionen|Region\s+\p{L}+|Göteborgs\s+[Ss]tad|Regionstyrelsen)$/u
/** Organisations a title may end with ("direktör Västkom"); committees such as "Regionstyrelsen" are not. */
const TITLE_ORGANISATION =
  /^(?:VGR|SKR|Västkom|VästKom|Göteborgsregionen|GR|Skaraborg|Boråsregionen|Sjuhärad|Fyrbod\p{L}*|Västra Götalandsregionen|Göteborgs\s+[Ss]tad)$/u
const ORGANISATION_WORD =
  /^(?:Region|Västra|Göteborgs|Sveriges|Högskolan|Styrelsen|Förvaltningen|Kommunförbundet|Regionens|Kommunens|Myndigheten|Socialstyrelsen|Folkhälsomyndigheten|Länsstyrelsen|Stiftelsen|Föreningen)$/u
/** The last word of a company or institution: "Lumell Associates", "Ramböll Sverige AB", "Göteborgs universitet". */
const ORGANISATION_LAST_WORD =
  /^(?:AB|HB|KB|Associates|Consulting|Partners|Group|Sverige|Universitet|universitet|Institute|Institutet|institutet|Akademin|akademin)$/u
const ORGANISATION_SUFFIX =
  /(?:regionen|kommun|kommuner|förbundet|förbunden|nämnden|styrelsen|förvaltningen|stad|staden|sjukhuset|gruppen|rådet)$/iu
/** A word of a personal name: "Ann-Sofie", "Looström", "O'Neill"; lower-case particles in the middle. */
const NAME_WORD = /^\p{Lu}(?=[^\s]*\p{Ll})[\p{L}'’-]*$/u
const NAME_PARTICLE = /^(?:af|av|von|van|de|der|den|la|le|du|da|di)$/u
/** The first word of a title, even when capitalised: "Ordförande Styrelsen för logistik". */
const TITLE_WORD =
  /^(?:ordförande|vice|förste|andre|tredje|direktör|förbundsdirektör|regiondirektör|beredning|representant|extra|sekreterare|mötessekreterare|processledare|tillförordnad|t\.f\.|kommunikatör|ledamot|ersättare|chef|utvecklingsledare|strateg|handläggare|samordnare|projektledare|controller|ekonom|jurist|koordinator|enhetschef|avdelningschef|sektionschef|hälso-)/iu
/** Descriptions that stand for a person without naming one. */
const UNNAMED = /^(?:en|ett|två|tre|fyra|någon|några|representant(?:er)?|företrädare|tjänsteperson(?:er)?)(?![\p{L}])/iu

export function isOrganisationName(text: string): boolean {
  const value = text.trim()
  if (KNOWN_ORGANISATION.test(value)) return true
  const words = value.split(/\s+/)
  const last = words[words.length - 1] ?? ''
  return ORGANISATION_WORD.test(words[0] ?? '') || ORGANISATION_SUFFIX.test(last) || ORGANISATION_LAST_WORD.test(last)
}

/** Two to five capitalised words that are not an organisation: "Karin Looström Muth", "Ann-Sofie Rundberg". */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > 5) return false
  if (isOrganisationName(text)) return false
  const first = words[0] ?? ''
  const last = words[words.length - 1] ?? ''
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last)) return false
  return words.every((word) => NAME_WORD.test(word) || NAME_PARTICLE.test(word))
}

/** "Miguel Odhner (S)" → name and party; "Dan Nyberg (från 13.30)" → name and note. */
export function splitNameAndParenthesis(text: string): {
  name: string
  party: string | null
  note: string | null
  rest: string
} {
  const match = /^([^()]+?)\s*\(([^()]*)\)\s*(.*)$/u.exec(text.trim())
  if (!match) return { name: text.trim(), party: null, note: null, rest: '' }
  const inner = (match[2] ?? '').trim()
  const isParty = /^[\p{Lu}]{1,3}$|^MP$|^KD$|^SD$/u.test(inner)
  return {
    name: (match[1] ?? '').trim(),
    party: isParty ? inner : null,
    note: isParty ? null : inner || null,
    rest: (match[3] ?? '').trim(),
  }
}

/** Commas and "och" inside parentheses do not separate people. */
function protectParentheses(text: string): string {
  return text.replace(/\([^()]*\)/g, (group) => group.replace(/,/g, '\uE001').replace(/ och /g, '\uE002'))
}

function restoreParentheses(text: string): string {
  return text.replace(/\uE001/g, ',').replace(/\uE002/g, ' och ')
}

/** Tokens of a list of people; `afterAnd` is true when "och" came right before the token. */
export function splitListTokens(text: string): { text: string; afterAnd: boolean }[] {
  const protectedText = protectParentheses(trimTrailing(text.trim(), '.;'))
  // "Hälso- och sjukvård": "och" after a hyphen belongs to a word and does not split.
  const parts = protectedText.split(/(\s*,\s*(?:och\s+|samt\s+)?|(?<!-)\s+(?:och|samt)\s+)/u)
  const tokens: { text: string; afterAnd: boolean }[] = []
  for (let index = 0; index < parts.length; index += 2) {
    const value = restoreParentheses(parts[index] ?? '').trim()
    const separator = index > 0 ? (parts[index - 1] ?? '') : ''
    if (value) tokens.push({ text: value, afterAnd: /\b(?:och|samt)\s*$/u.test(separator) })
  }
  return tokens
}

function isTitleText(text: string): boolean {
  return /^\p{Ll}/u.test(text) || TITLE_WORD.test(text)
}

/** Organisation at the end of a title: "direktör Västkom" → "Västkom". */
export function organisationInTitle(title: string): string | null {
  const words = title.trim().split(/\s+/)
  for (const size of [3, 2, 1]) {
    if (words.length <= size) continue
    const tail = words.slice(-size).join(' ').replace(/[.,]$/, '')
    if (TITLE_ORGANISATION.test(tail)) return tail
  }
  return null
}

export interface PersonList {
  people: (Presenter & { party: string | null; note: string | null })[]
  /** Parts that name nobody: "en representant från kommunalförbunden". */
  unnamed: string[]
  /** Organisations named on their own ("Lumell Associates"), not as someone's organisation. */
  organisations: string[]
}

/**
 * "Kristina Lännergren, Västkom och Karin Looström Muth, VGR, Theresa Larsen, Göteborgsregionen och Jenny
 * Nilsson, VGR" → four people with their organisations. Titles ("ordförande …") attach to the person before.
 */
export function parsePersonList(text: string): PersonList {
  const result: PersonList = { people: [], unnamed: [], organisations: [] }
  /** "Sveriges Kommuner och Regioner": a capitalised word after "och" ends the organisation before it. */
  let lastOrganisation: { owner: 'person' | 'list'; index: number } | null = null
  for (const token of splitListTokens(text)) {
    const { name, party, note, rest } = splitNameAndParenthesis(token.text)
    const current = result.people[result.people.length - 1]
    const previousOrganisation = lastOrganisation
    lastOrganisation = null
    if (previousOrganisation && token.afterAnd && /^\p{Lu}\p{Ll}+$/u.test(token.text)) {
      if (previousOrganisation.owner === 'list')
        result.organisations[previousOrganisation.index] += ` och ${token.text}`
      else if (current) current.organisation = `${current.organisation ?? ''} och ${token.text}`
      continue
    }
    const isOrganisation = /^\p{Lu}/u.test(token.text) && !isPersonName(name) && isOrganisationName(token.text)
    if (isOrganisation && (!current || current.organisation || token.afterAnd)) {
      result.organisations.push(token.text)
      lastOrganisation = { owner: 'list', index: result.organisations.length - 1 }
      continue
    }
    if (isPersonName(name)) {
      const extra = rest ? (isTitleText(rest) ? { title: rest } : { organisation: rest }) : {}
      result.people.push({ name, organisation: null, title: null, party, note, ...extra })
      continue
    }
    if (UNNAMED.test(token.text) || (token.afterAnd && /^\p{Ll}/u.test(token.text)) || !current) {
      result.unnamed.push(token.text)
      continue
    }
    if (isTitleText(token.text)) current.title = current.title ? `${current.title}, ${token.text}` : token.text
    else if (!current.organisation) {
      current.organisation = token.text
      lastOrganisation = { owner: 'person', index: result.people.length - 1 }
    } else current.title = current.title ? `${current.title}, ${token.text}` : token.text
  }
  for (const person of result.people) {
    if (!person.organisation && person.title) person.organisation = organisationInTitle(person.title)
  }
  return result
}

/** The SRO role written on its own, often in bold: "…, **vice ordförande**". */
function sroRole(text: string): Role | null {
  const value = text.trim().toLowerCase()
  if (value === 'ordförande') return 'ordforande'
  if (value === 'vice ordförande') return 'vice_ordforande'
  if (value === 'sekreterare' || value === 'mötessekreterare') return 'sekreterare'
  return null
}

/** A role read from a title, for staff: "förbundsdirektör Skaraborg" → direktor. */
export function roleFromTitle(title: string | null): Role | null {
  if (!title) return null
  if (/sekreterare/iu.test(title)) return 'sekreterare'
  if (/^beredning/iu.test(title)) return 'beredning'
  if (/direktör/iu.test(title)) return 'direktor'
  if (/representant/iu.test(title)) return 'representant'
  if (/kommunikatör/iu.test(title)) return 'kommunikator'
  return null
}

const ATTENDANCE_SUFFIX: { pattern: RegExp; status: Attendance['status'] }[] = [
  { pattern: /^(?:förhinder|frånvarande|frånvaro|ej närvarande|anmält förhinder)$/iu, status: 'absent' },
  { pattern: /^(?:på länk|med på länk|digitalt|deltar digitalt|via länk)$/iu, status: 'remote' },
]

export interface RosterLine {
  name: string
  party: string | null
  organisation: string | null
  role: Role | null
  roleTitle: string | null
  attendance: Attendance | null
}

/**
 * One line of the list of members: "Marina Johansson (S), Göteborgsregionen, **vice ordförande**",
 * "Adam Johansson (M) Skaraborg", "Kristina Lännergren, direktör Västkom". Null when it names nobody.
 */
export function parseRosterLine(text: string, group: Group | null): RosterLine | null {
  // A trailing " – förhinder" is one more part; "och" never separates people on a roster line.
  const lastComma = text.lastIndexOf(',') + 1
  const parts = splitOnCommas(text.slice(0, lastComma) + text.slice(lastComma).replace(/\s+[–-]\s+/u, ', '))
  const [first = '', ...others] = parts
  const { name, party, note, rest } = splitNameAndParenthesis(first)
  if (!isPersonName(name)) return null
  const pieces = [...(rest ? [rest] : []), ...(note ? [note] : []), ...others]
  let organisation: string | null = null
  let role: Role | null = null
  let attendance: Attendance | null = null
  const titles: string[] = []
  for (const [index, piece] of pieces.entries()) {
    const status = ATTENDANCE_SUFFIX.find((entry) => entry.pattern.test(piece))
    const substitute = /^ersätts av\s+(.+)$/iu.exec(piece)
    if (status) attendance = { name, status: status.status }
    else if (substitute) attendance = { name, status: 'substituted', substitute: (substitute[1] ?? '').trim() }
    else if (sroRole(piece) && index === pieces.length - 1) role = sroRole(piece)
    else if (isTitleText(piece)) titles.push(piece)
    else if (!organisation) organisation = piece
    else titles.push(piece)
  }
  const roleTitle = titles.length ? titles.join(', ') : null
  if (!organisation && roleTitle) organisation = organisationInTitle(roleTitle)
  return { name, party, organisation, role: role ?? defaultRole(group, roleTitle), roleTitle, attendance }
}

/** Parts between commas, outside parentheses. */
function splitOnCommas(text: string): string[] {
  const protectedText = protectParentheses(trimTrailing(text.trim(), ';'))
  return protectedText
    .split(/\s*,\s*/u)
    .map((part) => restoreParentheses(part).trim())
    .filter(Boolean)
}

function defaultRole(group: Group | null, roleTitle: string | null): Role | null {
  if (group === 'kommunpolitiker' || group === 'regionpolitiker') return 'ledamot'
  if (group === 'adjungerad') return 'adjungerad'
  const fromTitle = roleFromTitle(roleTitle)
  if (fromTitle) return fromTitle
  if (group === 'kommunikation') return 'kommunikator'
  return null
}

/** "För Västra Götalands fyra kommunalförbund (VGK)" → vgk; "För Västra Götalandsregionen (VGR)" → vgr. */
export function sideHeading(text: string): Side | null {
  const value = text.replace(/:$/, '').trim()
  if (value.length > 90) return null
  if (/^(?:VGK|Kommunerna|Kommunsidan|Västkom)$/iu.test(value)) return 'vgk'
  if (/^(?:VGR|Regionen|Regionsidan|Västra Götalandsregionen)$/iu.test(value)) return 'vgr'
  if (!/^för\s/iu.test(value)) return null
  if (/\(VGK\)|kommunalförbund|kommuner|västkom/iu.test(value)) return 'vgk'
  if (/\(VGR\)|regionen/iu.test(value)) return 'vgr'
  return null
}

export type RosterHeading = { group: Group | null; absent?: boolean; politicians?: boolean }

/** Group headings of the member list; "Frånvarande" starts a list of absent people. */
export function groupHeading(text: string): RosterHeading | null {
  const value = text.replace(/:$/, '').trim().toLowerCase()
  if (value === 'kommunpolitiker') return { group: 'kommunpolitiker' }
  if (value === 'regionpolitiker') return { group: 'regionpolitiker' }
  if (value === 'politiker' || value === 'ledamöter') return { group: null, politicians: true }
  if (/^(?:tjänstepersoner|tjänsteperson|tjänstemän|beredning|beredningen)$/u.test(value))
    return { group: 'tjansteperson' }
  if (value === 'administration' || value === 'sekreterare') return { group: 'administration' }
  if (/^(?:kommunikation|kommunikatörer|kommunikatör)$/u.test(value)) return { group: 'kommunikation' }
  if (/^adjungerade?$/u.test(value)) return { group: 'adjungerad' }
  if (/^(?:frånvarande|förhinder|anmält förhinder)$/u.test(value)) return { group: null, absent: true }
  return null
}

export function sideOfGroup(group: Group | null): Side | null {
  if (group === 'kommunpolitiker') return 'vgk'
  if (group === 'regionpolitiker') return 'vgr'
  return null
}

const ATTENDANCE_LABELS: { pattern: RegExp; status: Attendance['status'] }[] = [
  {
    pattern: /^(?:frånvaro|frånvarande|förhinder|anmält förhinder|ej närvarande|anmälda förhinder)$/iu,
    status: 'absent',
  },
  {
    pattern:
      /^(?:med på länk|på länk|deltog på länk|deltar på länk|närvarande på länk|deltog digitalt|deltar digitalt|digitalt deltagande|via länk)$/iu,
    status: 'remote',
  },
  { pattern: /^(?:delvis närvarande|närvarande delvis|del av mötet)$/iu, status: 'partial' },
  { pattern: /^(?:ersättare|ersätts av|ersättning)$/iu, status: 'substituted' },
]

/** The attendance status a label stands for ("Förhinder" → absent), or null. */
export function attendanceLabel(label: string): Attendance['status'] | null {
  return ATTENDANCE_LABELS.find((entry) => entry.pattern.test(label.trim()))?.status ?? null
}

/**
 * The people of an attendance line. "Ulf Olsson ersätts av Anna Berg" and "Anna Berg ersätter Ulf Olsson"
 * become a substitution; "(från 13.30)" becomes a note. Parts naming nobody come back in `unknown`.
 */
export function parseAttendanceList(
  value: string,
  status: Attendance['status'],
): { entries: Attendance[]; unknown: string[] } {
  const entries: Attendance[] = []
  const unknown: string[] = []
  for (const token of splitListTokens(value)) {
    const late = parseLateWithSubstitute(token.text)
    if (late) {
      entries.push(late)
      continue
    }
    const replaced = /^(.+?)\s+ersätts av\s+(.+)$/iu.exec(token.text)
    const replacing = /^(.+?)\s+ersätter\s+(.+)$/iu.exec(token.text)
    if (replaced || replacing) {
      const absentee = cleanName(replaced ? replaced[1] : replacing?.[2])
      const substitute = cleanName(replaced ? replaced[2] : replacing?.[1])
      if (absentee && substitute) {
        entries.push({ name: absentee, status: 'substituted', substitute })
        continue
      }
    }
    const { name, note } = splitNameAndParenthesis(token.text)
    if (isPersonName(name)) entries.push({ name, status, ...(note ? { note } : {}) })
    else if (
      entries.length &&
      !isPersonName(token.text) &&
      /^\p{Lu}/u.test(token.text) &&
      isOrganisationName(token.text)
    )
      continue
    else unknown.push(token.text)
  }
  return { entries, unknown }
}

function cleanName(text: string | undefined): string | null {
  if (!text) return null
  const { name } = splitNameAndParenthesis(trimTrailing(text, '.,'))
  return isPersonName(name) ? name : null
}

const LATE_WITH_SUBSTITUTE =
  /^(\p{Lu}[\p{L}'’ -]+?),?\s+((?:från|efter)\s+(?:kl\.?\s*|klockan\s*)?\d{1,2}[.:]\d{2})\s*\(\s*(?:(\p{Lu}[\p{L}'’ -]+?)\s+ersätter|ersätts av\s+(\p{Lu}[\p{L}'’ -]+?))(?:\s+(?:till dess|dessförinnan|innan dess|fram till dess))?\s*\)$/u

/**
 * "Magnus Haggren efter 13.30 (Helen Nordling ersätter)": present from 13.30, with a substitute until then.
 * Kept as partial attendance with `from` and the substitute.
 */
export function parseLateWithSubstitute(text: string): Attendance | null {
  const match = LATE_WITH_SUBSTITUTE.exec(trimTrailing(text.trim(), '.'))
  if (!match) return null
  const name = cleanName(match[1])
  const substitute = cleanName(match[3] ?? match[4])
  if (!name || !substitute) return null
  const note = `${match[2]} (${substitute} ersätter till dess)`
  return { name, status: 'partial', substitute, note }
}

/**
 * A sentence about one person's attendance: "Dan Nyberg deltar från kl. 13.30", "Ulf Olsson ersätts av
 * Anna Berg.", "Lars Holmin lämnade mötet kl. 14.30", "Magnus Haggren efter 13.30 (Helen Nordling ersätter)".
 */
export function parseAttendanceSentence(text: string): Attendance | null {
  const late = parseLateWithSubstitute(text)
  if (late) return late
  const value = text.replace(/\.$/, '').trim()
  const substituted = /^(\p{Lu}[\p{L}'’ -]+?)\s+ersätts av\s+(\p{Lu}[\p{L}'’ -]+)$/u.exec(value)
  if (substituted) {
    const name = cleanName(substituted[1])
    const substitute = cleanName(substituted[2])
    if (name && substitute) return { name, status: 'substituted', substitute }
  }
  const partial = /^(\p{Lu}[\p{L}'’ -]+?)\s+((?:deltar|deltog|lämnar|lämnade|anslöt|ansluter|går|gick|kom)\b.*)$/u.exec(
    value,
  )
  if (partial && cleanName(partial[1]) && /\bkl\.?|\bklockan|\d{1,2}[.:]\d{2}/iu.test(partial[2] ?? '')) {
    const remote = /länk|digitalt/iu.test(partial[2] ?? '') && !findTimeRange(partial[2] ?? '')
    return { name: cleanName(partial[1]) ?? '', status: remote ? 'remote' : 'partial', note: (partial[2] ?? '').trim() }
  }
  return null
}
