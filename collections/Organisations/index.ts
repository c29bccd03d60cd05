import type { CollectionConfig } from 'payload'

import { anyone, editableBy } from '@/access'
import { aliasFields } from '@/fields/aliases'
import { revalidateArchive } from '@/lib/revalidate'
import { isWebAddress } from '@/lib/sitePath'

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
    ...editableBy('registers'),
  },
  fields: [
    { name: 'name', type: 'text', label: 'Namn', required: true, unique: true, index: true },
    { name: 'shortName', type: 'text', label: 'Kortnamn', admin: { description: 'T.ex. VGR, GR, Västkom.' } },
    ...aliasFields({ description: 'Stavningar som förekommer i dokument, t.ex. "Fyrbodalsregionen" för Fyrbodal.' }),
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
        !value || isWebAddress(value) || 'Ange en fullständig adress som börjar med https://',
    },
  ],
  hooks: {
    afterChange: [revalidateArchive],
    afterDelete: [revalidateArchive],
  },
}
