/** Which PDFs a meeting offers, for the links on its page and the alternates in its <head>. */
import type { MeetingStage, PublicAgendaItem } from '../lib/public/meetings'

export type MeetingPdfLink = { href: string; title: string; description: string }

type Items = Pick<PublicAgendaItem, 'attachments' | 'children'>[]

/** Whether any document the visitor may read is a PDF (otherwise möteshandlingar would only repeat the kallelse). */
export function hasPublicPdf(items: Items): boolean {
  return items.some(
    (item) =>
      (item.attachments ?? []).some(
        (attachment) =>
          typeof attachment === 'object' && attachment?.mimeType === 'application/pdf' && Boolean(attachment.url),
      ) || hasPublicPdf(item.children),
  )
}

/** The kallelse always (the page exists only when it is published), the mötesanteckning once published. */
export function meetingPdfLinks({
  slug,
  stage,
  items,
}: {
  slug: string
  stage: MeetingStage
  items: Items
}): MeetingPdfLink[] {
  const base = `/moten/${slug}`
  return [
    ...(stage === 'minutes'
      ? [
          {
            href: `${base}/motesanteckning.pdf`,
            title: 'Mötesanteckning (PDF)',
            description: 'med närvaro, ställningstaganden och beslut',
          },
        ]
      : []),
    {
      href: `${base}/kallelse.pdf`,
      title: 'Kallelse (PDF)',
      description: 'med dagordning och förslag till ställningstagande',
    },
    ...(hasPublicPdf(items)
      ? [
          {
            href: `${base}/handlingar.pdf`,
            title: 'Möteshandlingar (PDF)',
            description: 'kallelsen och underlagen i en fil',
          },
        ]
      : []),
  ]
}
