/**
 * Writes one parsed kallelse or mötesanteckning into the archive through the Local API, in one transaction:
 * the whole document or nothing.
 *
 * Every record is found by its natural key before it is written, so importing the same document again
 * changes nothing (not even `updatedAt`), and the minutes of a meeting update the meeting its kallelse created:
 *   meeting      body SRO + Stockholm date + kind                      ./meeting
 *   agenda item  meeting + number + parent item ("paus", "paus-2")     ./agendaItems
 *   decision     agenda item + number                                 ./decisions
 *   assignment   decision (+ order within the decision)               ./assignments
 *   membership   one per person: only when the person has none        ./roster
 *   attachment   the SHA-256 of the source file                       ./sourceDocument
 *   import run   one per import that changed something                ./importRun
 * People and organisations are matched by name and alias (./registers, ../resolve). Unknown people are added to
 * the register, with a warning; ambiguous names are never guessed: they become warnings and are kept as text.
 * The transaction is in ./run; what every part shares (warnings, counts, typed writes) in ./writeContext.
 */
import { runImport } from './run'
import type { ImportDocumentArgs, ImportOutcome } from './types'

export async function importDocument(args: ImportDocumentArgs): Promise<ImportOutcome> {
  return runImport({ args })
}

export {
  COUNTED_COLLECTIONS,
  createImportRegisters,
  emptyCounts,
  type CountedCollection,
  type ImportCounts,
  type ImportDocumentArgs,
  type ImportOutcome,
  type ImportRegisters,
  type ImportWarning,
  type NameSuggestion,
  type SourceFile,
} from './types'
export { changedFields, matchesStored } from './changes'
export { assignmentTitle, handlingNoteOf, proposalText } from './texts'
