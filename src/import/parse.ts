import { parseAgenda } from './agenda'
import { extractAssignments } from './assignments'
import { createContext, type Context } from './context'
import { parseFrontMatter, TITLE, type FrontMatter } from './front'
import {
  ParseResultSchema,
  type MeetingForm,
  type MeetingKind,
  type ParseOptions,
  type ParseResult,
  type ParsedMeeting,
  type Stage,
} from './schema'
import { dateToIso, findDate, foldName, prepareLines, withoutWeekdays, type TextLine } from './text'

/**
 * Reads one SRO kallelse or mötesanteckning (markdown, PDF text or DOCX raw text) into meetings, agenda
 * items, decisions and assignments. Never throws: what it cannot read becomes a warning with its line
 * number, and the text is kept in `unparsed` or in the item's notes.
 */
export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  try {
    const result = parseUnsafe(typeof text === 'string' ? text : String(text ?? ''), options ?? {})
    const checked = ParseResultSchema.safeParse(result)
    if (checked.success) return checked.data
    const issue = checked.error.issues[0]
    return {
      meetings: [],
      warnings: [
        ...result.warnings,
        {
          line: 1,
          message: `Tolkningen gav ett ogiltigt resultat (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
        },
      ],
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { meetings: [], warnings: [{ line: 1, message: `Tolkningen avbröts av ett oväntat fel: ${message}` }] }
  }
}

function parseUnsafe(text: string, options: ParseOptions): ParseResult {
  const ctx = createContext()
  const lines = prepareLines(text)
  const { frontEnd, agendaStart } = findAgenda(lines)
  const front = parseFrontMatter(lines.slice(0, frontEnd), ctx)
  const date = resolveDate(front, lines.slice(0, frontEnd), options, ctx)
  if (!date) {
    ctx.warn(front.titleLine ?? 1, 'Hittade inget mötesdatum.')
    return { meetings: [], warnings: ctx.warnings }
  }
  const stage = resolveStage(front, lines, options, ctx)
  const agenda = parseAgenda(lines.slice(agendaStart), date, ctx)
  if (!agenda.items.length)
    ctx.warn(
      agendaStart < lines.length ? (lines[agendaStart]?.line ?? 1) : 1,
      'Hittade ingen dagordning med numrerade punkter.',
    )
  const { location, form } = readLocation(front.locationText)
  const headingText = [front.title ?? '', front.subtitle ?? '', front.headingText, options.fileName ?? ''].join('\n')
  const meeting: ParsedMeeting = {
    date,
    start: front.start,
    end: front.end,
    stage,
    kind: meetingKind(headingText),
    cancelled: /inställt/iu.test(front.title ?? ''),
    title: front.title ?? (stage === 'notice' ? 'Kallelse SRO' : 'Mötesanteckning SRO'),
    subtitle: front.subtitle,
    location,
    form,
    locationText: front.locationText,
    calledText: front.calledText,
    roster: front.roster,
    vacancies: front.vacancies,
    invitedGuests: front.invitedGuests,
    guests: front.invitedGuests,
    called: front.roster.map((entry) => ({
      name: entry.name,
      party: entry.party,
      organisation: entry.organisation,
      role: entry.role,
      title: entry.roleTitle,
      side: entry.side,
      group: entry.group,
    })),
    absent: ctx.attendance.filter((entry) => entry.status === 'absent').map((entry) => entry.name),
    attendance: ctx.attendance,
    agendaItems: agenda.items,
    assignments: agenda.items
      .filter((item) => !item.parent)
      .flatMap((item) => extractAssignments(item, date, ctx.warn)),
    milestones: agenda.milestones,
    yearPlan: agenda.yearPlan,
    upcomingMeetings: agenda.upcomingMeetings,
    signatories: agenda.signatories,
    unparsed: ctx.unparsed,
  }
  checkAttendance(meeting, ctx)
  return { meetings: [meeting], warnings: ctx.warnings.sort((a, b) => a.line - b.line) }
}

/** The agenda begins after "Dagordning", or at the first "1." when the heading is missing. */
function findAgenda(lines: readonly TextLine[]): { frontEnd: number; agendaStart: number } {
  const heading = lines.findIndex((line) => !line.cells && /^dagordning\s*:?$/iu.test(line.text))
  if (heading >= 0) return { frontEnd: heading, agendaStart: heading + 1 }
  const first = lines.findIndex(
    (line) => !line.cells && !line.bullet && /^(?:(?:§\s*)?1\s*[.)]|§\s*1)\s*\p{L}/u.test(line.text),
  )
  if (first >= 0) return { frontEnd: first, agendaStart: first }
  return { frontEnd: lines.length, agendaStart: lines.length }
}

function resolveDate(
  front: FrontMatter,
  frontLines: readonly TextLine[],
  options: ParseOptions,
  ctx: Context,
): string | null {
  const fileDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(options.fileName ?? '')
  const fileYear = fileDate ? Number(fileDate[1]) : null
  let found = front.date
  if (!found) {
    // No "Datum:" field: the first date in the heading area (e.g. "Mötesanteckning SRO 2025-11-13").
    for (const line of frontLines) {
      const date = line.cells ? null : findDate(withoutWeekdays(line.text))
      if (date) {
        found = { found: date, line: line.line }
        break
      }
    }
  }
  if (found) {
    const { found: date, line } = found
    if (date.year === null) {
      const year = options.year ?? fileYear
      if (year === null || year === undefined) {
        ctx.warn(line, `Mötesdatumet "${date.text}" saknar år; ange år vid importen.`)
        return null
      }
      return dateToIso(date, year)
    }
    if (options.year && options.year !== date.year)
      ctx.warn(line, `Dokumentet anger året ${date.year}, inte ${options.year}; dokumentets år gäller.`)
    return dateToIso(date)
  }
  if (fileDate) {
    const iso = dateToIso({
      year: Number(fileDate[1]),
      month: Number(fileDate[2]),
      day: Number(fileDate[3]),
      index: 0,
      text: fileDate[0],
    })
    if (iso) ctx.warn(1, 'Dokumentet anger inget datum; mötesdatumet är hämtat från filnamnet.')
    return iso
  }
  return null
}

function resolveStage(front: FrontMatter, lines: readonly TextLine[], options: ParseOptions, ctx: Context): Stage {
  const title = front.title ?? ''
  if (/^kallelse/iu.test(title)) return 'notice'
  if (TITLE.test(title)) return 'minutes'
  const fileName = options.fileName ?? ''
  let stage: Stage
  if (/kallelse/iu.test(fileName)) stage = 'notice'
  else if (/anteckning|protokoll/iu.test(fileName)) stage = 'minutes'
  else {
    const proposed = lines.some((line) => /^förslag till (?:ställningstagande|beslut)\s*:/iu.test(line.text))
    const taken = lines.some((line) => /^(?:ställningstagande|beslut)\s*:/iu.test(line.text))
    stage = proposed && !taken ? 'notice' : 'minutes'
  }
  ctx.warn(
    front.titleLine ?? 1,
    `Hittade ingen rubrik (Kallelse eller Mötesanteckning); dokumentet tolkas som ${stage === 'notice' ? 'kallelse' : 'mötesanteckning'}.`,
  )
  return stage
}

function meetingKind(text: string): MeetingKind {
  if (/per capsulam/iu.test(text)) return 'per_capsulam'
  if (/ordförandebeslut/iu.test(text)) return 'ordforandebeslut'
  if (/extrainsatt|extra\s*möte/iu.test(text)) return 'extrainsatt'
  if (/presidieavstämning|avstämning med presidiet|presidiemöte/iu.test(text)) return 'presidieavstamning'
  if (/studiebesök|studieresa/iu.test(text)) return 'studiebesok'
  return 'ordinarie'
}

/** "På plats i Stationshuset, Göteborg" → on site at Stationshuset; "Teams" → digital; both → hybrid. */
export function readLocation(text: string | null): { location: string | null; form: MeetingForm | null } {
  if (!text) return { location: null, form: null }
  const digital = /digital|teams|zoom|skype|länk|distans|webex|webbmöte/iu.test(text)
  const hybrid = /hybrid/iu.test(text)
  const place = text
    .replace(/^(?:hybrid(?:möte)?|fysiskt|på plats|digitalt(?: möte)?)\s*(?:[:,–-]\s*|\s*(?:i|på|via)\s+)?/iu, '')
    .replace(
      /(?:\s*(?:,|och|samt|\+)\s*(?:digitalt\s+)?(?:(?:via|på|i)\s+)?|\s+(?:via|på|i)\s+)(?:teams|zoom|skype|länk)(?:-?länk|-?möte)?\.?$/iu,
      '',
    )
    .trim()
  // "Teamsmöte", "Digitalt möte via Teams", "Webbmöte" name no place.
  const hasPlace =
    place.length > 0 &&
    !/^(?:(?:digitalt\s+)?(?:möte\s+)?(?:via\s+|på\s+)?(?:teams|zoom|skype|länk)(?:-?möte|-?länk)?|digitalt(?:\s+möte)?|webbmöte|distansmöte)\.?$/iu.test(
      place,
    )
  const form: MeetingForm = hybrid || (digital && hasPlace) ? 'hybrid' : digital ? 'digitalt' : 'pa_plats'
  return { location: hasPlace ? place : null, form }
}

/** Names in the attendance that are not on the member list are worth a look: often a variant spelling. */
function checkAttendance(meeting: ParsedMeeting, ctx: Context): void {
  if (!meeting.roster.length) return
  const known = new Set(meeting.roster.map((entry) => foldName(entry.name)))
  meeting.attendance.forEach((entry, index) => {
    if (!known.has(foldName(entry.name)))
      ctx.warn(ctx.attendanceLines[index] ?? 1, `${entry.name} står i närvarouppgifterna men inte i deltagarlistan.`)
  })
}
