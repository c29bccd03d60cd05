import type { CollectionConfig } from 'payload'

import { anyone, editableBy } from '@/access'
import { revalidateArchive } from '@/lib/revalidate'
import { relationId } from '@/lib/relations'
import { dayOnly } from '@/fields/dates'

export const MEMBERSHIP_GROUPS = [
  { label: 'Kommunpolitiker', value: 'kommunpolitiker' },
  { label: 'Regionpolitiker', value: 'regionpolitiker' },
  { label: 'Tjänsteperson', value: 'tjansteperson' },
  { label: 'Administration', value: 'administration' },
  { label: 'Kommunikation', value: 'kommunikation' },
  { label: 'Adjungerad', value: 'adjungerad' },
] as const

export const MEMBERSHIP_ROLES = [
  { label: 'Ordförande', value: 'ordforande' },
  { label: 'Vice ordförande', value: 'vice_ordforande' },
  { label: 'Ledamot', value: 'ledamot' },
  { label: 'Sekreterare', value: 'sekreterare' },
  { label: 'Beredning', value: 'beredning' },
  { label: 'Direktör', value: 'direktor' },
  { label: 'Representant', value: 'representant' },
  { label: 'Kommunikatör', value: 'kommunikator' },
  { label: 'Adjungerad', value: 'adjungerad' },
] as const

export const Memberships: CollectionConfig = {
  slug: 'memberships',
  labels: { singular: 'Uppdrag i SRO', plural: 'Ledamöter och deltagare' },
  admin: {
    group: 'Register',
    useAsTitle: 'label',
    defaultColumns: ['person', 'side', 'group', 'role', 'organisation', 'startDate', 'endDate'],
  },
  defaultSort: ['side', 'group', 'sortOrder'],
  trash: true,
  access: {
    read: anyone,
    ...editableBy('registers'),
  },
  fields: [
    { name: 'person', type: 'relationship', label: 'Person', relationTo: 'people', required: true, index: true },
    { name: 'body', type: 'text', label: 'Organ', required: true, defaultValue: 'SRO' },
    {
      name: 'side',
      type: 'select',
      label: 'Part',
      required: true,
      options: [
        { label: 'VGK – kommunerna genom kommunalförbunden', value: 'vgk' },
        { label: 'VGR – Västra Götalandsregionen', value: 'vgr' },
      ],
    },
    { name: 'group', type: 'select', label: 'Grupp', required: true, options: [...MEMBERSHIP_GROUPS] },
    {
      name: 'role',
      type: 'select',
      label: 'Roll',
      required: true,
      defaultValue: 'ledamot',
      options: [...MEMBERSHIP_ROLES],
    },
    {
      name: 'roleTitle',
      type: 'text',
      label: 'Titel i listan',
      admin: { description: 'Som det skrivs i kallelsen, t.ex. "ordförande Regionstyrelsen".' },
    },
    { name: 'organisation', type: 'relationship', label: 'Representerar', relationTo: 'organisations' },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: 'Från', admin: { date: dayOnly } },
        {
          name: 'endDate',
          type: 'date',
          label: 'Till',
          admin: { date: dayOnly },
          validate: (value: unknown, { siblingData }: { siblingData: { startDate?: string | null } }) => {
            if (!value || !siblingData.startDate) return true
            return (
              new Date(String(value)) >= new Date(siblingData.startDate) || 'Slutdatum kan inte vara före startdatum.'
            )
          },
        },
      ],
    },
    { name: 'sortOrder', type: 'number', label: 'Ordning i listan', defaultValue: 100 },
    {
      name: 'label',
      type: 'text',
      // The list's search box and titles name it: "Sök efter Ledamot", not "Sök efter Label".
      label: 'Ledamot',
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          async ({ siblingData, req }) => {
            const personId = relationId(siblingData.person)
            if (!personId) return siblingData.label
            const person = await req.payload.findByID({
              collection: 'people',
              id: personId,
              depth: 0,
              req,
              overrideAccess: true,
            })
            return `${person.name} – ${String(siblingData.side ?? '').toUpperCase()} ${siblingData.group ?? ''}`.trim()
          },
        ],
      },
    },
  ],
  hooks: {
    afterChange: [revalidateArchive],
    afterDelete: [revalidateArchive],
  },
}
