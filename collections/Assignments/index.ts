import type { CollectionConfig } from 'payload'

import { editableBy, staffField } from '@/access'
import { minutesRecordRead, reportBackFieldRead } from '@/access/meetingStages'
import { ASSIGNMENT_STATUS_LABELS } from '@/domain/assignmentStatus'
import { decisionLogCsvEndpoint } from './endpoints'
import { copyDueMeetingDate } from './hooks/copyDueMeetingDate'
import { copyFromParent } from '@/lib/copyFromParent'
import { applyDeadlineText } from './hooks/applyDeadlineText'
import { readDisplayStatus } from './hooks/displayStatus'
import { syncReportBackAfterChange, withdrawReportBackAfterDelete } from './reportBack/hooks'
import { revalidateArchive } from '@/lib/revalidate'
import { renewOverdueReminder } from './hooks/renewOverdueReminder'
import { dayAndTime, dayOnly } from '@/fields/dates'

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
  endpoints: [decisionLogCsvEndpoint],
  trash: true,
  access: {
    read: minutesRecordRead('decision'),
    ...editableBy('minutes'),
  },
  fields: [
    { name: 'title', type: 'text', label: 'Uppdrag i korthet', required: true },
    {
      name: 'description',
      type: 'textarea',
      label: 'Vad ska göras',
      admin: { description: 'Som det står i ställningstagandet.' },
    },
    {
      name: 'decision',
      type: 'relationship',
      label: 'Beslut som gav uppdraget',
      relationTo: 'decisions',
      required: true,
      index: true,
    },
    {
      name: 'meeting',
      type: 'relationship',
      label: 'Möte',
      relationTo: 'meetings',
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'agendaItem',
      type: 'relationship',
      label: 'Dagordningspunkt',
      relationTo: 'agenda-items',
      admin: { readOnly: true },
    },
    {
      type: 'collapsible',
      label: 'Ansvariga',
      fields: [
        {
          name: 'assigneeOrganisations',
          type: 'relationship',
          label: 'Organisationer',
          relationTo: 'organisations',
          hasMany: true,
        },
        { name: 'assigneePeople', type: 'relationship', label: 'Personer', relationTo: 'people', hasMany: true },
        {
          name: 'assigneeText',
          type: 'text',
          label: 'Ansvarig i ord',
          admin: { description: 'T.ex. "VGR:s hälso- och sjukvårdsutvecklingsdirektör".' },
        },
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
            { label: 'Nästa möte', value: 'next_meeting' },
            { label: 'Ej angivet', value: 'none' },
          ],
        },
        {
          name: 'date',
          type: 'date',
          label: 'Datum',
          admin: { date: dayOnly, condition: (_, s) => s?.kind === 'date' },
        },
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
        {
          name: 'meeting',
          type: 'relationship',
          label: 'Möte',
          relationTo: 'meetings',
          admin: { condition: (_, s) => s?.kind === 'meeting' },
        },
        { name: 'meetingDate', type: 'text', admin: { hidden: true } },
        {
          name: 'dueText',
          type: 'text',
          label: 'Som det står i texten',
          admin: {
            description:
              'T.ex. "senast i juni 2026". Med "Ej angivet" ovan tolkas texten och fyller i datum, månad eller möte.',
          },
        },
        {
          name: 'flagged',
          type: 'checkbox',
          label: 'Texten kunde inte tolkas',
          defaultValue: false,
          admin: { readOnly: true, description: 'Ange datum, månad eller möte för hand.' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Arbetsstatus',
      required: true,
      // "Återrapporterat" is news only with the minutes that say so; the public reads the derived status anyway.
      access: { read: reportBackFieldRead },
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
      type: 'join',
      label: 'Lägesrapporter',
      collection: 'progress-notes',
      on: 'assignment',
      defaultSort: '-date',
      admin: { defaultColumns: ['date', 'text', 'author'] },
    },
    {
      name: 'lastProgress',
      type: 'group',
      label: 'Senaste lägesrapport',
      admin: { readOnly: true, description: 'Hålls aktuell från lägesrapporterna.' },
      fields: [
        { name: 'count', type: 'number', label: 'Antal', defaultValue: 0 },
        { name: 'date', type: 'date', label: 'Datum', admin: { date: dayOnly } },
        { name: 'text', type: 'textarea', label: 'Läge' },
      ],
    },
    {
      name: 'responsible',
      type: 'relationship',
      label: 'Bevakas av',
      relationTo: 'users',
      access: { read: staffField },
      admin: {
        position: 'sidebar',
        description: 'Får påminnelsen när uppdraget blir försenat. Utan val får mötessekreterarna den.',
      },
    },
    {
      name: 'overdueNotifiedAt',
      type: 'date',
      label: 'Påminnelse skickad',
      access: { read: staffField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dayAndTime,
        description: 'När påminnelsen om försening skickades.',
      },
    },
    {
      name: 'reportBackItem',
      type: 'relationship',
      label: 'Föreslagen återrapportering',
      relationTo: 'agenda-items',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Punkten "Återrapportering: …" som föreslås på mötet när uppdraget ska återrapporteras.',
      },
    },
    {
      name: 'reportedBackIn',
      type: 'relationship',
      label: 'Återrapporterat under punkt',
      relationTo: 'agenda-items',
      access: { read: reportBackFieldRead },
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    afterChange: [revalidateArchive, syncReportBackAfterChange],
    afterDelete: [revalidateArchive, withdrawReportBackAfterDelete],
    beforeChange: [
      copyFromParent({ field: 'decision', parent: 'decisions' }),
      applyDeadlineText,
      copyDueMeetingDate,
      renewOverdueReminder,
    ],
  },
}
