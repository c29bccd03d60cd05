export const ROLES = ['admin', 'kommunikator', 'beredning', 'sekreterare'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administratör',
  kommunikator: 'Kommunikatör',
  beredning: 'Beredning',
  sekreterare: 'Mötessekreterare',
}

/**
 * Who may write which part of the system: the one table the access rules read.
 * Reading by staff is always allowed; anonymous reading is decided per collection (published content only).
 */
export const WRITE_RIGHTS = {
  /** Meetings, their kallelse fields and publication. */
  meetings: ['admin', 'beredning', 'sekreterare'],
  agendaItems: ['admin', 'beredning', 'sekreterare'],
  attachments: ['admin', 'beredning', 'sekreterare'],
  cases: ['admin', 'beredning', 'sekreterare'],
  /** Organisations, people, memberships. */
  registers: ['admin', 'beredning', 'sekreterare'],
  /** What the minutes record: attendance, positions taken, decisions, assignments. */
  minutes: ['admin', 'sekreterare'],
  /** Progress notes on assignments (lägesrapporter): whoever follows the assignment up. */
  progressNotes: ['admin', 'beredning', 'sekreterare'],
  pages: ['admin', 'kommunikator'],
  siteSettings: ['admin', 'kommunikator'],
  users: ['admin'],
} as const satisfies Record<string, readonly Role[]>

export type Area = keyof typeof WRITE_RIGHTS

type UserWithRoles = { roles?: readonly (Role | string)[] | null } | null | undefined

export function hasAnyRole({ user, roles }: { user: UserWithRoles; roles: readonly Role[] }): boolean {
  if (!user?.roles) return false
  return user.roles.some((role) => (roles as readonly string[]).includes(role))
}

export function canWriteArea({ user, area }: { user: UserWithRoles; area: Area }): boolean {
  return hasAnyRole({ user, roles: WRITE_RIGHTS[area] })
}
