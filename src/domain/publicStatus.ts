/**
 * What the public sees of a meeting, as one status for the staff's meeting list: the stage of its publication
 * (kallelse, then mötesanteckning, then its approval) or that it is cancelled. Read from the meeting's own fields.
 */
export type PublicMeetingStatus = 'unpublished' | 'planned' | 'notice' | 'minutes' | 'approved' | 'cancelled'

export const PUBLIC_STATUS_LABELS: Record<PublicMeetingStatus, string> = {
  unpublished: 'Ej publicerat',
  planned: 'Planerat',
  notice: 'Kallelse publicerad',
  minutes: 'Mötesanteckning publicerad',
  approved: 'Godkänd',
  cancelled: 'Inställt',
}

export type PublicStatusInput = {
  _status?: 'draft' | 'published' | null
  state?: string | null
  publication?: { isNoticePublished?: boolean | null; isMinutesPublished?: boolean | null } | null
  approval?: { approvedAtMeeting?: unknown; approvedOn?: string | null } | null
}

export function publicMeetingStatus({ _status, state, publication, approval }: PublicStatusInput): PublicMeetingStatus {
  // A meeting that is not published is not on the site at all, whatever its stages say.
  if (_status !== 'published') return 'unpublished'
  if (state === 'cancelled') return 'cancelled'
  if (publication?.isMinutesPublished)
    return approval?.approvedAtMeeting || approval?.approvedOn ? 'approved' : 'minutes'
  if (publication?.isNoticePublished) return 'notice'
  return 'planned'
}
