/** Relationship values as Payload returns them: the id at depth 0, the document when populated. */

/** A relationship value: the related document's id, the document itself, or nothing. */
export type Relation<T extends { id: string }> = T | string | null | undefined

/** The id of a relationship value, populated or not; null without one. */
export function relationId(value: unknown): string | null {
  if (!value) return null
  if (typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

/** The related document when it was populated, or null when only its id was read. */
export function populated<T extends { id: string }>(value: Relation<T>): T | null {
  return value && typeof value === 'object' ? value : null
}
