/**
 * Staff's corrections in the import preview, applied to the parse result before anything is written: item boundaries
 * and titles (merge an item into another, split one at a paragraph of its text, renumber, retitle), each item's
 * decisions, and the list of those called. Person matches travel as the import's confirmed aliases.
 *
 * Nothing the document said is lost by a correction: every parsed item must appear in the corrected list, whole or
 * merged into another, and a split only moves paragraphs to the new item. A correction that breaks this, or does not
 * fit the schema, is refused with a Swedish message and nothing is written.
 */
import { z } from 'zod'

import { emptyItemContent } from './agenda/state'
import { decisionKind, extractAssignments } from './assignments'
import {
  GroupSchema,
  RoleSchema,
  SideSchema,
  type ParseResult,
  type ParsedAgendaItem,
  type ParsedMeeting,
  type RosterEntry,
} from './schema'

/** The largest correction accepted, as JSON: far above a real meeting (200 items, 300 people). */
export const MAX_CORRECTION_BYTES = 256 * 1024

const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} får inte vara tom.`).max(max, `${what} får vara högst ${max} tecken.`)
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} får vara högst ${max} tecken.`)
    .nullable()
    .transform((value) => value || null)

const ItemCorrectionSchema = z
  .object({
    /** Indexes of parsed items that make up this item, in order: one, or several merged; none for a split. */
    sources: z.array(z.number().int().min(0).max(999)).max(50),
    /** A split: this item is the text of `source` from paragraph `paragraph` on. */
    splitFrom: z
      .object({ source: z.number().int().min(0).max(999), paragraph: z.number().int().min(1).max(999) })
      .strict()
      .optional(),
    number: optionalText(10, 'Punktens nummer'),
    parent: optionalText(10, 'Huvudpunktens nummer'),
    title: text(300, 'Rubriken'),
    decisions: z.array(text(4000, 'Ett beslut')).max(50, 'En punkt får ha högst 50 beslut.'),
  })
  .strict()

const CalledCorrectionSchema = z
  .object({
    name: text(120, 'Namnet'),
    party: optionalText(5, 'Partiet'),
    organisation: optionalText(200, 'Organisationen'),
    title: optionalText(200, 'Titeln'),
    side: SideSchema,
    group: GroupSchema,
    role: RoleSchema.nullable(),
  })
  .strict()

export const CorrectionsSchema = z
  .object({
    items: z.array(ItemCorrectionSchema).max(200, 'Högst 200 punkter.').optional(),
    called: z.array(CalledCorrectionSchema).max(300, 'Högst 300 kallade.').optional(),
  })
  .strict()

export type Corrections = z.infer<typeof CorrectionsSchema>

const FIELD_NAMES: Record<string, string> = {
  side: 'part (VGK eller VGR)',
  group: 'grupp',
  role: 'roll',
  sources: 'punkter',
  splitFrom: 'delning',
  decisions: 'beslut',
  name: 'namn',
  title: 'rubrik',
  number: 'nummer',
}

/** Zod's own messages are English: this says in Swedish which field of which row is wrong (zod's per-parse `error`). */
export function swedishIssue(issue: { code?: string; path?: readonly PropertyKey[]; keys?: string[] }): string {
  const path = issue.path ?? []
  const field = [...path].reverse().find((part) => typeof part === 'string') as string | undefined
  const row = [...path].reverse().find((part) => typeof part === 'number')
  const where = `${field ? ` för ${FIELD_NAMES[field] ?? field}` : ''}${typeof row === 'number' ? ` på rad ${row + 1}` : ''}`
  if (issue.code === 'unrecognized_keys') return `Okända fält: ${(issue.keys ?? []).join(', ')}.`
  if (issue.code === 'invalid_type') return `Värde saknas eller har fel typ${where}.`
  return `Ogiltigt värde${where}.`
}
export type ItemCorrection = z.infer<typeof ItemCorrectionSchema>

export class CorrectionError extends Error {
  override name = 'CorrectionError'
}

const paragraphsOf = (notes: string) => notes.split(/\n{2,}/u).filter((part) => part.trim())

/** The paragraphs of an item's text, as the preview numbers them for a split (1-based). */
export function itemParagraphs(item: ParsedAgendaItem): string[] {
  return paragraphsOf(item.notes)
}

function label(items: readonly ParsedAgendaItem[], index: number): string {
  const item = items[index]
  return item ? `punkt ${item.parent ?? ''}${item.number ?? 'paus'} (${item.title})` : `punkt nummer ${index + 1}`
}

/** Every parsed item once; splits point at an item that is kept; paragraphs that exist. */
function checkItems(items: readonly ParsedAgendaItem[], corrected: readonly ItemCorrection[]): void {
  const seen = new Map<number, number>()
  for (const entry of corrected) {
    if (!entry.sources.length === !entry.splitFrom)
      throw new CorrectionError(
        `Punkten "${entry.title}" ska komma antingen från dokumentets punkter eller från en delning av en punkt.`,
      )
    for (const source of entry.sources) {
      if (source >= items.length) throw new CorrectionError(`Rättelsen pekar på en punkt som inte finns (${source}).`)
      seen.set(source, (seen.get(source) ?? 0) + 1)
    }
    if (entry.splitFrom) {
      const { source, paragraph } = entry.splitFrom
      const item = items[source]
      if (!item) throw new CorrectionError(`Delningen pekar på en punkt som inte finns (${source}).`)
      if (paragraph >= paragraphsOf(item.notes).length + 1)
        throw new CorrectionError(`${label(items, source)} har inget stycke ${paragraph} att dela vid.`)
    }
  }
  items.forEach((_, index) => {
    const count = seen.get(index) ?? 0
    if (count === 0)
      throw new CorrectionError(
        `Rättelsen saknar ${label(items, index)}: varje punkt i dokumentet måste finnas kvar eller slås ihop med en annan.`,
      )
    if (count > 1) throw new CorrectionError(`${label(items, index)} förekommer flera gånger i rättelsen.`)
  })
}

/** Two items as one: the text, people, documents and links of both, in order. */
function merge(base: ParsedAgendaItem, other: ParsedAgendaItem): ParsedAgendaItem {
  const join = (a: string | null, b: string | null) => [a, b].filter(Boolean).join('\n\n') || null
  return {
    ...base,
    handling: [...new Set([...base.handling, ...other.handling])],
    durationMinutes:
      base.durationMinutes === null && other.durationMinutes === null
        ? null
        : (base.durationMinutes ?? 0) + (other.durationMinutes ?? 0),
    end: other.end ?? base.end,
    presenters: [...new Set([...base.presenters, ...other.presenters])],
    presenterDetails: [...base.presenterDetails, ...other.presenterDetails],
    documents: [...base.documents, ...other.documents],
    links: [...base.links, ...other.links],
    topics: [...base.topics, ...other.topics],
    proposedPosition: join(base.proposedPosition, other.proposedPosition),
    positionTaken: join(base.positionTaken, other.positionTaken),
    decisions: [...base.decisions, ...other.decisions],
    // The merged item's title is a line of the text now, so nothing the document said is lost.
    notes: [base.notes, other.title, other.notes].filter(Boolean).join('\n\n'),
    dialogue: [...base.dialogue, ...other.dialogue],
    questions: [...base.questions, ...other.questions],
    tables: [...base.tables, ...other.tables],
  }
}

function emptyFrom(item: ParsedAgendaItem): ParsedAgendaItem {
  return { ...item, ...emptyItemContent() }
}

function correctItems(meeting: ParsedMeeting, corrected: readonly ItemCorrection[]): ParsedAgendaItem[] {
  const items = meeting.agendaItems
  checkItems(items, corrected)
  // Paragraphs moved away by a split are cut from the item they came from.
  const cutAt = new Map<number, number>()
  for (const entry of corrected)
    if (entry.splitFrom)
      cutAt.set(
        entry.splitFrom.source,
        Math.min(cutAt.get(entry.splitFrom.source) ?? Infinity, entry.splitFrom.paragraph - 1),
      )
  const whole = (index: number): ParsedAgendaItem => {
    const item = items[index] as ParsedAgendaItem
    const cut = cutAt.get(index)
    return cut === undefined ? item : { ...item, notes: paragraphsOf(item.notes).slice(0, cut).join('\n\n') }
  }
  return corrected.map((entry) => {
    let item: ParsedAgendaItem
    if (entry.sources.length) {
      item = entry.sources.slice(1).reduce((merged, index) => merge(merged, whole(index)), whole(entry.sources[0] ?? 0))
    } else {
      const source = items[entry.splitFrom?.source ?? 0] as ParsedAgendaItem
      const from = entry.splitFrom?.paragraph ?? 1
      const moved = paragraphsOf(source.notes).slice(from - 1)
      // Paragraphs after a later split of the same item belong to that one.
      const laterSplits = corrected
        .filter(
          (other) => other.splitFrom?.source === entry.splitFrom?.source && (other.splitFrom?.paragraph ?? 0) > from,
        )
        .map((other) => (other.splitFrom?.paragraph ?? 0) - from)
      const end = laterSplits.length ? Math.min(...laterSplits) : moved.length
      item = { ...emptyFrom(source), notes: moved.slice(0, end).join('\n\n') }
    }
    const isPause = entry.number === null && !entry.parent && item.isPause
    const decisions = entry.decisions.map((text, index) => {
      const original = item.decisions.find((decision) => decision.text === text)
      return {
        number: index + 1,
        text,
        kind: original?.kind ?? decisionKind(text, item.positionTaken ?? item.proposedPosition ?? ''),
        line: original?.line ?? item.line,
      }
    })
    return {
      ...item,
      isPause,
      number: isPause ? null : (entry.number ?? item.number),
      parent: entry.parent,
      title: entry.title,
      decisions,
    }
  })
}

function correctRoster(meeting: ParsedMeeting, called: NonNullable<Corrections['called']>): RosterEntry[] {
  const firstLine = meeting.roster[0]?.line ?? 1
  return called.map((entry) => ({
    name: entry.name,
    party: entry.party,
    organisation: entry.organisation,
    side: entry.side,
    group: entry.group,
    role: entry.role,
    roleTitle: entry.title,
    line: meeting.roster.find((row) => row.name === entry.name)?.line ?? firstLine,
  }))
}

/** The parse result as staff corrected it; throws CorrectionError (Swedish) when the correction does not fit. */
export function applyCorrections(result: ParseResult, corrections: Corrections | undefined): ParseResult {
  if (!corrections || (!corrections.items && !corrections.called)) return result
  const [meeting, ...others] = result.meetings
  if (!meeting) throw new CorrectionError('Dokumentet har inget möte att rätta.')
  let corrected: ParsedMeeting = meeting
  if (corrections.items) {
    const agendaItems = correctItems(meeting, corrections.items)
    const warnings: ParseResult['warnings'] = []
    const assignments = agendaItems
      .filter((item) => !item.parent)
      .flatMap((item) => extractAssignments(item, meeting.date, (line, message) => warnings.push({ line, message })))
    corrected = { ...corrected, agendaItems, assignments }
  }
  if (corrections.called) {
    const roster = correctRoster(meeting, corrections.called)
    corrected = {
      ...corrected,
      roster,
      called: roster.map((entry) => ({
        name: entry.name,
        party: entry.party,
        organisation: entry.organisation,
        role: entry.role,
        title: entry.roleTitle,
        side: entry.side,
        group: entry.group,
      })),
    }
  }
  return { ...result, meetings: [corrected, ...others] }
}
