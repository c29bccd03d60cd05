import type { CollectionConfig } from 'payload'

import { anyone, editableBy, staffField } from '@/access'
import { aliasFields } from '@/fields/aliases'
import { revalidateArchive } from '@/lib/revalidate'

export const PARTIES = ['S', 'M', 'C', 'V', 'MP', 'L', 'KD', 'SD'] as const

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Person', plural: 'Personer' },
  admin: {
    group: 'Register',
    useAsTitle: 'name',
    defaultColumns: ['name', 'party', 'kind', 'title', 'organisation'],
    listSearchableFields: ['name', 'aliasesText', 'title'],
  },
  defaultSort: 'name',
  trash: true,
  access: {
    read: anyone,
    ...editableBy('registers'),
  },
  fields: [
    { name: 'name', type: 'text', label: 'Namn', required: true, index: true },
    ...aliasFields({ description: 'T.ex. "Helén Eliasson" för Helen Eliasson.' }),
    {
      name: 'party',
      type: 'select',
      label: 'Parti',
      options: PARTIES.map((party) => ({ label: party, value: party })),
      admin: { description: 'Lämnas tomt för tjänstepersoner och partilösa.' },
    },
    {
      name: 'kind',
      type: 'select',
      label: 'Typ',
      required: true,
      defaultValue: 'politiker',
      options: [
        { label: 'Politiker', value: 'politiker' },
        { label: 'Tjänsteperson', value: 'tjansteperson' },
        { label: 'Extern', value: 'extern' },
      ],
    },
    { name: 'title', type: 'text', label: 'Titel', admin: { description: 'T.ex. "förbundsdirektör".' } },
    { name: 'organisation', type: 'relationship', label: 'Organisation', relationTo: 'organisations' },
    {
      name: 'contact',
      type: 'group',
      label: 'Kontaktuppgifter (syns bara för personal)',
      access: { read: staffField },
      fields: [
        {
          name: 'email',
          type: 'email',
          label: 'E-post',
        },
        { name: 'phone', type: 'text', label: 'Telefon' },
      ],
    },
  ],
  hooks: {
    afterChange: [revalidateArchive],
    afterDelete: [revalidateArchive],
  },
}
