import type { CollectionConfig } from 'payload'

import { editableBy, staffField } from '../../src/access'
import { minutesRecordRead } from '../../src/access/meetingStages'
import { ASSIGNMENT_STATUS_LABELS } from '../../src/domain/assignmentStatus'
import { copyDueMeetingDate } from './hooks/copyDueMeetingDate'
import { copyFromDecision } from './hooks/copyFromDecision'
import { readDisplayStatus } from './hooks/displayStatus'
import { revalidateArchive } from '../../src/lib/revalidate'

export const Assignments: CollectionConfig = {
  slug: 'assignments',
  labels: { singular: 'Uppdrag', plural: 'Uppdrag' },
  admin: {
    group: 'Möten',
    useAsTitle: 'title',
    defaultColumns: ['title', 'meeting', 'due.kind', 'displayStatus', 'status'],
    listSearchableFields: ['title', 'description', 'assigneeText'],
  },
  defaultSort: ['-createdAt'],
  trash: true,
  access: {
    read: minutesRecordRead,
    ...editableBy('minutes'),
  },
  fields: [
    { name: 'title', type: 'text', label: 'Uppdrag i korthet', required: true },
    { name: 'description', type: 'textarea', label: 'Vad ska göras', admin: { description: 'Som det står i ställningstagandet.' } },
    { name: 'decision', type: 'relationship', label: 'Beslut som gav uppdraget', relationTo: 'decisions', required: true, index: true },
    { name: 'meeting', type: 'relationship', label: 'Möte', relationTo: 'meetings', index: true, admin: { readOnly: true } },
    { name: 'agendaItem', type: 'relationship', label: 'Dagordningspunkt', relationTo: 'agenda-items', admin: { readOnly: true } },
    {
      type: 'collapsible',
      label: 'Ansvariga',
      fields: [
        { name: 'assigneeOrganisations', type: 'relationship', label: 'Organisationer', relationTo: 'organisations', hasMany: true },
        { name: 'assigneePeople', type: 'relationship', label: 'Personer', relationTo: 'people', hasMany: true },
        { name: 'assigneeText', type: 'text', label: 'Ansvarig i ord', admin: { description: 'T.ex. "VGR:s hälso- och sjukvårdsutvecklingsdirektör".' } },
      ],
    },
    {
      name: 'due',
      type: 'group',
      label: 'Återrapportering',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: 'Senast',
          required: true,
          defaultValue: 'none',
          options: [
            { label: 'Datum', value: 'date' },
            { label: 'Månad', value: 'month' },
            { label: 'Möte', value: 'meeting' },
            { label: 'Ej angivet', value: 'none' },
          ],
        },
        { name: 'date', type: 'date', label: 'Datum', admin: { date: { pickerAppearance: 'dayOnly' }, condition: (_, s) => s?.kind === 'date' } },
        {
          name: 'month',
          type: 'text',
          label: 'Månad (ÅÅÅÅ-MM)',
          admin: { condition: (_, s) => s?.kind === 'month', placeholder: '2026-06' },
          validate: (value: string | null | undefined, { siblingData }: { siblingData: { kind?: string } }) => {
            if (siblingData.kind !== 'month') return true
            return (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) || 'Ange månad som ÅÅÅÅ-MM, t.ex. 2026-06.'
          },
        },
        { name: 'meeting', type: 'relationship', label: 'Möte', relationTo: 'meetings', admin: { condition: (_, s) => s?.kind === 'meeting' } },
        { name: 'meetingDate', type: 'text', admin: { hidden: true } },
        { name: 'dueText', type: 'text', label: 'Som det står i texten', admin: { description: 'T.ex. "senast i juni 2026".' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Arbetsstatus',
      required: true,
      defaultValue: 'open',
      options: [
        { label: 'Ej påbörjat', value: 'open' },
        { label: 'Pågår', value: 'in_progress' },
        { label: 'Återrapporterat', value: 'reported_back' },
        { label: 'Avslutat', value: 'closed' },
      ],
    },
    {
      name: 'displayStatus',
      type: 'select',
      label: 'Status',
      virtual: true,
      options: Object.entries(ASSIGNMENT_STATUS_LABELS).map(([value, label]) => ({ value, label })),
      admin: { readOnly: true, description: 'Räknas fram från arbetsstatus, datum och återrapportering.' },
      hooks: { afterRead: [readDisplayStatus] },
    },
    {
      name: 'progressNotes',
      type: 'array',
      label: 'Lägesrapporter',
      labels: { singular: 'Lägesrapport', plural: 'Lägesrapporter' },
      fields: [
        { name: 'date', type: 'date', label: 'Datum', required: true, defaultValue: () => new Date().toISOString(), admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'text', type: 'textarea', label: 'Läge', required: true },
        {
          name: 'author',
          type: 'relationship',
          label: 'Skriven av',
          relationTo: 'users',
          access: { read: staffField },
          defaultValue: ({ user }) => user?.id,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'reportedBackIn', type: 'relationship', label: 'Återrapporterat under punkt', relationTo: 'agenda-items' },
  ],
  hooks: {
    afterChange: [revalidateArchive],
    afterDelete: [revalidateArchive],
    beforeChange: [copyFromDecision, copyDueMeetingDate],
  },
}
