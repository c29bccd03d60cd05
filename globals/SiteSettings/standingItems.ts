import type { Field } from 'payload'

import { HANDLINGS } from '@/domain/handling'
import { DEFAULT_STANDING_ITEMS } from '@/agenda/standingItems'

const itemFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'number', type: 'text', label: 'Nummer', required: true, admin: { width: '15%' } },
      { name: 'title', type: 'text', label: 'Rubrik', required: true },
      { name: 'handling', type: 'select', label: 'Hantering', hasMany: true, options: [...HANDLINGS] },
      { name: 'durationMinutes', type: 'number', label: 'Minuter', min: 0, max: 600, admin: { width: '15%' } },
    ],
  },
]

/** The agenda a meeting created in the admin starts from (collections/Meetings/hooks/addStandingItems.ts). */
export const standingItemsField: Field = {
  name: 'standingItems',
  type: 'array',
  label: 'Stående punkter',
  labels: { singular: 'Stående punkt', plural: 'Stående punkter' },
  admin: {
    description:
      'Punkterna som ett nytt möte börjar med. Ändringar gäller möten som skapas efter ändringen, inte befintliga möten.',
    initCollapsed: true,
  },
  defaultValue: DEFAULT_STANDING_ITEMS.map((item) => ({
    ...item,
    subItems: item.subItems?.map((sub) => ({ ...sub })) ?? [],
  })),
  fields: [
    ...itemFields(),
    {
      name: 'subItems',
      type: 'array',
      label: 'Underpunkter',
      labels: { singular: 'Underpunkt', plural: 'Underpunkter' },
      admin: { description: 'T.ex. a) Närvaro/upprop.' },
      fields: itemFields(),
    },
  ],
}
