/**
 * The people and organisation registers during an import: names in the document matched to records (see ../resolve),
 * unknown people added with a warning, ambiguous names never guessed.
 */
import type { Organisation, Person } from '@/payload-types'

import {
  addToIndex,
  createNameIndex,
  foldName,
  normaliseName,
  resolveInIndex,
  similarEntries,
  type NameIndex,
} from '../resolve'
import type { WriteContext } from './writeContext'

export type PersonHint = {
  kind?: Person['kind']
  party?: string | null
  title?: string | null
  organisation?: string | null
}

/** A person found or added, or an ambiguous name (kept as text by the caller), or nothing. */
export type PersonMatch = { id: string } | { ambiguous: true } | null

type Party = NonNullable<Person['party']>
const PARTIES: ReadonlySet<string> = new Set<Party>(['S', 'M', 'C', 'V', 'MP', 'L', 'KD', 'SD'])
const isParty = (value: string | null | undefined): value is Party => Boolean(value && PARTIES.has(value))

const KIND_LABELS: Record<Person['kind'], string> = {
  politiker: 'politiker',
  tjansteperson: 'tjänsteperson',
  extern: 'extern',
}

const aliasesOf = (doc: { aliases?: Person['aliases'] | Organisation['aliases'] }) =>
  (doc.aliases ?? []).map((row) => row.alias).filter(Boolean)

/** Loads both registers, unless a batch already did. */
export async function loadRegisters(ctx: WriteContext): Promise<void> {
  const { registers } = ctx
  if (registers.people && registers.organisations) return
  const [{ docs: people }, { docs: organisations }] = await Promise.all([
    ctx.payload.find({ collection: 'people', where: {}, select: { name: true, aliases: true }, ...ctx.findOptions }),
    ctx.payload.find({
      collection: 'organisations',
      where: {},
      select: { name: true, shortName: true, aliases: true },
      ...ctx.findOptions,
    }),
  ])
  registers.people = createNameIndex(
    people.map((doc) => ({ id: doc.id, name: doc.name ?? '', aliases: aliasesOf(doc) })),
  )
  registers.organisations = createNameIndex(
    organisations.map((doc) => ({
      id: doc.id,
      name: doc.name ?? '',
      aliases: [...aliasesOf(doc), ...(doc.shortName ? [doc.shortName] : [])],
    })),
  )
}

/** An organisation of the register, or null (with a warning) when the name is unknown or ambiguous. */
export function organisationId({
  ctx,
  name,
  line,
}: {
  ctx: WriteContext
  name: string | null | undefined
  line: number | null
}): string | null {
  const index = ctx.registers.organisations
  if (!name?.trim() || !index) return null
  const found = resolveInIndex(index, name)
  if ('id' in found) return found.id
  const message =
    'ambiguous' in found
      ? `Organisationen "${name}" passar flera poster i organisationsregistret; ingen koppling gjordes.`
      : `Organisationen "${name}" finns inte i organisationsregistret; lägg till den eller stavningen som alias.`
  ctx.warn(line, message, `organisation:${foldName(name)}`)
  return null
}

/** The person a staff member confirmed for this spelling in the "Importera" view, if any. */
function confirmedAlias(ctx: WriteContext, name: string): string | undefined {
  const confirmed = ctx.args.confirmedAliases
  if (!confirmed) return undefined
  const folded = foldName(name)
  return Object.entries(confirmed).find(([spelling]) => foldName(spelling) === folded)?.[1]
}

/** Adds a confirmed spelling to the person's aliases; null when the person is gone. */
async function addConfirmedAlias({
  ctx,
  people,
  personId,
  name,
  line,
}: {
  ctx: WriteContext
  people: NameIndex
  personId: string
  name: string
  line: number | null
}): Promise<PersonMatch> {
  const {
    docs: [person],
  } = await ctx.payload.find({
    collection: 'people',
    where: { id: { equals: personId } },
    select: { name: true, aliases: true },
    ...ctx.findOptions,
  })
  if (!person) return null
  const aliases = (person.aliases ?? []).map((row) => ({ alias: row.alias }))
  await ctx.update({
    collection: 'people',
    stored: person,
    desired: { aliases: [...aliases, { alias: normaliseName(name) }] },
  })
  addToIndex(people, { id: person.id, name: person.name ?? '', aliases: [normaliseName(name)] })
  ctx.warn(line, `Stavningen "${name}" har lagts till som alias för ${person.name ?? ''}.`)
  return { id: person.id }
}

/**
 * A person of the register. Unknown names are added (when `create`), with a warning; ambiguous names give a
 * warning and `{ ambiguous: true }`, and the caller keeps the name as text.
 */
export async function personId({
  ctx,
  name,
  line,
  hint,
  create,
}: {
  ctx: WriteContext
  name: string
  line: number | null
  hint: PersonHint
  create: boolean
}): Promise<PersonMatch> {
  const people = ctx.registers.people
  if (!people || !name.trim()) return null
  const found = resolveInIndex(people, name)
  if ('id' in found) return found
  if ('ambiguous' in found) {
    ctx.warn(
      line,
      `Namnet "${name}" passar flera personer i personregistret; ingen koppling gjordes och namnet står kvar som text.`,
      `ambiguous:${foldName(name)}`,
    )
    return { ambiguous: true }
  }
  const confirmed = confirmedAlias(ctx, name)
  if (confirmed) {
    const person = await addConfirmedAlias({ ctx, people, personId: confirmed, name, line })
    if (person) return person
    ctx.warn(line, `Den bekräftade personen för "${name}" finns inte längre i registret; namnet behandlas som nytt.`)
  }
  if (!create) return null
  const candidates = similarEntries(people, name)
  if (
    candidates.length &&
    !ctx.outcome.nameSuggestions.some((suggestion) => foldName(suggestion.name) === foldName(name))
  ) {
    ctx.outcome.nameSuggestions.push({ name: normaliseName(name), line, candidates })
  }
  const kind = hint.kind ?? 'tjansteperson'
  const person = await ctx.create({
    collection: 'people',
    data: {
      name: name.trim(),
      kind,
      party: isParty(hint.party) ? hint.party : undefined,
      title: hint.title ?? undefined,
      organisation: organisationId({ ctx, name: hint.organisation, line }) ?? undefined,
    },
  })
  addToIndex(people, { id: person.id, name: name.trim(), aliases: [] })
  const similar = candidates.length
    ? ` Liknar ${candidates.map((candidate) => candidate.name).join(' eller ')}: är det samma person, välj det vid importen så sparas stavningen som alias.`
    : ''
  ctx.warn(
    line,
    `${name} fanns inte i personregistret och har lagts till som ${KIND_LABELS[kind]}; kontrollera stavningen eller lägg till den som alias.${similar}`,
  )
  return { id: person.id }
}

/** The id of a match, when it is a person (not ambiguous, not missing). */
export const matchedId = (match: PersonMatch): string | undefined => (match && 'id' in match ? match.id : undefined)
