import type { Meeting } from '@/payload-types'
import { formatSwedishDate } from '@/domain/time'
import { type MeetingStage } from '@/lib/public/meetings'

/** Honest status: Kallelse, or Mötesanteckning (ej godkänd / godkänd vid mötet <datum>), or Inställt. */
export function MeetingBadge({ meeting, stage }: { meeting: Pick<Meeting, 'approval'>; stage: MeetingStage }) {
  if (stage === 'cancelled') return <span className="badge badge-cancelled">Inställt</span>
  if (stage === 'notice') return <span className="badge badge-notice">Kallelse</span>
  const approvedAt = meeting.approval?.approvedAtMeeting
  // Approved only by minutes the public can read: a kallelse proposing the approval, or withdrawn minutes, is not one.
  const approvedDate =
    typeof approvedAt === 'object' && approvedAt?.startsAt && approvedAt.publication?.isMinutesPublished
      ? formatSwedishDate(approvedAt.startsAt)
      : null
  return (
    <span className="badge badge-minutes">
      Mötesanteckning,{' '}
      {approvedDate
        ? `godkänd vid mötet ${approvedDate}`
        : meeting.approval?.approvedOn
          ? `godkänd ${formatSwedishDate(meeting.approval.approvedOn)}`
          : 'ej godkänd'}
    </span>
  )
}
