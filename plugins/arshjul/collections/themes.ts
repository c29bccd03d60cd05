import type { CollectionConfig } from 'payload'

import { deleteAccess, editAccess } from '../access'
import type { ArshjulOptions } from '../options'

export const THEMES_SLUG = 'plan-themes'

/** The rows of the årshjul: a small managed list with order and colour, so the grid stays stable. */
export function themesCollection(options: ArshjulOptions): CollectionConfig {
  return {
    slug: THEMES_SLUG,
    labels: { singular: 'Tema', plural: 'Teman (årshjul)' },
    admin: { group: options.adminGroup, useAsTitle: 'name', defaultColumns: ['name', 'order', 'colour'] },
    defaultSort: 'order',
    hooks: { afterChange: options.afterChange as never, afterDelete: options.afterChange as never },
    access: { read: () => true, create: editAccess(options), update: editAccess(options), delete: deleteAccess(options) },
    fields: [
      { name: 'name', type: 'text', label: 'Namn', required: true, unique: true },
      { name: 'order', type: 'number', label: 'Ordning', required: true, defaultValue: 10, admin: { description: 'Lägre tal står högre upp i årshjulet.' } },
      {
        name: 'colour',
        type: 'text',
        label: 'Färg',
        required: true,
        defaultValue: '#1f5f8b',
        validate: (value: string | null | undefined) => (value && /^#[0-9a-f]{6}$/i.test(value)) || 'Ange färgen som #rrggbb, t.ex. #1f5f8b. Välj en mörk färg: texten i hjulet är vit.',
      },
      { name: 'description', type: 'textarea', label: 'Beskrivning' },
    ],
  }
}
