/**
 * What every part of one document's import shares: the Local API inside the import's transaction, the warnings,
 * the counts of what was created and updated, and typed find/create/update helpers that write only what changed.
 */
import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { foldName } from '../resolve'
import { changedFields, type Mode } from './changes'
import type {
  CountedCollection,
  ImportDocumentArgs,
  ImportOutcome,
  ImportRegisters,
  ImportTestOptions,
  SourceFile,
} from './types'

/** A stored record as read back: at least its id and the fields the desired data names. */
type StoredRecord<TData> = { id: string } & { readonly [K in keyof TData]?: unknown }
/** The fields the importer may write on an existing record of a collection. */
export type UpdateData<TSlug extends CountedCollection> = Partial<RequiredDataFromCollectionSlug<TSlug>>
/** Update data of any counted collection: what the one `payload.update` call below takes. */
type AnyUpdateData = { [TSlug in CountedCollection]: UpdateData<TSlug> }[CountedCollection]

export class WriteContext {
  readonly payload: Payload
  readonly req: PayloadRequest
  readonly args: ImportDocumentArgs
  readonly outcome: ImportOutcome
  readonly registers: ImportRegisters
  /** The document's lines, folded once, for finding the line of a name (one per line of the text, as the parser counts). */
  readonly lines: readonly string[]
  /** Files written by uploads in this import: a failed import removes them, as the rollback removes their rows. */
  readonly storedFiles: string[] = []
  private readonly testOptions: ImportTestOptions
  private readonly warned = new Set<string>()
  private itemsWritten = 0

  constructor({
    payload,
    req,
    args,
    outcome,
    registers,
    testOptions = {},
  }: {
    payload: Payload
    req: PayloadRequest
    args: ImportDocumentArgs
    outcome: ImportOutcome
    registers: ImportRegisters
    testOptions?: ImportTestOptions
  }) {
    this.payload = payload
    this.req = req
    this.args = args
    this.outcome = outcome
    this.registers = registers
    this.testOptions = testOptions
    this.lines = args.text.split(/\r?\n/).map(foldName)
  }

  /** Adds a warning once: the same message (or the same `key`) twice is one warning. */
  warn(line: number | null, message: string, key = `${line}:${message}`): void {
    if (this.warned.has(key)) return
    this.warned.add(key)
    this.outcome.warnings.push({ line, message })
  }

  /**
   * Options for `payload.find` that read every matching record as stored, drafts included (the latest version is
   * what an import compares), inside the import's transaction. Callers name the collection, so Payload types the
   * result; collections with join fields also get `joins: false` (never read here, a query each).
   */
  get findOptions() {
    return { depth: 0, pagination: false, draft: true, overrideAccess: true, req: this.req } as const
  }

  async create<TSlug extends CountedCollection>({
    collection,
    data,
    file,
    context,
  }: {
    collection: TSlug
    data: RequiredDataFromCollectionSlug<TSlug>
    file?: SourceFile
    /** Flags for the collection's hooks, e.g. KEEP_CALLED. */
    context?: Record<string, unknown>
  }) {
    const doc = await this.payload.create({
      collection,
      data,
      context,
      depth: 0,
      overrideAccess: true,
      req: this.req,
      ...(file ? { file: { ...file, size: file.data.length } } : {}),
    })
    this.outcome.created[collection] += 1
    return doc
  }

  /** Writes the fields that differ from `stored`; returns whether anything was written. */
  async update<TSlug extends CountedCollection>({
    collection,
    stored,
    desired,
    mode = 'overwrite',
  }: {
    collection: TSlug
    stored: StoredRecord<UpdateData<TSlug>>
    desired: UpdateData<TSlug>
    mode?: Mode
  }): Promise<boolean> {
    const changes = changedFields(desired, stored, mode)
    if (Object.keys(changes).length === 0) return false
    // Widened to all counted collections (the signature above ties `desired` to `collection`): Payload's update type
    // cannot be resolved for a generic collection.
    const data: AnyUpdateData = changes
    const slug: CountedCollection = collection
    await this.payload.update({ collection: slug, id: stored.id, data, depth: 0, overrideAccess: true, req: this.req })
    this.noteUpdated(collection)
    return true
  }

  /** Counts an update written without `update` (see ./approval). */
  noteUpdated(collection: CountedCollection): void {
    this.outcome.updated[collection] += 1
  }

  /** Counts a written agenda item; a test can make the import fail here to prove that nothing is kept. */
  noteItemWritten(): void {
    this.itemsWritten += 1
    const { failAfterItems } = this.testOptions
    if (failAfterItems !== undefined && this.itemsWritten >= failAfterItems) {
      throw new Error(`testfel efter ${this.itemsWritten} dagordningspunkter (failAfterItems, endast för tester).`)
    }
  }
}
