import type { CollectionConfig, PayloadRequest } from 'payload'

import { deleteAccess, editAccess } from '../access'
import type { ArshjulOptions } from '../options'
import { collectionLabel, labelOf, wordsFor } from '../translations'

export const THEMES_SLUG = 'plan-themes'

/** The rows of the årshjul: a small managed list with order and colour, so the grid stays stable. */
export function themesCollection(options: ArshjulOptions): CollectionConfig {
  return {
    slug: THEMES_SLUG,
    labels: {
      singular: collectionLabel((words) => words.themes.singular),
      plural: collectionLabel((words) => words.themes.plural),
    },
    admin: { group: options.adminGroup, useAsTitle: 'name', defaultColumns: ['name', 'order', 'colour'] },
    defaultSort: 'order',
    hooks: { afterChange: [...options.afterChange], afterDelete: [...options.afterDelete] },
    access: {
      read: () => true,
      create: editAccess(options),
      update: editAccess(options),
      delete: deleteAccess(options),
    },
    fields: [
      { name: 'name', type: 'text', label: labelOf((words) => words.fields.name), required: true, unique: true },
      {
        name: 'order',
        type: 'number',
        label: labelOf((words) => words.fields.order),
        required: true,
        defaultValue: 10,
        admin: { description: labelOf((words) => words.fields.orderDescription) },
      },
      {
        name: 'colour',
        type: 'text',
        label: labelOf((words) => words.fields.colour),
        required: true,
        defaultValue: '#1f5f8b',
        validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
          (value && /^#[0-9a-f]{6}$/i.test(value)) || wordsFor(req.i18n?.language).fields.colourInvalid,
      },
      { name: 'description', type: 'textarea', label: labelOf((words) => words.fields.description) },
    ],
  }
}
