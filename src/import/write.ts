/**
 * Writes one parsed kallelse or mötesanteckning into the archive through the Local API, in one transaction:
 * the whole document or nothing.
 *
 * Every record is found by its natural key before it is written, so importing the same document again
 * changes nothing (not even `updatedAt`), and the minutes of a meeting update the meeting its kallelse created:
 *   meeting      body SRO + Stockholm date + kind
 *   agenda item  meeting + number + parent item (a pause is "paus", the next "paus-2")
 *   decision     agenda item + number
 *   assignment   decision (+ order within the decision)
 *   membership   one per person: a roster line becomes a membership only when the person has none
 *   attachment   the SHA-256 of the source file
 * People and organisations are matched by name and alias (see ./resolve). Unknown people are added to
 * the register, with a warning; ambiguous names are never guessed: they become warnings and are kept as text.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest, type Where } from 'payload'

import { ALLOWED_MIME_TYPES } from '../../collections/Attachments/fileRules'
import { stockholmDayRange, stockholmInstant, stockholmTime } from '../domain/time'
import { describeCounts } from './counts'
import { parseDocument } from './parse'
import { addToIndex, createNameIndex, foldName, normaliseName, resolveInIndex, similarEntries, type NameIndex, type RegisterEntry } from './resolve'
import type { Group, ParseResult, ParsedAgendaItem, ParsedAssignment, ParsedMeeting, RosterEntry } from './schema'

export const COUNTED_COLLECTIONS = ['meetings', 'agenda-items', 'decisions', 'assignments', 'people', 'memberships', 'attachments'] as const
export type CountedCollection = (typeof COUNTED_COLLECTIONS)[number]
export type ImportCounts = Record<CountedCollection, number>

/** A parse warning or a write warning; `line` is the document line it is about, when there is one. */
export type ImportWarning = { line: number | null; message: string }

export type SourceFile = { data: Buffer; mimetype: string; name: string }

/**
 * The people and organisation registers as name indexes. Pass one object to several `importDocument` calls
 * (a batch: the CLI, the benchmark) to load the registers once instead of per document; people the importer adds
 * are kept in it, and it is emptied (reloaded on the next call) when a document fails or is a dry run.
 * Changes made in the admin while a batch runs are not seen by that batch.
 */
export type ImportRegisters = { people: NameIndex | null; organisations: NameIndex | null }

export const createImportRegisters = (): ImportRegisters => ({ people: null, organisations: null })

export type ImportDocumentArgs = {
  /** Required unless `dryRun`; without it a dry run only parses. */
  payload?: Payload
  text: string
  /** Used for the date/stage fallbacks of the parser and in messages. */
  fileName?: string
  /** The original file (e.g. the .docx); uploaded as the meeting's source document. */
  sourceFile?: SourceFile
  /** For documents whose date has no year. */
  year?: number
  /** Runs the whole import in a transaction and rolls it back: the counts say what would happen. No file is stored. */
  dryRun?: boolean
  /** Shared registers for a batch of documents; see `ImportRegisters`. */
  registers?: ImportRegisters
  /**
   * New spellings a person has confirmed (in the "Importera" view): the name as the document writes it → the id of
   * the person it means. The spelling is added to that person's aliases instead of creating a new person.
   */
  confirmedAliases?: Record<string, string>
  /** The staff member who imported (the admin's "Importera" view); none from the command line. */
  importedBy?: string
  /** TEST ONLY: throws after this many agenda items have been written, to prove that nothing is kept. */
  failAfterItems?: number
}

export type ImportOutcome = {
  result: ParseResult
  /** The (first) meeting written; absent for a dry run that would create it. */
  meetingId?: string
  meetingIds: string[]
  created: ImportCounts
  updated: ImportCounts
  warnings: ImportWarning[]
  /** Names not in the register that look like someone who is: for a person to confirm or reject. */
  nameSuggestions: NameSuggestion[]
  dryRun: boolean
}

export type NameSuggestion = { name: string; line: number | null; candidates: { id: string; name: string }[] }

type Doc = Record<string, unknown> & { id: string }
type Mode = 'overwrite' | 'fill'

const SOURCE_CATEGORY = { notice: 'kallelse', minutes: 'motesanteckning' } as const
const PARTIES = new Set(['S', 'M', 'C', 'V', 'MP', 'L', 'KD', 'SD'])
const POLITICIAN_GROUPS: readonly (Group | null)[] = ['kommunpolitiker', 'regionpolitiker']
const HTTP_URL = /^https?:\/\/\S+$/i
/** The agenda item fields the importer writes (and so compares), plus what it needs to match items. */
const ITEM_FIELDS = Object.fromEntries(
  [
    'meeting', 'number', 'order', 'parent', 'title', 'handling', 'handlingNote', 'isPause', 'durationMinutes', 'startOverride', 'endOverride',
    'presenters', 'presenterNote', 'attachments', 'links', 'proposedPosition', 'description', 'isPublic', '_status', 'positionTaken', 'notes',
    'dialogue', 'deletedAt',
  ].map((field) => [field, true as const]),
)

export function emptyCounts(): ImportCounts {
  return Object.fromEntries(COUNTED_COLLECTIONS.map((slug) => [slug, 0])) as ImportCounts
}

/** The name a document goes by in messages. */
function documentLabel({ fileName, sourceFile }: Pick<ImportDocumentArgs, 'fileName' | 'sourceFile'>): string {
  return fileName ?? sourceFile?.name ?? 'dokumentet'
}

export async function importDocument(args: ImportDocumentArgs): Promise<ImportOutcome> {
  const label = documentLabel(args)
  const result = parseDocument(args.text, { year: args.year, fileName: args.fileName ?? args.sourceFile?.name })
  const warnings: ImportWarning[] = result.warnings.map(({ line, message }) => ({ line, message }))
  const dryRun = Boolean(args.dryRun)
  const outcome: ImportOutcome = { result, meetingIds: [], created: emptyCounts(), updated: emptyCounts(), warnings, nameSuggestions: [], dryRun }

  if (result.meetings.length === 0) {
    const reason = result.warnings.map((warning) => `rad ${warning.line}: ${warning.message}`).join(' ') || 'hittade inget möte i texten.'
    throw new Error(`Importen av ${label} avbröts: ${reason}`)
  }
  if (!args.payload) {
    if (dryRun) return outcome
    throw new Error(`Importen av ${label} avbröts: ingen databasanslutning (payload) angavs.`)
  }

  const { payload } = args
  const transactionID = await payload.db.beginTransaction()
  if (!transactionID && dryRun) throw new Error(`Provkörningen av ${label} avbröts: databasen saknar transaktioner, så en provkörning skulle spara.`)
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  if (transactionID) req.transactionID = transactionID
  else warnings.push({ line: null, message: 'Databasen saknar transaktioner: ett fel under importen kan lämna en del av dokumentet sparad.' })

  const registers = args.registers ?? createImportRegisters()
  const forgetRegisters = () => Object.assign(registers, createImportRegisters())
  const writer = new DocumentWriter({ payload, req, args, outcome, registers })
  try {
    for (const meeting of result.meetings) {
      const id = await writer.writeMeeting(meeting)
      if (id) outcome.meetingIds.push(id)
    }
    outcome.meetingId = outcome.meetingIds[0]
    // Parse and write warnings in document order; those without a line last.
    outcome.warnings.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER))
    if (!dryRun) await writer.recordImport()
    if (transactionID) {
      if (dryRun) await payload.db.rollbackTransaction(transactionID)
      else await payload.db.commitTransaction(transactionID)
    }
    // People "added" by a dry run do not exist.
    if (dryRun) forgetRegisters()
    return outcome
  } catch (error) {
    // A failing Payload operation may already have rolled back (and dropped) the transaction.
    if (transactionID && req.transactionID) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    await writer.removeStoredFiles()
    forgetRegisters()
    const reason = error instanceof Error ? describeError(error) : String(error)
    throw new Error(`Importen av ${label} misslyckades och ingenting sparades: ${reason}`, { cause: error })
  }
}

function describeError(error: Error): string {
  const details = (error as Error & { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
  const fields = details?.map((detail) => `${detail.path ?? ''}: ${detail.message ?? ''}`).join('; ')
  return fields ? `${error.message} (${fields})` : error.message
}

// ---------------------------------------------------------------------------------------------------------------
// Pure helpers (exported for unit tests)
// ---------------------------------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** Whether the stored value already says what `desired` says. Keys absent from `desired` are not compared. */
export function matchesStored(desired: unknown, stored: unknown): boolean {
  if (isEmptyValue(desired)) return isEmptyValue(stored)
  if (desired === false) return stored === false || stored === null || stored === undefined
  if (Array.isArray(desired)) {
    return Array.isArray(stored) && stored.length === desired.length && desired.every((value, index) => matchesStored(value, stored[index]))
  }
  if (typeof desired === 'object') {
    if (!stored || typeof stored !== 'object') return false
    return Object.entries(desired as Record<string, unknown>).every(
      ([key, value]) => value === undefined || matchesStored(value, (stored as Record<string, unknown>)[key]),
    )
  }
  if (typeof desired === 'string') {
    // A relationship read at depth > 0.
    if (stored && typeof stored === 'object' && 'id' in stored) return (stored as { id: unknown }).id === desired
    if (typeof stored !== 'string') return false
    if (stored === desired) return true
    if (ISO_DATE.test(desired) && ISO_INSTANT.test(stored)) return stored.slice(0, 10) === desired
    if (ISO_INSTANT.test(desired) && ISO_INSTANT.test(stored)) return new Date(desired).getTime() === new Date(stored).getTime()
    return false
  }
  return desired === stored
}

/**
 * The fields of `desired` that differ from the stored record. In `fill` mode only fields that are empty in the
 * stored record are written (a kallelse imported after the minutes of the same meeting).
 */
export function changedFields(desired: Record<string, unknown>, stored: Record<string, unknown> | undefined, mode: Mode = 'overwrite'): Record<string, unknown> {
  const changes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(desired)) {
    if (value === undefined) continue
    const current = stored?.[key]
    if (mode === 'fill' && !isEmptyValue(current)) continue
    if (!matchesStored(value, current)) changes[key] = value
  }
  return changes
}

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

export type ItemTimes = { startOverride: string | null; endOverride: string | null }

/**
 * Manual start/end times for the items whose printed time differs from what the time plan gives
 * (each item starting where the previous one ended, from the meeting's start). Mirrors `computeTimePlan`:
 * an item without a duration takes no time; a printed start after a gap, e.g. after untimed items or
 * a break that is not on the agenda, becomes a start override.
 */
export function planItemTimes(
  meetingStart: string | null,
  items: readonly Pick<ParsedAgendaItem, 'start' | 'end' | 'durationMinutes'>[],
): ItemTimes[] {
  let cursor: number | null = meetingStart ? toMinutes(meetingStart) : null
  return items.map((item) => {
    const duration = item.durationMinutes && item.durationMinutes > 0 ? item.durationMinutes : 0
    let startOverride: string | null = null
    let start = cursor
    if (item.start) {
      start = toMinutes(item.start)
      if (cursor === null || start !== cursor) startOverride = item.start
    }
    let finish: number | null = duration && start !== null ? start + duration : null
    let endOverride: string | null = null
    if (item.end && (finish === null || toMinutes(item.end) !== finish)) {
      endOverride = item.end
      finish = toMinutes(item.end)
    }
    if (finish === null) {
      if (startOverride) cursor = start
    } else cursor = finish
    return { startOverride, endOverride }
  })
}

/** "Information inför ställningstagande 1 september" → "inför ställningstagande 1 september"; nothing left → null. */
export function handlingNoteOf(item: Pick<ParsedAgendaItem, 'handlingText' | 'scheduleText'>): string | null {
  if (!item.handlingText) return null
  let text = item.handlingText
  if (item.scheduleText) text = text.replace(`(${item.scheduleText})`, '')
  text = text
    .replace(/\([^)]*minut[^)]*\)/giu, '')
    .replace(/^(?:(?:information|dialog|ställningstagande|beslut|och|samt|&|,|\/)\s*)+/iu, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text || null
}

/** The proposal of a kallelse, lead line and numbered points, as one text. */
export function proposalText(item: Pick<ParsedAgendaItem, 'proposedPosition' | 'decisions'>): string | null {
  const lead = item.proposedPosition?.trim() || null
  const points = item.decisions
  if (points.length === 0) return lead
  if (points.length === 1 && (!lead || points[0]!.text === lead)) return points[0]!.text
  return [lead, ...points.map((point) => `${point.number}. ${point.text}`)].filter(Boolean).join('\n')
}

/** "Uppdrag i korthet": the task without its deadline, capitalised, at most about 90 characters. */
export function assignmentTitle(assignment: Pick<ParsedAssignment, 'text' | 'dueText'>): string {
  let text = assignment.text.trim()
  // The deadline is shown beside the title: take it out wherever the sentence has it, first or last.
  const at = assignment.dueText ? text.toLowerCase().indexOf(assignment.dueText.toLowerCase()) : -1
  if (at >= 0) {
    const before = text.slice(0, at).replace(/[\s–—,-]+$/u, '')
    const after = text.slice(at + assignment.dueText!.length).replace(/^[\s–—,-]+/u, '')
    text = [before, after].filter(Boolean).join(' ')
  }
  text = text.replace(/[.\s]+$/u, '')
  if (text.length > 90) {
    const cut = text.slice(0, 90)
    text = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[\s,–-]+$/u, '')}…`
  }
  return text ? text[0]!.toLocaleUpperCase('sv') + text.slice(1) : 'Uppdrag'
}

function tableText(table: ParsedAgendaItem['tables'][number]): string {
  return [table.title, ...table.rows.map((row) => row.join(' | '))].filter(Boolean).join('\n')
}

function joinText(parts: (string | null | undefined)[]): string | null {
  const text = parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n\n')
  return text || null
}

/** The first line of the text that names `name` (preferring lines that match `prefer`), for warnings. */
function lineMentioning(foldedLines: readonly string[], name: string, prefer?: RegExp, fromLine = 1): number | null {
  const folded = foldName(name)
  let first: number | null = null
  for (const [index, line] of foldedLines.entries()) {
    if (index + 1 < fromLine || !line.includes(folded)) continue
    if (!prefer || prefer.test(line)) return index + 1
    first ??= index + 1
  }
  return first
}

// ---------------------------------------------------------------------------------------------------------------
// The writer: one document, one transaction
// ---------------------------------------------------------------------------------------------------------------

type PersonHint = { kind?: 'politiker' | 'tjansteperson' | 'extern'; party?: string | null; title?: string | null; organisation?: string | null }

class DocumentWriter {
  private readonly payload: Payload
  private readonly req: PayloadRequest
  private readonly args: ImportDocumentArgs
  private readonly outcome: ImportOutcome
  private readonly lines: string[]
  private readonly registers: ImportRegisters
  private readonly warned = new Set<string>()
  private readonly storedFiles: string[] = []
  private itemsWritten = 0

  constructor({ payload, req, args, outcome, registers }: { payload: Payload; req: PayloadRequest; args: ImportDocumentArgs; outcome: ImportOutcome; registers: ImportRegisters }) {
    this.registers = registers
    this.payload = payload
    this.req = req
    this.args = args
    this.outcome = outcome
    // Folded once, for finding the line of a name (lines as the parser counts them: one per line of the text).
    this.lines = args.text.split(/\r?\n/).map(foldName)
  }

  private warn(line: number | null, message: string, key = `${line}:${message}`): void {
    if (this.warned.has(key)) return
    this.warned.add(key)
    this.outcome.warnings.push({ line, message })
  }

  private async findAll(collection: CollectionSlug, where: Where, extra: { trash?: boolean; sort?: string; select?: Record<string, true> } = {}): Promise<Doc[]> {
    const { docs } = await this.payload.find({
      collection,
      where,
      depth: 0,
      pagination: false,
      draft: true,
      joins: false as never,
      overrideAccess: true,
      req: this.req,
      ...extra,
      select: extra.select as never,
    })
    return docs as unknown as Doc[]
  }

  private async create(collection: CountedCollection, data: Record<string, unknown>, file?: SourceFile): Promise<Doc> {
    const doc = await this.payload.create({
      collection,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req: this.req,
      ...(file ? { file: { ...file, size: file.data.length } } : {}),
    })
    this.outcome.created[collection] += 1
    return doc as unknown as Doc
  }

  /** Writes the fields that differ; returns whether anything was written. */
  private async update(collection: CountedCollection, stored: Doc, desired: Record<string, unknown>, mode: Mode = 'overwrite'): Promise<boolean> {
    const changes = changedFields(desired, stored, mode)
    if (Object.keys(changes).length === 0) return false
    await this.payload.update({ collection, id: stored.id, data: changes as never, depth: 0, overrideAccess: true, req: this.req })
    this.outcome.updated[collection] += 1
    return true
  }

  /**
   * Notes the import, with its warnings and what it changed, as one staff-only import run linked to the meetings it
   * touched, so that what could not be read stays on record. An import that changed nothing notes nothing:
   * re-importing stays a no-op.
   */
  async recordImport(): Promise<void> {
    const changed = COUNTED_COLLECTIONS.some((collection) => this.outcome.created[collection] + this.outcome.updated[collection] > 0)
    if (!changed) return
    const warnings = this.outcome.warnings.map((warning) => `${warning.line ? `rad ${warning.line}: ` : ''}${warning.message}`).join('\n')
    await this.payload.create({
      collection: 'import-runs',
      data: {
        importedAt: new Date().toISOString(),
        fileName: documentLabel(this.args),
        stage: this.outcome.result.meetings[0]?.stage,
        meetings: this.outcome.meetingIds,
        changes: `Skapade: ${describeCounts(this.outcome.created)}. Uppdaterade: ${describeCounts(this.outcome.updated)}.`,
        warnings: warnings || 'Inga varningar.',
        // The text the warnings' line numbers count in; for a .md or .txt source it is the only copy kept.
        sourceText: this.args.text,
        importedBy: this.args.importedBy,
      },
      depth: 0,
      overrideAccess: true,
      req: this.req,
    })
  }

  async removeStoredFiles(): Promise<void> {
    await Promise.all(this.storedFiles.map((file) => fs.rm(file, { force: true }).catch(() => undefined)))
  }

  // ---- registers --------------------------------------------------------------------------------------------

  private confirmedAlias(name: string): string | undefined {
    const confirmed = this.args.confirmedAliases
    if (!confirmed) return undefined
    const folded = foldName(name)
    return Object.entries(confirmed).find(([spelling]) => foldName(spelling) === folded)?.[1]
  }

  private get people(): NameIndex | null {
    return this.registers.people
  }

  private get organisations(): NameIndex | null {
    return this.registers.organisations
  }

  private async loadRegisters(): Promise<void> {
    if (this.registers.people && this.registers.organisations) return
    const [people, organisations] = await Promise.all([
      this.findAll('people', {}, { select: { name: true, aliases: true } }),
      this.findAll('organisations', {}, { select: { name: true, shortName: true, aliases: true } }),
    ])
    const aliasesOf = (doc: Doc) => ((doc.aliases as { alias?: string | null }[] | null | undefined) ?? []).map((row) => row.alias ?? '').filter(Boolean)
    this.registers.people = createNameIndex(people.map((doc): RegisterEntry => ({ id: doc.id, name: String(doc.name ?? ''), aliases: aliasesOf(doc) })))
    this.registers.organisations = createNameIndex(
      organisations.map((doc): RegisterEntry => ({
        id: doc.id,
        name: String(doc.name ?? ''),
        aliases: [...aliasesOf(doc), ...(doc.shortName ? [String(doc.shortName)] : [])],
      })),
    )
  }

  /** An organisation of the register, or null (with a warning) when the name is unknown or ambiguous. */
  private organisationId(name: string | null | undefined, line: number | null): string | null {
    if (!name?.trim() || !this.organisations) return null
    const found = resolveInIndex(this.organisations, name)
    if ('id' in found) return found.id
    const message =
      'ambiguous' in found
        ? `Organisationen "${name}" passar flera poster i organisationsregistret; ingen koppling gjordes.`
        : `Organisationen "${name}" finns inte i organisationsregistret; lägg till den eller stavningen som alias.`
    this.warn(line, message, `organisation:${foldName(name)}`)
    return null
  }

  /**
   * A person of the register. Unknown names are added (when `create`), with a warning; ambiguous names give a
   * warning and null, and the caller keeps the name as text.
   */
  private async personId(name: string, line: number | null, hint: PersonHint, create: boolean): Promise<{ id: string } | { ambiguous: true } | null> {
    if (!this.people || !name.trim()) return null
    const found = resolveInIndex(this.people, name)
    if ('id' in found) return found
    if ('ambiguous' in found) {
      this.warn(line, `Namnet "${name}" passar flera personer i personregistret; ingen koppling gjordes och namnet står kvar som text.`, `ambiguous:${foldName(name)}`)
      return { ambiguous: true }
    }
    const confirmed = this.confirmedAlias(name)
    if (confirmed) {
      const [person] = await this.findAll('people', { id: { equals: confirmed } }, { select: { name: true, aliases: true } })
      if (person) {
        const aliases = ((person.aliases as { alias?: string | null }[] | null | undefined) ?? []).map((row) => ({ alias: row.alias }))
        await this.update('people', person, { aliases: [...aliases, { alias: normaliseName(name) }] })
        addToIndex(this.people, { id: person.id, name: String(person.name ?? ''), aliases: [normaliseName(name)] })
        this.warn(line, `Stavningen "${name}" har lagts till som alias för ${String(person.name ?? '')}.`)
        return { id: person.id }
      }
      this.warn(line, `Den bekräftade personen för "${name}" finns inte längre i registret; namnet behandlas som nytt.`)
    }
    if (!create) return null
    const candidates = similarEntries(this.people, name)
    if (candidates.length && !this.outcome.nameSuggestions.some((suggestion) => foldName(suggestion.name) === foldName(name))) {
      this.outcome.nameSuggestions.push({ name: normaliseName(name), line, candidates })
    }
    const kind = hint.kind ?? 'tjansteperson'
    const organisation = this.organisationId(hint.organisation, line)
    const person = await this.create('people', {
      name: name.trim(),
      kind,
      party: hint.party && PARTIES.has(hint.party) ? hint.party : undefined,
      title: hint.title ?? undefined,
      organisation: organisation ?? undefined,
    })
    addToIndex(this.people, { id: person.id, name: name.trim(), aliases: [] })
    const kindLabel = kind === 'politiker' ? 'politiker' : kind === 'extern' ? 'extern' : 'tjänsteperson'
    const similar = candidates.length ? ` Liknar ${candidates.map((candidate) => candidate.name).join(' eller ')}: är det samma person, välj det vid importen så sparas stavningen som alias.` : ''
    this.warn(line, `${name} fanns inte i personregistret och har lagts till som ${kindLabel}; kontrollera stavningen eller lägg till den som alias.${similar}`)
    return { id: person.id }
  }

  // ---- one meeting -------------------------------------------------------------------------------------------

  async writeMeeting(parsed: ParsedMeeting): Promise<string | undefined> {
    await this.loadRegisters()
    const roster = new Map<string, RosterEntry>(parsed.roster.map((entry) => [foldName(entry.name), entry]))
    const hintFor = (name: string, extra: PersonHint = {}): PersonHint => {
      const entry = roster.get(foldName(name))
      if (!entry) return extra
      const isPolitician = POLITICIAN_GROUPS.includes(entry.group) || Boolean(entry.party)
      return { kind: isPolitician ? 'politiker' : 'tjansteperson', party: entry.party, title: entry.roleTitle, organisation: entry.organisation }
    }

    // The member list: people and, for those without one, a membership.
    const rosterPeople: { entry: RosterEntry; index: number; id: string }[] = []
    for (const [index, entry] of parsed.roster.entries()) {
      const person = await this.personId(entry.name, entry.line, hintFor(entry.name), true)
      if (person && 'id' in person) rosterPeople.push({ entry, index, id: person.id })
    }
    await this.writeMemberships(rosterPeople)

    // Attendance.
    const attendance: Record<string, unknown>[] = []
    for (const entry of parsed.attendance) {
      const line = lineMentioning(this.lines, entry.name, /frånvar|förhinder|närvar|ersätt|länk|distans/u)
      const person = await this.personId(entry.name, line, hintFor(entry.name), true)
      if (!person || !('id' in person)) continue
      const substitute = entry.substitute ? await this.personId(entry.substitute, line, hintFor(entry.substitute), true) : null
      attendance.push({
        person: person.id,
        status: entry.status,
        substitute: substitute && 'id' in substitute ? substitute.id : undefined,
        note: entry.note ?? (entry.substitute && !(substitute && 'id' in substitute) ? `Ersätts av ${entry.substitute}` : undefined),
      })
    }

    // Signatories (chair and vice chair).
    const signatories: Record<string, unknown>[] = []
    for (const signatory of parsed.signatories) {
      if (!signatory.role) {
        this.warn(signatory.line, `Undertecknaren ${signatory.name} har ingen roll (ordförande/vice ordförande) och har hoppats över.`)
        continue
      }
      const person = await this.personId(signatory.name, signatory.line, hintFor(signatory.name, { kind: 'politiker' }), true)
      if (person && 'id' in person) signatories.push({ person: person.id, role: signatory.role })
    }

    // Presenters, before the invited guests so that a guest who presents is linked to the same person.
    const presenters = new Map<ParsedAgendaItem, { ids: string[]; unresolved: string[] }>()
    for (const item of parsed.agendaItems) {
      const ids: string[] = []
      const unresolved: string[] = []
      for (const name of item.presenters) {
        const detail = item.presenterDetails.find((candidate) => candidate.name === name)
        const fromTitle: PersonHint = {
          kind: detail?.title && /ordförande|ledamot|nämnd|styrelse/iu.test(detail.title) ? 'politiker' : undefined,
          title: detail?.title ?? null,
          organisation: detail?.organisation ?? null,
        }
        const hint = roster.has(foldName(name)) ? hintFor(name) : fromTitle
        const line = lineMentioning(this.lines, name, /föredragande/u, item.line) ?? item.line
        const person = await this.personId(name, line, hint, true)
        if (person && 'id' in person) {
          if (!ids.includes(person.id)) ids.push(person.id)
        } else unresolved.push(name)
      }
      presenters.set(item, { ids, unresolved })
    }

    // Invited guests: linked to the register when known, otherwise kept as text ("en representant från …").
    const invitedGuests: Record<string, unknown>[] = []
    for (const guest of parsed.invitedGuests) {
      const line = lineMentioning(this.lines, guest.name, /inbjudna/u)
      const person = await this.personId(guest.name, line, {}, false)
      const organisation = this.organisationId(guest.organisation, line)
      invitedGuests.push(
        person && 'id' in person ? { person: person.id, organisation: organisation ?? undefined } : { name: guest.name, organisation: organisation ?? undefined },
      )
    }

    const source = await this.sourceDocument(parsed)
    const meeting = await this.writeMeetingRecord(parsed, { attendance, signatories, invitedGuests, sourceDocumentId: source })
    if (!meeting) return undefined
    const items = await this.writeAgendaItems(parsed, meeting, presenters)
    if (parsed.stage === 'minutes' && meeting.mode === 'overwrite') {
      const decisions = await this.writeDecisions(parsed, meeting, items)
      await this.writeAssignments(parsed, meeting, items, decisions)
    }
    return meeting.isNew && this.args.dryRun ? undefined : meeting.id
  }

  private async writeMemberships(rosterPeople: { entry: RosterEntry; index: number; id: string }[]): Promise<void> {
    if (rosterPeople.length === 0) return
    const existing = await this.findAll('memberships', { and: [{ person: { in: rosterPeople.map((row) => row.id) } }, { body: { equals: 'SRO' } }] }, { trash: true })
    const withMembership = new Set(existing.map((doc) => String(doc.person)))
    for (const { entry, index, id } of rosterPeople) {
      if (withMembership.has(id)) continue
      if (!entry.side || !entry.group) {
        this.warn(entry.line, `${entry.name} står i deltagarlistan utan part eller grupp; inget uppdrag i SRO har lagts upp.`)
        continue
      }
      await this.create('memberships', {
        person: id,
        body: 'SRO',
        side: entry.side,
        group: entry.group,
        role: entry.role ?? 'ledamot',
        roleTitle: entry.roleTitle ?? undefined,
        organisation: this.organisationId(entry.organisation, entry.line) ?? undefined,
        sortOrder: index + 1,
      })
      withMembership.add(id)
    }
  }

  /** The uploaded source file, found again by its SHA-256. */
  private async sourceDocument(parsed: ParsedMeeting): Promise<string | undefined> {
    const file = this.args.sourceFile
    if (!file) return undefined
    if (!(ALLOWED_MIME_TYPES as readonly string[]).includes(file.mimetype)) {
      this.warn(null, `Källdokumentet ${file.name} laddas inte upp: filtypen ${file.mimetype} tas inte emot av dokumentarkivet.`)
      return undefined
    }
    const sha256 = createHash('sha256').update(file.data).digest('hex')
    const [found] = await this.findAll('attachments', { sha256: { equals: sha256 } }, { sort: 'createdAt' })
    if (found) return found.id
    if (this.args.dryRun) {
      this.outcome.created.attachments += 1
      return undefined
    }
    const attachment = await this.create(
      'attachments',
      {
        title: `${parsed.title} ${parsed.date}`,
        category: SOURCE_CATEGORY[parsed.stage],
        documentDate: parsed.date,
        // Released with the meeting's stage (see syncAttachmentRelease), like every other document.
        isPublic: true,
      },
      file,
    )
    delete this.req.file
    const staticDir = this.payload.collections.attachments?.config.upload?.staticDir
    if (staticDir && attachment.filename) this.storedFiles.push(path.resolve(staticDir, String(attachment.filename)))
    return attachment.id
  }

  private async writeMeetingRecord(
    parsed: ParsedMeeting,
    parts: { attendance: Record<string, unknown>[]; signatories: Record<string, unknown>[]; invitedGuests: Record<string, unknown>[]; sourceDocumentId?: string },
  ): Promise<{ id: string; isNew: boolean; mode: Mode; start: string } | null> {
    const day = stockholmDayRange(parsed.date)
    const matches = await this.findAll(
      'meetings',
      { and: [{ body: { equals: 'SRO' } }, { kind: { equals: parsed.kind } }, { startsAt: { greater_than_equal: day.start } }, { startsAt: { less_than: day.end } }] },
      { sort: 'createdAt' },
    )
    const stored = matches[0]
    if (matches.length > 1) this.warn(1, `Det finns ${matches.length} möten av samma typ den ${parsed.date}; dokumentet har lagts på det först skapade (${String(stored?.slug ?? '')}).`)
    const publication = (stored?.publication ?? {}) as { isNoticePublished?: boolean | null; isMinutesPublished?: boolean | null }
    const mode: Mode = parsed.stage === 'notice' && publication.isMinutesPublished ? 'fill' : 'overwrite'
    if (mode === 'fill') {
      this.warn(1, `Mötet ${parsed.date} har redan en publicerad mötesanteckning; kallelsen fyller bara i uppgifter som saknas.`)
    }

    let start = parsed.start
    if (!start) {
      if (stored?.startsAt) start = stockholmTime(String(stored.startsAt))
      else {
        start = '00:00'
        this.warn(1, 'Dokumentet anger ingen starttid; mötet har fått klockslaget 00:00. Rätta tiden i administrationen.')
      }
    }
    const startsAt = stockholmInstant({ date: parsed.date, time: start }).toISOString()
    let endsAt: string | undefined
    if (parsed.end) {
      const end = stockholmInstant({ date: parsed.date, time: parsed.end }).toISOString()
      if (end > startsAt) endsAt = end
      else this.warn(1, `Sluttiden ${parsed.end} är inte efter starttiden ${start}; sluttiden har inte sparats.`)
    }
    const state = parsed.cancelled ? 'cancelled' : parsed.stage === 'minutes' ? 'held' : stored ? undefined : 'planned'
    const unparsedText = parsed.unparsed.map((row) => row.text).join('\n') || undefined

    const desired: Record<string, unknown> = {
      body: 'SRO',
      kind: parsed.kind,
      state,
      startsAt: parsed.start || !stored ? startsAt : undefined,
      startsAt_tz: 'Europe/Stockholm',
      endsAt,
      endsAt_tz: endsAt ? 'Europe/Stockholm' : undefined,
      location: parsed.location ?? undefined,
      form: parsed.form ?? undefined,
      invitedGuests: parts.invitedGuests.length ? parts.invitedGuests : undefined,
      signatories: parts.signatories.length ? parts.signatories : undefined,
      attendance: parts.attendance.length ? parts.attendance : undefined,
      [parsed.stage === 'notice' ? 'noticeNotes' : 'minutesNotes']: unparsedText,
      sourceDocument: parts.sourceDocumentId,
    }

    // A new meeting is published as the document was. Once a meeting exists, staff decide what is public: the import
    // only brings out a stage the document delivers for the first time, on a meeting that is public.
    if (!stored) Object.assign(desired, { publication: { isNoticePublished: true, isMinutesPublished: parsed.stage === 'minutes' }, _status: 'published' })
    else {
      const next = await this.stagesToPublish(stored.id, parsed)
      if (next) desired.publication = next
    }

    if (!stored) {
      const created = await this.create('meetings', desired)
      return { id: created.id, isNew: true, mode, start }
    }
    await this.update('meetings', stored, desired, mode)
    const effectiveStart = mode === 'overwrite' && desired.startsAt ? start : stockholmTime(String(stored.startsAt))
    return { id: stored.id, isNew: false, mode, start: effectiveStart }
  }

  /**
   * The publication an existing meeting gets from this document, or nothing to change. A stage is published when the
   * document is its first import and the meeting is public (published, and for the minutes with a public kallelse);
   * otherwise the stage stays as staff left it — withdrawn, or a meeting made a draft again — and a warning says so.
   */
  private async stagesToPublish(meetingId: string, parsed: ParsedMeeting): Promise<{ isNoticePublished: boolean; isMinutesPublished: boolean } | null> {
    const { docs } = await this.payload.find({
      collection: 'meetings',
      where: { id: { equals: meetingId } },
      select: { _status: true, publication: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req: this.req,
    })
    const live = docs[0]
    const notice = Boolean(live?.publication?.isNoticePublished)
    const minutes = Boolean(live?.publication?.isMinutesPublished)
    const isStageOut = parsed.stage === 'notice' ? notice : minutes
    if (isStageOut) return null
    const label = parsed.stage === 'notice' ? 'Kallelsen' : 'Mötesanteckningen'
    const keep = (why: string) => {
      this.warn(1, `${label} har importerats men inte publicerats: ${why} Publicera i administrationen när den ska ut.`)
      return null
    }
    if (live?._status !== 'published') return keep('mötet är inte publicerat.')
    if (parsed.stage === 'minutes' && !notice) return keep('kallelsen till mötet är inte publicerad.')
    const { totalDocs } = await this.payload.count({
      collection: 'import-runs',
      where: { and: [{ meetings: { contains: meetingId } }, { stage: { equals: parsed.stage } }] },
      overrideAccess: true,
      req: this.req,
    })
    if (totalDocs > 0) return keep('den har importerats förut och avpublicerats sedan.')
    return { isNoticePublished: true, isMinutesPublished: parsed.stage === 'minutes' || minutes }
  }

  private async writeAgendaItems(
    parsed: ParsedMeeting,
    meeting: { id: string; isNew: boolean; mode: Mode; start: string },
    presenters: Map<ParsedAgendaItem, { ids: string[]; unresolved: string[] }>,
  ): Promise<Map<ParsedAgendaItem, string>> {
    // Only the compared fields: skips the virtual time slot, which computes the whole time plan.
    const stored = meeting.isNew ? [] : await this.findAll('agenda-items', { meeting: { equals: meeting.id } }, { trash: true, sort: 'order', select: ITEM_FIELDS })
    const storedById = new Map(stored.map((doc) => [doc.id, doc]))
    const keyOfStored = (doc: Doc) => {
      const parent = doc.parent ? storedById.get(String(doc.parent)) : undefined
      return `${parent ? String(parent.number) : ''}/${String(doc.number)}`
    }
    const storedByKey = new Map<string, Doc>()
    for (const doc of stored) if (!storedByKey.has(keyOfStored(doc))) storedByKey.set(keyOfStored(doc), doc)

    const documentTitles = [...new Set(parsed.agendaItems.flatMap((item) => item.documents))]
    const attachmentsByTitle = await this.attachmentsByTitle(documentTitles)
    const times = planItemTimes(meeting.start, parsed.agendaItems)
    const ids = new Map<ParsedAgendaItem, string>()
    const numberOf = new Map<ParsedAgendaItem, string>()
    const parentIds = new Map<string, string>()
    const usedKeys = new Set<string>()
    let pauses = 0

    for (const [index, item] of parsed.agendaItems.entries()) {
      let number = item.number ?? (++pauses === 1 ? 'paus' : `paus-${pauses}`)
      let key = `${item.parent ?? ''}/${number}`
      if (usedKeys.has(key)) {
        let n = 2
        while (usedKeys.has(`${item.parent ?? ''}/${number}-${n}`)) n += 1
        this.warn(item.line, `Punkt ${item.parent ?? ''}${number} förekommer flera gånger i dokumentet; den här har sparats som ${number}-${n}.`)
        number = `${number}-${n}`
        key = `${item.parent ?? ''}/${number}`
      }
      usedKeys.add(key)
      numberOf.set(item, number)

      const parentId = item.parent ? parentIds.get(item.parent) : undefined
      if (item.parent && !parentId) this.warn(item.line, `Underpunkt ${number} hör till punkt ${item.parent}, som saknas; den har sparats som huvudpunkt.`)
      const existing = storedByKey.get(key)
      storedByKey.delete(key)

      if (existing?.deletedAt) {
        // Deleted by an editor: left alone, and so are its decisions.
        this.warn(item.line, `Punkt ${item.parent ?? ''}${number} ligger i papperskorgen och har inte ändrats.`)
        if (!item.parent) parentIds.set(number, existing.id)
        continue
      }
      if (!existing && meeting.mode === 'fill') {
        this.warn(item.line, `Punkt ${item.parent ?? ''}${number} finns i kallelsen men inte i den redan importerade mötesanteckningen; den har inte lagts till.`)
        continue
      }

      const { ids: presenterIds, unresolved } = presenters.get(item) ?? { ids: [], unresolved: [] }
      const linked = item.documents.map((title) => attachmentsByTitle.get(title))
      const missing = item.documents.filter((_, i) => !linked[i])
      if (missing.length) {
        this.warn(item.line, `Punkt ${item.parent ?? ''}${number}: ${missing.length === 1 ? 'dokumentet' : `${missing.length} dokument`} ${missing.map((title) => `"${title}"`).join(', ')} finns inte i dokumentarkivet; ladda upp och koppla ${missing.length === 1 ? 'det' : 'dem'}.`)
      }
      const storedAttachments = ((existing?.attachments as string[] | null | undefined) ?? []).map(String)
      const attachments = [...new Set([...storedAttachments, ...linked.filter((id): id is string => Boolean(id))])]
      const links = item.links.filter((link) => {
        if (HTTP_URL.test(link.url)) return true
        this.warn(item.line, `Länken "${link.title}" (${link.url}) har ingen giltig webbadress och har inte sparats.`)
        return false
      })
      const tables = item.tables.map(tableText)
      const topics = item.topics.map((topic) => `- ${topic}`).join('\n')
      const isNotice = parsed.stage === 'notice'
      const singleDecision = item.decisions.length === 1 ? item.decisions[0]!.text : null

      const desired: Record<string, unknown> = {
        meeting: meeting.id,
        number,
        order: (index + 1) * 10,
        parent: parentId,
        title: item.title || (item.isPause ? 'Paus' : `Punkt ${number}`),
        handling: item.handling.length ? item.handling : undefined,
        handlingNote: handlingNoteOf(item) ?? undefined,
        isPause: item.isPause,
        durationMinutes: item.durationMinutes ?? undefined,
        // Null clears an override that an earlier import (e.g. the kallelse) needed and this document does not.
        startOverride: times[index]?.startOverride ?? null,
        endOverride: times[index]?.endOverride ?? null,
        presenters: presenterIds.length ? presenterIds : undefined,
        presenterNote: [item.presenterNote, ...unresolved].filter(Boolean).join(', ') || undefined,
        attachments: attachments.length ? attachments : undefined,
        links: links.length ? links.map((link) => ({ label: link.title, url: link.url })) : undefined,
        proposedPosition: (isNotice ? proposalText(item) : item.proposedPosition) ?? undefined,
        description: joinText([topics, ...(isNotice ? [item.notes, ...tables] : [])]) ?? undefined,
        // Published and public as the document was; an item staff have since hidden or unpublished stays so.
        isPublic: existing ? undefined : true,
        _status: existing ? undefined : 'published',
      }
      if (existing && (existing.isPublic === false || existing._status !== 'published')) {
        this.warn(item.line, `Punkt ${item.parent ?? ''}${number} är dold eller opublicerad i arkivet och har lämnats så.`)
      }
      if (!isNotice) {
        Object.assign(desired, {
          positionTaken: item.positionTaken && item.positionTaken !== singleDecision ? item.positionTaken : undefined,
          notes: joinText([item.notes, ...tables]) ?? undefined,
          dialogue: item.dialogue.length ? item.dialogue.map((entry) => ({ kind: entry.kind, text: entry.text })) : undefined,
        })
      }

      let id: string
      if (existing) {
        await this.update('agenda-items', existing, desired, meeting.mode)
        id = existing.id
      } else id = (await this.create('agenda-items', desired)).id
      ids.set(item, id)
      if (!item.parent && item.number) parentIds.set(item.number, id)

      this.itemsWritten += 1
      if (this.args.failAfterItems !== undefined && this.itemsWritten >= this.args.failAfterItems) {
        throw new Error(`testfel efter ${this.itemsWritten} dagordningspunkter (failAfterItems, endast för tester).`)
      }
    }

    for (const [key, doc] of storedByKey) {
      if (doc.deletedAt) continue
      const [parent, number] = key.split('/')
      this.warn(null, `Punkt ${parent ?? ''}${number ?? ''} (${String(doc.title ?? '')}) finns i arkivet men inte i dokumentet; den har lämnats orörd.`)
    }
    return ids
  }

  /** Attachments already in the archive, by title (with or without the file extension the document shows). */
  private async attachmentsByTitle(titles: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    if (titles.length === 0) return found
    const bare = (title: string) => title.replace(/\.(pdf|docx?|xlsx?|pptx?)$/iu, '').trim()
    const candidates = [...new Set(titles.flatMap((title) => [title, bare(title)]))]
    const docs = await this.findAll('attachments', { title: { in: candidates } }, { sort: 'createdAt' })
    for (const title of titles) {
      const match = docs.find((doc) => doc.title === title) ?? docs.find((doc) => doc.title === bare(title))
      if (match) found.set(title, match.id)
    }
    return found
  }

  private async writeDecisions(parsed: ParsedMeeting, meeting: { id: string; isNew: boolean }, items: Map<ParsedAgendaItem, string>): Promise<Map<string, string[]>> {
    const stored = meeting.isNew ? [] : await this.findAll('decisions', { meeting: { equals: meeting.id } }, { trash: true })
    const storedByKey = new Map(stored.map((doc) => [`${String(doc.agendaItem)}#${String(doc.number)}`, doc]))
    /** Decision ids per agenda item id, by number order. */
    const byItem = new Map<string, string[]>()
    for (const item of parsed.agendaItems) {
      const itemId = items.get(item)
      if (!itemId) continue
      const ids: string[] = []
      for (const decision of item.decisions) {
        const existing = storedByKey.get(`${itemId}#${decision.number}`)
        const desired = { agendaItem: itemId, number: decision.number, kind: decision.kind ?? 'noterar_informationen', text: decision.text }
        if (existing) {
          if (!existing.deletedAt) await this.update('decisions', existing, desired)
          ids[decision.number] = existing.id
        } else ids[decision.number] = (await this.create('decisions', desired)).id
      }
      byItem.set(itemId, ids)
    }
    return byItem
  }

  private async writeAssignments(
    parsed: ParsedMeeting,
    meeting: { id: string; isNew: boolean },
    items: Map<ParsedAgendaItem, string>,
    decisions: Map<string, string[]>,
  ): Promise<void> {
    if (parsed.assignments.length === 0) return
    const stored = meeting.isNew ? [] : await this.findAll('assignments', { meeting: { equals: meeting.id } }, { trash: true, sort: 'createdAt' })
    const storedByDecision = new Map<string, Doc[]>()
    for (const doc of stored) storedByDecision.set(String(doc.decision), [...(storedByDecision.get(String(doc.decision)) ?? []), doc])
    const seen = new Map<string, number>()

    for (const assignment of parsed.assignments) {
      const item = parsed.agendaItems.find((candidate) => !candidate.parent && candidate.number === assignment.itemNumber)
      const itemId = item ? items.get(item) : undefined
      const numbers = item?.decisions ?? []
      const number =
        assignment.decisionNumber ??
        numbers.find((decision) => decision.text.includes(assignment.text))?.number ??
        (numbers.length === 1 ? numbers[0]!.number : null)
      const decisionId = itemId && number ? decisions.get(itemId)?.[number] : undefined
      if (!decisionId) {
        this.warn(assignment.line, `Uppdraget under punkt ${assignment.itemNumber} kunde inte knytas till ett beslut och har inte sparats.`)
        continue
      }
      const position = seen.get(decisionId) ?? 0
      seen.set(decisionId, position + 1)
      const existing = storedByDecision.get(decisionId)?.[position]
      const desired: Record<string, unknown> = {
        title: assignmentTitle(assignment),
        description: assignment.text,
        decision: decisionId,
        assigneeText: assignment.assignees || undefined,
        due: await this.dueOf(assignment),
      }
      if (existing) {
        if (!existing.deletedAt) await this.update('assignments', existing, desired)
      } else await this.create('assignments', { ...desired, status: 'open' })
    }
  }

  private async dueOf(assignment: ParsedAssignment): Promise<Record<string, unknown>> {
    const due = assignment.due
    const dueText = assignment.dueText ?? undefined
    switch (due.kind) {
      case 'date':
        return { kind: 'date', date: due.date, dueText }
      case 'month':
        return { kind: 'month', month: due.month, dueText }
      case 'meeting': {
        // "till nästa möte" without a day: the loop sets the day once the next meeting is planned.
        if (!due.date) return { kind: 'next_meeting', dueText }
        const day = stockholmDayRange(due.date)
        const meetings = await this.findAll('meetings', { and: [{ startsAt: { greater_than_equal: day.start } }, { startsAt: { less_than: day.end } }] }, { sort: 'createdAt' })
        const target = meetings.find((doc) => doc.kind === 'ordinarie') ?? meetings[0]
        // Without the meeting in the archive the date is still kept, so the status can be derived.
        return { kind: 'meeting', meeting: target?.id, meetingDate: due.date, dueText }
      }
      default:
        return { kind: 'none', dueText }
    }
  }
}
