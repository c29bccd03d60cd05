import type { CollectionConfig } from 'payload'

import { anyone, canWrite, trashByEditorsDeleteByAdmin } from '../../src/access'

export const ORGANISATION_TYPES = [
  { label: 'Region', value: 'region' },
  { label: 'Kommunalförbund', value: 'kommunalforbund' },
  { label: 'Kommun', value: 'kommun' },
  { label: 'Förbund', value: 'forbund' },
  { label: 'Nämnd/styrelse', value: 'namnd' },
  { label: 'Samrådsorgan', value: 'samradsorgan' },
  { label: 'Extern', value: 'extern' },
] as const

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisation', plural: 'Organisationer' },
  admin: {
    group: 'Register',
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'type', 'parent'],
    listSearchableFields: ['name', 'shortName', 'aliasesText'],
  },
  defaultSort: 'name',
  trash: true,
  access: {
    read: anyone,
    create: canWrite('registers'),
    update: canWrite('registers'),
    delete: trashByEditorsDeleteByAdmin('registers'),
  },
  fields: [
    { name: 'name', type: 'text', label: 'Namn', required: true, unique: true, index: true },
    { name: 'shortName', type: 'text', label: 'Kortnamn', admin: { description: 'T.ex. VGR, GR, Västkom.' } },
    {
      name: 'aliases',
      type: 'array',
      label: 'Andra stavningar',
      admin: { description: 'Stavningar som förekommer i dokument, t.ex. "Fyrbodalsregionen" för Fyrbodal.' },
      labels: { singular: 'Stavning', plural: 'Stavningar' },
      fields: [{ name: 'alias', type: 'text', label: 'Stavning', required: true }],
    },
    {
      // Kept in step with `aliases` so the admin list search and imports find every spelling.
      name: 'aliasesText',
      type: 'text',
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            ((siblingData.aliases as { alias?: string }[] | undefined) ?? [])
              .map((row) => row.alias)
              .filter(Boolean)
              .join(' | '),
        ],
      },
    },
    {
      name: 'type',
      type: 'select',
      label: 'Typ',
      required: true,
      defaultValue: 'kommun',
      options: [...ORGANISATION_TYPES],
    },
    {
      name: 'parent',
      type: 'relationship',
      label: 'Ingår i',
      relationTo: 'organisations',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'website',
      type: 'text',
      label: 'Webbplats',
      validate: (value: string | null | undefined) =>
        !value || /^https?:\/\/[^\s]+$/i.test(value) || 'Ange en fullständig adress som börjar med https://',
    },
  ],
}
