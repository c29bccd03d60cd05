import { FILE_TYPE_LABELS, formatFileSize } from '../../../collections/Attachments/fileRules'
import type { Attachment } from '@/payload-types'
import { formatSwedishDate } from '@/domain/time'

/** Documents with title, type, size and date, so a reader knows what a download is before clicking. */
export function AttachmentList({ attachments }: { attachments: (string | Attachment)[] | null | undefined }) {
  const visible = (attachments ?? []).filter(
    (attachment): attachment is Attachment => typeof attachment === 'object' && Boolean(attachment?.url),
  )
  if (visible.length === 0) return null
  return (
    <ul className="attachments">
      {visible.map((attachment) => (
        <li key={attachment.id}>
          <a href={attachment.url!} download={attachment.filename ?? undefined}>
            {attachment.title}
          </a>{' '}
          <span className="meta">
            (
            {[
              FILE_TYPE_LABELS[attachment.mimeType ?? ''] ?? 'Fil',
              formatFileSize(attachment.filesize),
              attachment.documentDate ? formatSwedishDate(attachment.documentDate) : null,
            ]
              .filter(Boolean)
              .join(', ')}
            )
          </span>
        </li>
      ))}
    </ul>
  )
}
