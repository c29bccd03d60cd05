/** Links to meeting pages only where the page exists for the public. */

/**
 * A meeting's page answers only once its kallelse is published; the årshjul plans meetings long before that. Those
 * keep their date as text instead of a link that would answer 404.
 */
export function linkOnlyPublicPages<T extends { id: string; href: string | null }>({ meetings, publicIds }: { meetings: readonly T[]; publicIds: ReadonlySet<string> }): T[] {
  return meetings.map((meeting) => (meeting.href && !publicIds.has(meeting.id) ? { ...meeting, href: null } : meeting))
}
