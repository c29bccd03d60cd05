/** A relationship's id whether it is populated or not (the plugin does not know the host's generated types). */
export const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value ? String(value) : null
