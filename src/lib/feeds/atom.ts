/** Atom 1.0 feed text. */

export type FeedEntry = { id: string; title: string; url: string; updated: Date | string; summary?: string | null }

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function buildAtomFeed({
  title,
  siteUrl,
  feedUrl,
  entries,
}: {
  title: string
  siteUrl: string
  feedUrl: string
  entries: FeedEntry[]
}): string {
  const updated = entries.reduce(
    (latest, entry) => (new Date(entry.updated) > latest ? new Date(entry.updated) : latest),
    new Date(0),
  )
  const body = entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" href="${escapeXml(entry.url)}"/>
    <updated>${new Date(entry.updated).toISOString()}</updated>${entry.summary ? `\n    <summary>${escapeXml(entry.summary)}</summary>` : ''}
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>${escapeXml(feedUrl)}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" href="${escapeXml(feedUrl)}"/>
  <link rel="alternate" href="${escapeXml(siteUrl)}"/>
  <updated>${updated.toISOString()}</updated>
${body}
</feed>
`
}
