import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff, nobody } from '@/access'
import { dayAndTime } from '@/fields/dates'
import { SENDING_KINDS, SENDING_STATUSES } from '@/sending/kinds'

/**
 * Utskick: one row per recipient and attempt when staff e-mail a meeting's kallelse or mötesanteckning, so the
 * meeting shows who was sent what, when, by whom, and which addresses failed (with the SMTP server's words).
 * Staff only, never public; written by the sending endpoint alone (src/sending/), never edited.
 */
export const Sendings: CollectionConfig = {
  slug: 'sendings',
  labels: { singular: 'Utskick', plural: 'Utskick' },
  admin: {
    group: 'Möten',
    useAsTitle: 'email',
    defaultColumns: ['sentAt', 'kind', 'name', 'email', 'status', 'meeting', 'sentBy'],
    description: 'Varje e-postmeddelande som skickats från ett möte (Skicka kallelse / Skicka mötesanteckning).',
  },
  defaultSort: '-sentAt',
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'meeting',
      type: 'relationship',
      label: 'Möte',
      relationTo: 'meetings',
      // Not required: an admin's hard delete of a meeting keeps its record of sendings (the foreign key sets null).
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      label: 'Dokument',
      required: true,
      options: [...SENDING_KINDS],
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      options: [...SENDING_STATUSES],
      admin: { readOnly: true },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: 'Tid',
      required: true,
      index: true,
      admin: { readOnly: true, date: dayAndTime },
    },
    { name: 'name', type: 'text', label: 'Mottagare', required: true, admin: { readOnly: true } },
    {
      name: 'person',
      type: 'relationship',
      label: 'Person',
      relationTo: 'people',
      index: true,
      admin: { readOnly: true },
    },
    { name: 'email', type: 'email', label: 'E-post', required: true, admin: { readOnly: true } },
    { name: 'subject', type: 'text', label: 'Ämne', admin: { readOnly: true } },
    { name: 'attachmentName', type: 'text', label: 'Bifogad fil', admin: { readOnly: true } },
    { name: 'error', type: 'textarea', label: 'Fel från e-postservern', admin: { readOnly: true } },
    { name: 'sentBy', type: 'relationship', label: 'Skickat av', relationTo: 'users', admin: { readOnly: true } },
  ],
}
