/** Who sits in SRO on a given day, grouped the way a kallelse prints its list of the summoned. */

export type Side = 'vgk' | 'vgr'
export type MembershipGroup =
  'kommunpolitiker' | 'regionpolitiker' | 'tjansteperson' | 'administration' | 'kommunikation' | 'adjungerad'

export type RosterMembership = {
  id: string
  personName: string
  party?: string | null
  side: Side
  group: MembershipGroup
  role: string
  roleTitle?: string | null
  organisationName?: string | null
  /** YYYY-MM-DD or an ISO date-time; inclusive. */
  startDate?: string | null
  /** YYYY-MM-DD or an ISO date-time; inclusive. */
  endDate?: string | null
  sortOrder?: number | null
  /** Called as ersättare (deputy), not as member. */
  isSubstitute?: boolean | null
}

export type RosterGroup = { group: MembershipGroup; label: string; members: RosterMembership[] }
export type RosterSection = { side: Side; label: string; groups: RosterGroup[] }

export const SIDE_LABELS: Record<Side, string> = {
  vgk: 'För Västra Götalands fyra kommunalförbund (VGK)',
  vgr: 'För Västra Götalandsregionen (VGR)',
}

/** Headings as printed, in print order. */
export const GROUP_LABELS: Record<MembershipGroup, string> = {
  kommunpolitiker: 'Kommunpolitiker',
  regionpolitiker: 'Regionpolitiker',
  adjungerad: 'Adjungerade',
  tjansteperson: 'Tjänstepersoner',
  administration: 'Administration',
  kommunikation: 'Kommunikation',
}

const SIDE_ORDER: Side[] = ['vgk', 'vgr']
const GROUP_ORDER: MembershipGroup[] = [
  'kommunpolitiker',
  'regionpolitiker',
  'adjungerad',
  'tjansteperson',
  'administration',
  'kommunikation',
]
const HIGHLIGHTED_ROLES: Record<string, string> = { ordforande: 'ordförande', vice_ordforande: 'vice ordförande' }
/** Roles a document prints as the only word after a name ("Johanna Karlsson Deucher, sekreterare"). */
const BARE_ROLES: Record<string, string> = { sekreterare: 'sekreterare' }

const dayOf = (value: string) => value.slice(0, 10)

export function isMembershipValidOn(
  membership: Pick<RosterMembership, 'startDate' | 'endDate'>,
  date: string,
): boolean {
  const day = dayOf(date)
  if (membership.startDate && dayOf(membership.startDate) > day) return false
  if (membership.endDate && dayOf(membership.endDate) < day) return false
  return true
}

/** The roster valid on `date` (YYYY-MM-DD): VGK before VGR, groups in print order, empty groups left out. */
export function rosterOn(memberships: readonly RosterMembership[], date: string): RosterSection[] {
  const valid = memberships.filter((membership) => isMembershipValidOn(membership, date))
  const compare = (a: RosterMembership, b: RosterMembership) =>
    (a.sortOrder ?? Number.MAX_SAFE_INTEGER) - (b.sortOrder ?? Number.MAX_SAFE_INTEGER) ||
    a.personName.localeCompare(b.personName, 'sv')
  return SIDE_ORDER.map((side) => ({
    side,
    label: SIDE_LABELS[side],
    groups: GROUP_ORDER.map((group) => ({
      group,
      label: GROUP_LABELS[group],
      members: valid.filter((membership) => membership.side === side && membership.group === group).sort(compare),
    })).filter((group) => group.members.length > 0),
  })).filter((section) => section.groups.length > 0)
}

/** "Marina Johansson (S), Göteborgsregionen, vice ordförande"; a deputy ends with ", ersättare". */
export function formatRosterLine(membership: RosterMembership): string {
  const name = membership.party ? `${membership.personName} (${membership.party})` : membership.personName
  const parts = [
    name,
    membership.roleTitle || membership.organisationName,
    HIGHLIGHTED_ROLES[membership.role] ??
      (membership.roleTitle || membership.organisationName ? null : BARE_ROLES[membership.role]),
    membership.isSubstitute ? 'ersättare' : null,
  ]
  return parts.filter(Boolean).join(', ')
}

/**
 * One row of a meeting's own list of those called (kallade), as the document or staff wrote it. The list is the
 * record: the page shows it as it stands, never today's register.
 */
export type CalledRow = {
  id?: string | null
  name: string
  party?: string | null
  side: Side
  group: MembershipGroup
  role?: string | null
  roleTitle?: string | null
  organisationName?: string | null
  isSubstitute?: boolean | null
}

/** A meeting's list of those called, grouped as printed; rows keep the order they were written in. */
export function calledRoster(rows: readonly CalledRow[]): RosterSection[] {
  const members: RosterMembership[] = rows
    .filter((row) => row.name.trim())
    .map((row, index) => ({
      id: row.id ?? `rad-${index + 1}`,
      personName: row.name.trim(),
      party: row.party,
      side: row.side,
      group: row.group,
      role: row.role ?? 'ledamot',
      roleTitle: row.roleTitle,
      organisationName: row.organisationName,
      // Deputies after the members of their group, each part in written order.
      sortOrder: (row.isSubstitute ? rows.length : 0) + index,
      isSubstitute: row.isSubstitute,
    }))
  return rosterOn(members, '0000-01-01')
}

/** The list a new meeting starts from: the memberships valid on its day, in print order (sides, groups, register order). */
export function membersOn<T extends RosterMembership>(memberships: readonly T[], date: string): T[] {
  const byId = new Map(memberships.map((membership) => [membership.id, membership]))
  return rosterOn(memberships, date).flatMap((section) =>
    section.groups.flatMap((group) => group.members.map((member) => byId.get(member.id)!)),
  )
}
