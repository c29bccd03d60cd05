/**
 * The people of one meeting: the member list (and, for members without one, an SRO membership), attendance,
 * signatories, presenters and invited guests, each matched to the register (see ./registers).
 */
import { relationId } from '../../lib/relations'
import type { Meeting } from '../../payload-types'
import type { Group, ParsedAgendaItem, ParsedMeeting, RosterEntry } from '../schema'
import { foldName } from '../resolve'
import { matchedId, organisationId, personId, type PersonHint } from './registers'
import { lineMentioning } from './texts'
import type { WriteContext } from './writeContext'

const POLITICIAN_GROUPS: readonly (Group | null)[] = ['kommunpolitiker', 'regionpolitiker']

/** An agenda item's presenters: register ids, and the names that could not be linked (kept as text). */
export type ItemPresenters = { ids: string[]; unresolved: string[] }

export type MeetingPeople = {
  attendance: NonNullable<Meeting['attendance']>
  signatories: NonNullable<Meeting['signatories']>
  invitedGuests: NonNullable<Meeting['invitedGuests']>
  presenters: Map<ParsedAgendaItem, ItemPresenters>
}

/** Writes the members' memberships and matches everyone the document names; the meeting's rows are returned. */
export async function writeMeetingPeople({ ctx, parsed }: { ctx: WriteContext; parsed: ParsedMeeting }): Promise<MeetingPeople> {
  const roster = new Map<string, RosterEntry>(parsed.roster.map((entry) => [foldName(entry.name), entry]))
  /** What the member list says about a person, for adding someone the register lacks. */
  const hintFor = (name: string, extra: PersonHint = {}): PersonHint => {
    const entry = roster.get(foldName(name))
    if (!entry) return extra
    const isPolitician = POLITICIAN_GROUPS.includes(entry.group) || Boolean(entry.party)
    return { kind: isPolitician ? 'politiker' : 'tjansteperson', party: entry.party, title: entry.roleTitle, organisation: entry.organisation }
  }
  const person = ({ name, line, hint, create = true }: { name: string; line: number | null; hint: PersonHint; create?: boolean }) =>
    personId({ ctx, name, line, hint, create })

  // The member list: people and, for those without one, a membership.
  const members: Member[] = []
  for (const [index, entry] of parsed.roster.entries()) {
    const id = matchedId(await person({ name: entry.name, line: entry.line, hint: hintFor(entry.name) }))
    if (id) members.push({ entry, index, id })
  }
  await writeMemberships({ ctx, members })

  const attendance: MeetingPeople['attendance'] = []
  for (const entry of parsed.attendance) {
    const line = lineMentioning(ctx.lines, entry.name, /frånvar|förhinder|närvar|ersätt|länk|distans/u)
    const id = matchedId(await person({ name: entry.name, line, hint: hintFor(entry.name) }))
    if (!id) continue
    const substitute = entry.substitute ? matchedId(await person({ name: entry.substitute, line, hint: hintFor(entry.substitute) })) : undefined
    attendance.push({
      person: id,
      status: entry.status,
      substitute,
      note: entry.note ?? (entry.substitute && !substitute ? `Ersätts av ${entry.substitute}` : undefined),
    })
  }

  // Signatories (chair and vice chair).
  const signatories: MeetingPeople['signatories'] = []
  for (const signatory of parsed.signatories) {
    if (!signatory.role) {
      ctx.warn(signatory.line, `Undertecknaren ${signatory.name} har ingen roll (ordförande/vice ordförande) och har hoppats över.`)
      continue
    }
    const id = matchedId(await person({ name: signatory.name, line: signatory.line, hint: hintFor(signatory.name, { kind: 'politiker' }) }))
    if (id) signatories.push({ person: id, role: signatory.role })
  }

  // Presenters, before the invited guests so that a guest who presents is linked to the same person.
  const presenters = new Map<ParsedAgendaItem, ItemPresenters>()
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
      const line = lineMentioning(ctx.lines, name, /föredragande/u, item.line) ?? item.line
      const id = matchedId(await person({ name, line, hint }))
      if (!id) unresolved.push(name)
      else if (!ids.includes(id)) ids.push(id)
    }
    presenters.set(item, { ids, unresolved })
  }

  // Invited guests: linked to the register when known, otherwise kept as text ("en representant från …").
  const invitedGuests: MeetingPeople['invitedGuests'] = []
  for (const guest of parsed.invitedGuests) {
    const line = lineMentioning(ctx.lines, guest.name, /inbjudna/u)
    const id = matchedId(await person({ name: guest.name, line, hint: {}, create: false }))
    const organisation = organisationId({ ctx, name: guest.organisation, line }) ?? undefined
    invitedGuests.push(id ? { person: id, organisation } : { name: guest.name, organisation })
  }

  return { attendance, signatories, invitedGuests, presenters }
}

type Member = { entry: RosterEntry; index: number; id: string }

/** One SRO membership per person: a member-list line becomes one only when the person has none (trashed ones count). */
async function writeMemberships({ ctx, members }: { ctx: WriteContext; members: Member[] }): Promise<void> {
  if (members.length === 0) return
  const { docs: existing } = await ctx.payload.find({
    collection: 'memberships',
    where: { and: [{ person: { in: members.map((row) => row.id) } }, { body: { equals: 'SRO' } }] },
    trash: true,
    ...ctx.findOptions,
  })
  const withMembership = new Set(existing.map((doc) => relationId(doc.person)))
  for (const { entry, index, id } of members) {
    if (withMembership.has(id)) continue
    if (!entry.side || !entry.group) {
      ctx.warn(entry.line, `${entry.name} står i deltagarlistan utan part eller grupp; inget uppdrag i SRO har lagts upp.`)
      continue
    }
    await ctx.create({
      collection: 'memberships',
      data: {
        person: id,
        body: 'SRO',
        side: entry.side,
        group: entry.group,
        role: entry.role ?? 'ledamot',
        roleTitle: entry.roleTitle ?? undefined,
        organisation: organisationId({ ctx, name: entry.organisation, line: entry.line }) ?? undefined,
        sortOrder: index + 1,
      },
    })
    withMembership.add(id)
  }
}
