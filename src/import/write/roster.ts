/**
 * The people of one meeting: the list of those called (kept on the meeting as the document printed it), attendance,
 * signatories, presenters and invited guests, each matched to the register (see ./registers).
 *
 * An import creates no memberships: one document says who was called on one day, not when anyone's term began or
 * ends, and an open-ended membership would put the name on every other meeting's list. Terms are kept by staff in
 * the register; the meeting's own list is the record.
 */
import type { Meeting } from '@/payload-types'
import type { Group, ParsedAgendaItem, ParsedMeeting, RosterEntry } from '../schema'
import { foldName } from '../resolve'
import { matchedId, organisationId, personId, type PersonHint } from './registers'
import { lineMentioning } from './texts'
import type { WriteContext } from './writeContext'

const POLITICIAN_GROUPS: readonly (Group | null)[] = ['kommunpolitiker', 'regionpolitiker']

/** An agenda item's presenters: register ids, and the names that could not be linked (kept as text). */
export type ItemPresenters = { ids: string[]; unresolved: string[] }

export type MeetingPeople = {
  called: NonNullable<Meeting['called']>
  attendance: NonNullable<Meeting['attendance']>
  signatories: NonNullable<Meeting['signatories']>
  invitedGuests: NonNullable<Meeting['invitedGuests']>
  presenters: Map<ParsedAgendaItem, ItemPresenters>
}

/** Matches everyone the document names (adding people the register lacks); the meeting's rows are returned. */
export async function writeMeetingPeople({
  ctx,
  parsed,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
}): Promise<MeetingPeople> {
  const roster = new Map<string, RosterEntry>(parsed.roster.map((entry) => [foldName(entry.name), entry]))
  /** What the member list says about a person, for adding someone the register lacks. */
  const hintFor = (name: string, extra: PersonHint = {}): PersonHint => {
    const entry = roster.get(foldName(name))
    if (!entry) return extra
    const isPolitician = POLITICIAN_GROUPS.includes(entry.group) || Boolean(entry.party)
    return {
      kind: isPolitician ? 'politiker' : 'tjansteperson',
      party: entry.party,
      title: entry.roleTitle,
      organisation: entry.organisation,
    }
  }
  const person = ({
    name,
    line,
    hint,
    create = true,
  }: {
    name: string
    line: number | null
    hint: PersonHint
    create?: boolean
  }) => personId({ ctx, name, line, hint, create })

  // The list of those called, as printed: names as written, linked to the register where they match.
  const called: MeetingPeople['called'] = []
  for (const entry of parsed.roster) {
    const id = matchedId(await person({ name: entry.name, line: entry.line, hint: hintFor(entry.name) }))
    if (!entry.side || !entry.group) {
      ctx.warn(
        entry.line,
        `${entry.name} står i deltagarlistan utan part eller grupp och har inte lagts bland de kallade.`,
      )
      continue
    }
    called.push({
      name: entry.name,
      person: id ?? undefined,
      party: entry.party ?? undefined,
      side: entry.side,
      group: entry.group,
      role: entry.role ?? undefined,
      roleTitle: entry.roleTitle ?? undefined,
      organisationName: entry.organisation ?? undefined,
      organisation: organisationId({ ctx, name: entry.organisation, line: entry.line }) ?? undefined,
      isSubstitute: false,
    })
  }

  const attendance: MeetingPeople['attendance'] = []
  for (const entry of parsed.attendance) {
    const line = lineMentioning(ctx.lines, entry.name, /frånvar|förhinder|närvar|ersätt|länk|distans/u)
    const id = matchedId(await person({ name: entry.name, line, hint: hintFor(entry.name) }))
    if (!id) continue
    const substitute = entry.substitute
      ? matchedId(await person({ name: entry.substitute, line, hint: hintFor(entry.substitute) }))
      : undefined
    // "Ersatt av" needs the substitute: one the register cannot name is kept as text on an absence.
    const isSubstituted = entry.status === 'substituted' && Boolean(substitute)
    if (entry.status === 'substituted' && !substitute)
      ctx.warn(
        line,
        `Ersättaren för ${entry.name} kunde inte kopplas till registret; raden har sparats som frånvaro med en anteckning.`,
      )
    attendance.push({
      person: id,
      status: entry.status === 'substituted' && !isSubstituted ? 'absent' : entry.status,
      substitute,
      note: entry.note ?? (entry.substitute && !substitute ? `Ersätts av ${entry.substitute}` : undefined),
    })
  }

  // Signatories (chair and vice chair).
  const signatories: MeetingPeople['signatories'] = []
  for (const signatory of parsed.signatories) {
    if (!signatory.role) {
      ctx.warn(
        signatory.line,
        `Undertecknaren ${signatory.name} har ingen roll (ordförande/vice ordförande) och har hoppats över.`,
      )
      continue
    }
    const id = matchedId(
      await person({
        name: signatory.name,
        line: signatory.line,
        hint: hintFor(signatory.name, { kind: 'politiker' }),
      }),
    )
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

  return { called, attendance, signatories, invitedGuests, presenters }
}
