import type { CollectionConfig } from 'payload'

import { anyone, canWrite, staffField, trashByEditorsDeleteByAdmin } from '../../src/access'

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
    create: canWrite('registers'),
    update: canWrite('registers'),
    delete: trashByEditorsDeleteByAdmin('registers'),
  },
  fields: [
    { name: 'name', type: 'text', label: 'Namn', required: true, index: true },
    {
      name: 'aliases',
      type: 'array',
      label: 'Andra stavningar',
      admin: { description: 'T.ex. "Helén Eliasson" för Helen Eliasson.' },
      labels: { singular: 'Stavning', plural: 'Stavningar' },
      fields: [{ name: 'alias', type: 'text', label: 'Stavning', required: true }],
    },
    {
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
}
