/** The importer's public types: what `importDocument` takes and what it answers. */
import type { Payload } from 'payload'

import type { Corrections } from '../corrections'
import type { NameIndex } from '../resolve'
import type { ParseResult } from '../schema'

export const COUNTED_COLLECTIONS = [
  'meetings',
  'agenda-items',
  'decisions',
  'assignments',
  'people',
  'memberships',
  'attachments',
] as const
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
  /** Item boundaries, titles, decisions and the list of those called as staff corrected them in the preview. */
  corrections?: Corrections
  /** The staff member who imported (the admin's "Importera" view); none from the command line. */
  importedBy?: string
}

/** Knobs for tests only, kept out of `ImportDocumentArgs`; see ./run. */
export type ImportTestOptions = {
  /** Throws after this many agenda items have been written, to prove that nothing is kept. */
  failAfterItems?: number
}

export type NameSuggestion = { name: string; line: number | null; candidates: { id: string; name: string }[] }

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

export function emptyCounts(): ImportCounts {
  return Object.fromEntries(COUNTED_COLLECTIONS.map((slug) => [slug, 0])) as ImportCounts
}

/** The name a document goes by in messages. */
export function documentLabel({ fileName, sourceFile }: Pick<ImportDocumentArgs, 'fileName' | 'sourceFile'>): string {
  return fileName ?? sourceFile?.name ?? 'dokumentet'
}
