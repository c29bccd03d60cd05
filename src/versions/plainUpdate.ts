/**
 * Payload gives an update without `_status` the status of the latest version. On a published document with a
 * pending draft that is 'draft', so a plain PATCH (an API client, a script) unpublished the document. The admin
 * always says what it means (`_status` on publish and unpublish, `draft=true` on draft saves and autosave); an update
 * that says nothing should neither unpublish nor publish the pending draft, so it joins the draft.
 */
export type PlainUpdateDecision = 'as-sent' | 'save-as-draft'

export function plainUpdateDecision({
  hasStatus,
  isDraftSave,
  publishedStatus,
  latestStatus,
}: {
  hasStatus: boolean
  isDraftSave: boolean
  /** `_status` of the live document (the collection's own row). */
  publishedStatus: string | null | undefined
  /** `_status` of the newest version. */
  latestStatus: string | null | undefined
}): PlainUpdateDecision {
  if (hasStatus || isDraftSave) return 'as-sent'
  return publishedStatus === 'published' && latestStatus === 'draft' ? 'save-as-draft' : 'as-sent'
}
