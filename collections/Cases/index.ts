import type { CollectionConfig } from 'payload'

import { editableBy, isStaff, publishedOrStaff } from '@/access'
import { slugField } from '@/fields/slug'
import { revalidateArchive } from '@/lib/revalidate'
import { dayOnly } from '@/fields/dates'

export const Cases: CollectionConfig = {
  slug: 'cases',
  labels: { singular: 'Ärende', plural: 'Ärenden' },
  admin: {
    group: 'Möten',
    useAsTitle: 'title',
    defaultColumns: ['title', 'reference', 'organisations', 'updatedAt', '_status'],
    listSearchableFields: ['title', 'reference', 'description'],
  },
  defaultSort: 'title',
  trash: true,
  versions: { drafts: true, maxPerDoc: 30 },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    ...editableBy('cases'),
  },
  fields: [
    { name: 'title', type: 'text', label: 'Rubrik', required: true },
    slugField({ from: 'title' }),
    { name: 'reference', type: 'text', label: 'Diarienummer/referens' },
    { name: 'description', type: 'textarea', label: 'Beskrivning' },
    {
      name: 'organisations',
      type: 'relationship',
      label: 'Organisationer',
      relationTo: 'organisations',
      hasMany: true,
    },
    {
      name: 'milestones',
      type: 'array',
      label: 'Tidsplan',
      labels: { singular: 'Milstolpe', plural: 'Milstolpar' },
      admin: { description: 'T.ex. Remisstid, Ställningstagande i SRO, Slutligt beslut, Ikraftträdande.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: 'Steg', required: true },
            { name: 'date', type: 'date', label: 'Datum', admin: { date: dayOnly } },
            {
              name: 'dateText',
              type: 'text',
              label: 'Datum i ord',
              admin: { description: 'T.ex. "till 28 februari 2026".' },
            },
            { name: 'isDone', type: 'checkbox', label: 'Klart', defaultValue: false },
          ],
        },
      ],
    },
    {
      name: 'relatedCases',
      type: 'relationship',
      label: 'Relaterade ärenden',
      relationTo: 'cases',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'agendaItems',
      type: 'join',
      label: 'Behandlat på möten',
      collection: 'agenda-items',
      on: 'case',
      defaultSort: '-createdAt',
      admin: { defaultColumns: ['meeting', 'number', 'title', 'handling'] },
    },
  ],
  hooks: {
    afterChange: [revalidateArchive],
    afterDelete: [revalidateArchive],
  },
}
