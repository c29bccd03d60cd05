import { z } from 'zod'

import { PRINTED_HANDLINGS } from '../domain/handling'
import { CLOCK_PATTERN } from '../domain/time'

/**
 * The public result of `parseDocument`: what one kallelse or mötesanteckning says, before anything is
 * matched against people, organisations or meetings in the archive. Names are kept as written.
 */

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Datum ska skrivas ÅÅÅÅ-MM-DD.')
export const ClockSchema = z.string().regex(CLOCK_PATTERN, 'Tid ska skrivas TT:MM.')
const LineSchema = z.number().int().min(1)

export const StageSchema = z.enum(['notice', 'minutes'])
export const MeetingKindSchema = z.enum([
  'ordinarie',
  'extrainsatt',
  'per_capsulam',
  'ordforandebeslut',
  'presidieavstamning',
  'studiebesok',
])
export const MeetingFormSchema = z.enum(['pa_plats', 'digitalt', 'hybrid'])
export const SideSchema = z.enum(['vgk', 'vgr'])
export const GroupSchema = z.enum([
  'kommunpolitiker',
  'regionpolitiker',
  'tjansteperson',
  'administration',
  'kommunikation',
  'adjungerad',
])
/** The same values as the Memberships collection. */
export const RoleSchema = z.enum([
  'ordforande',
  'vice_ordforande',
  'sekreterare',
  'ledamot',
  'beredning',
  'direktor',
  'representant',
  'kommunikator',
  'adjungerad',
])
export const HandlingSchema = z.enum(PRINTED_HANDLINGS)
/** The same values as the Decisions collection. */
export const DecisionKindSchema = z.enum([
  'noterar_informationen',
  'staller_sig_bakom',
  'rekommenderar_huvudmannen',
  'beslutar',
  'ger_i_uppdrag',
  'godkanner',
])
export const DialogueKindSchema = z.enum(['dialog', 'inspel', 'fraga', 'svar'])
export const AttendanceStatusSchema = z.enum(['absent', 'remote', 'substituted', 'partial'])

export const RosterEntrySchema = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  organisation: z.string().nullable(),
  side: SideSchema.nullable(),
  group: GroupSchema.nullable(),
  /** The role in SRO: bold "ordförande" in the list, or read from the title; null when nothing says. */
  role: RoleSchema.nullable(),
  /** The title as written, e.g. "ordförande Regionstyrelsen", "förbundsdirektör Skaraborg". */
  roleTitle: z.string().nullable(),
  line: LineSchema,
})

export const VacancySchema = z.object({ side: SideSchema.nullable(), group: GroupSchema.nullable(), line: LineSchema })

export const InvitedGuestSchema = z.object({
  /** A person's name, or a description such as "en representant från kommunalförbunden". */
  name: z.string().min(1),
  organisation: z.string().nullable(),
})

export const AttendanceSchema = z.object({
  name: z.string().min(1),
  status: AttendanceStatusSchema,
  /** Who substitutes: for "substituted", or for "partial" until `from` ("efter 13.30 (Helen Nordling ersätter)"). */
  substitute: z.string().optional(),
  /** When the person joined ("ansluter kl. 13.30", "efter 13.30"), TT:MM; only when the document says so. */
  from: ClockSchema.optional(),
  note: z.string().optional(),
})

/** One person on the list of those called, as printed (the `roster` entry without line and parsing detail). */
export const CalledSchema = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  organisation: z.string().nullable(),
  role: RoleSchema.nullable(),
  /** The title as written, e.g. "ordförande Regionstyrelsen". */
  title: z.string().nullable(),
  side: SideSchema.nullable(),
  group: GroupSchema.nullable(),
})

export const PresenterSchema = z.object({
  name: z.string().min(1),
  organisation: z.string().nullable(),
  /** E.g. "ordförande strategiska Hälso- och sjukvårdsnämnden". */
  title: z.string().nullable(),
})

export const DecisionSchema = z.object({
  number: z.number().int().min(1),
  text: z.string().min(1),
  kind: DecisionKindSchema.nullable(),
  line: LineSchema,
})

export const DialogueEntrySchema = z.object({ kind: DialogueKindSchema, text: z.string().min(1), line: LineSchema })

export const TableSchema = z.object({
  title: z.string().nullable(),
  rows: z.array(z.array(z.string())),
  line: LineSchema,
})

/** A link as written in the item; `url` only when the document gives a real address (not "#"). */
export const LinkSchema = z.object({ title: z.string().min(1), url: z.string().optional() })

/**
 * A document the item names. `inArchive`: whether the archive holds it, known once the import has looked it up;
 * null from the parser alone (a dry run does not open the archive).
 */
export const DocumentRefSchema = z.object({ title: z.string().min(1), inArchive: z.boolean().nullable() })

export const AgendaItemSchema = z.object({
  /** "4"; "a" for a sub-item (with `parent`); null for a pause. */
  number: z.string().min(1).nullable(),
  parent: z.string().nullable(),
  isPause: z.boolean(),
  title: z.string(),
  handling: z.array(HandlingSchema),
  /** "Information inför ställningstagande": the position is taken at a later meeting. */
  beforePosition: z.boolean(),
  /** The handling line as written, e.g. "Information inför ställningstagande 1 september". */
  handlingText: z.string().nullable(),
  durationMinutes: z.number().int().min(0).nullable(),
  start: ClockSchema.nullable(),
  end: ClockSchema.nullable(),
  /** The time note as written, e.g. "40 minuter, bilaga". */
  scheduleText: z.string().nullable(),
  presenters: z.array(z.string().min(1)),
  presenterDetails: z.array(PresenterSchema),
  /** Presenters without a name, e.g. "en representant från kommunalförbunden". */
  presenterNote: z.string().nullable(),
  documents: z.array(DocumentRefSchema),
  links: z.array(LinkSchema),
  /** Bullets listed under the title before anything else ("Prioriterade utvecklingsbehov"). */
  topics: z.array(z.string()),
  proposedPosition: z.string().nullable(),
  positionTaken: z.string().nullable(),
  decisions: z.array(DecisionSchema),
  notes: z.string(),
  dialogue: z.array(DialogueEntrySchema),
  questions: z.array(z.string()),
  tables: z.array(TableSchema),
  line: LineSchema,
})

export const AssignmentDueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: IsoDateSchema }),
  z.object({ kind: z.literal('month'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  z.object({ kind: z.literal('meeting'), date: IsoDateSchema.nullable(), text: z.string() }),
  z.object({ kind: z.literal('none') }),
])

export const AssignmentSchema = z.object({
  itemNumber: z.string(),
  decisionNumber: z.number().int().min(1).nullable(),
  /** What is to be done, as written after "i uppdrag att". */
  text: z.string().min(1),
  /** Who, as written: "Regiondirektören och Västkoms direktör". */
  assignees: z.string(),
  /** The deadline as written: "senast i juni 2026", "till SRO 2025-11-13". */
  dueText: z.string().nullable(),
  due: AssignmentDueSchema,
  line: LineSchema,
})

export const MilestoneSchema = z.object({
  label: z.string().min(1),
  date: IsoDateSchema.nullable(),
  dateText: z.string(),
  itemNumber: z.string().nullable(),
  line: LineSchema,
})

export const YearPlanSchema = z.object({
  title: z.string().nullable(),
  /** Meeting headings as written: "Januari 2026, studieresa", "19 mars 2026". */
  columns: z.array(z.string()),
  /** The full date of each column when it has one. */
  columnDates: z.array(IsoDateSchema.nullable()),
  rows: z.array(z.object({ theme: z.string().optional(), cells: z.array(z.string()) })),
  itemNumber: z.string().nullable(),
  line: LineSchema,
})

export const UpcomingMeetingSchema = z.object({
  date: IsoDateSchema,
  kind: z.enum(['ordinarie', 'presidieavstamning']),
  note: z.string().optional(),
  start: ClockSchema.nullable(),
  end: ClockSchema.nullable(),
  line: LineSchema,
})

export const SignatorySchema = z.object({
  name: z.string().min(1),
  role: z.enum(['ordforande', 'vice_ordforande']).nullable(),
  roleText: z.string().nullable(),
  organisation: z.string().nullable(),
  line: LineSchema,
})

export const UnparsedSchema = z.object({ line: LineSchema, text: z.string() })

export const ParsedMeetingSchema = z.object({
  date: IsoDateSchema,
  start: ClockSchema.nullable(),
  end: ClockSchema.nullable(),
  stage: StageSchema,
  kind: MeetingKindSchema,
  /** "INSTÄLLT" in the heading. */
  cancelled: z.boolean(),
  title: z.string().min(1),
  /** The line under the heading: "Politiskt samrådsorgan mellan …". */
  subtitle: z.string().nullable(),
  location: z.string().nullable(),
  form: MeetingFormSchema.nullable(),
  /** The "Mötesform:"/"Plats:" field as written. */
  locationText: z.string().nullable(),
  /** The "Kallade:" field as written, e.g. "Se lista". */
  calledText: z.string().nullable(),
  roster: z.array(RosterEntrySchema),
  vacancies: z.array(VacancySchema),
  invitedGuests: z.array(InvitedGuestSchema),
  /** The invited guests ("Inbjudna"), as `invitedGuests`. */
  guests: z.array(InvitedGuestSchema),
  /** Those called, as printed (see `roster` for the parsing detail). */
  called: z.array(CalledSchema),
  /** Names of those absent (frånvaro/förhinder), as written. */
  absent: z.array(z.string()),
  attendance: z.array(AttendanceSchema),
  agendaItems: z.array(AgendaItemSchema),
  assignments: z.array(AssignmentSchema),
  milestones: z.array(MilestoneSchema),
  yearPlan: YearPlanSchema.nullable(),
  upcomingMeetings: z.array(UpcomingMeetingSchema),
  signatories: z.array(SignatorySchema),
  /** Text that was not understood, kept as written. */
  unparsed: z.array(UnparsedSchema),
})

export const WarningSchema = z.object({ line: LineSchema, message: z.string().min(1) })

export const ParseResultSchema = z.object({
  meetings: z.array(ParsedMeetingSchema),
  warnings: z.array(WarningSchema),
})

export type Stage = z.infer<typeof StageSchema>
export type MeetingKind = z.infer<typeof MeetingKindSchema>
export type MeetingForm = z.infer<typeof MeetingFormSchema>
export type Side = z.infer<typeof SideSchema>
export type Group = z.infer<typeof GroupSchema>
export type Role = z.infer<typeof RoleSchema>
export type Handling = z.infer<typeof HandlingSchema>
export type DecisionKind = z.infer<typeof DecisionKindSchema>
export type DialogueKind = z.infer<typeof DialogueKindSchema>
export type RosterEntry = z.infer<typeof RosterEntrySchema>
export type Vacancy = z.infer<typeof VacancySchema>
export type InvitedGuest = z.infer<typeof InvitedGuestSchema>
export type Attendance = z.infer<typeof AttendanceSchema>
export type Called = z.infer<typeof CalledSchema>
export type DocumentRef = z.infer<typeof DocumentRefSchema>
export type Presenter = z.infer<typeof PresenterSchema>
export type ParsedDecision = z.infer<typeof DecisionSchema>
export type DialogueEntry = z.infer<typeof DialogueEntrySchema>
export type ParsedTable = z.infer<typeof TableSchema>
export type ParsedAgendaItem = z.infer<typeof AgendaItemSchema>
export type AssignmentDue = z.infer<typeof AssignmentDueSchema>
export type ParsedAssignment = z.infer<typeof AssignmentSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type YearPlan = z.infer<typeof YearPlanSchema>
export type UpcomingMeeting = z.infer<typeof UpcomingMeetingSchema>
export type Signatory = z.infer<typeof SignatorySchema>
export type Unparsed = z.infer<typeof UnparsedSchema>
export type ParsedMeeting = z.infer<typeof ParsedMeetingSchema>
export type ParseWarning = z.infer<typeof WarningSchema>
export type ParseResult = z.infer<typeof ParseResultSchema>

export interface ParseOptions {
  /** Used when the meeting date has no year ("Datum: 14 mars"). */
  year?: number
  /** The file name; its date ("2025-11-13-…") and word ("kallelse") are fallbacks. */
  fileName?: string
}
