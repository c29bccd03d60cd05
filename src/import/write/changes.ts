/**
 * Change detection: what the document says against what is stored, so that importing the same document again
 * writes nothing (not even `updatedAt`). Pure.
 */

/** `overwrite`: the document's values win. `fill`: only empty stored fields are written (a kallelse after its minutes). */
export type Mode = 'overwrite' | 'fill'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** Whether the stored value already says what `desired` says. Keys absent from `desired` are not compared. */
export function matchesStored(desired: unknown, stored: unknown): boolean {
  if (isEmptyValue(desired)) return isEmptyValue(stored)
  if (desired === false) return stored === false || stored === null || stored === undefined
  if (Array.isArray(desired)) {
    return (
      Array.isArray(stored) &&
      stored.length === desired.length &&
      desired.every((value, index) => matchesStored(value, stored[index]))
    )
  }
  if (typeof desired === 'object' && desired !== null) {
    if (!stored || typeof stored !== 'object') return false
    return Object.entries(desired).every(
      ([key, value]) => value === undefined || matchesStored(value, (stored as Record<string, unknown>)[key]),
    )
  }
  if (typeof desired === 'string') {
    // A relationship read at depth > 0.
    if (stored && typeof stored === 'object' && 'id' in stored) return stored.id === desired
    if (typeof stored !== 'string') return false
    if (stored === desired) return true
    if (ISO_DATE.test(desired) && ISO_INSTANT.test(stored)) return stored.slice(0, 10) === desired
    if (ISO_INSTANT.test(desired) && ISO_INSTANT.test(stored))
      return new Date(desired).getTime() === new Date(stored).getTime()
    return false
  }
  return desired === stored
}

/**
 * The fields of `desired` that differ from the stored record, typed as the data they came from (a collection's
 * create or update data), so the result can be written as it is. In `fill` mode only fields that are empty in the
 * stored record are written (a kallelse imported after the minutes of the same meeting).
 */
export function changedFields<TData extends object>(
  desired: TData,
  stored: { readonly [K in keyof TData]?: unknown } | undefined,
  mode: Mode = 'overwrite',
): Partial<TData> {
  const changes: Partial<TData> = {}
  for (const key of Object.keys(desired) as (keyof TData & string)[]) {
    const value = desired[key]
    if (value === undefined) continue
    const current = stored?.[key]
    if (mode === 'fill' && !isEmptyValue(current)) continue
    if (!matchesStored(value, current)) changes[key] = value
  }
  return changes
}
