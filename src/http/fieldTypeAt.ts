import type { FlattenedField } from 'payload'

import type { FieldTypeAt } from './restQuery'

/**
 * The type of the field a where path names, following named groups and tabs (`approval.approvedAt`). Paths through
 * relationships are left to Payload (undefined), so only values whose field is certain get checked.
 */
export function fieldTypeAtFor(fields: FlattenedField[]): FieldTypeAt {
  return (path) => {
    let current: FlattenedField[] | undefined = fields
    let type: string | undefined
    for (const segment of path.split('.')) {
      const field: FlattenedField | undefined = current?.find((candidate) => candidate.name === segment)
      if (!field) return undefined
      type = field.type
      current = 'flattenedFields' in field ? field.flattenedFields : undefined
    }
    return type
  }
}
