import type { JSONSchema4 } from 'json-schema'
import type { CollectionConfig, Where } from 'payload'

import { PUBLISHED, editableBy, fieldWritableBy, isStaff, staffOrWhere } from '@/access'
import { meetingNoticePublicWhere, minutesFieldRead } from '@/access/meetingStages'
import { afterItemChange, afterItemDelete } from './hooks/afterItemChange'
import { followMovedItem } from './hooks/followMovedItem'
import { readTimeSlot } from './hooks/timeSlot'
import { orderLastWhenEmpty } from './hooks/orderLast'
import { isClock } from '@/domain/time'
import { linkUrlField } from '@/fields/linkTarget'
import { DIALOGUE_KINDS, HANDLINGS } from './options'
import { revalidateArchive } from '@/lib/revalidate'
import { itemTextField } from '@/richtext/editor'
import { closeLoopFromItem } from '../Assignments/reportBack/hooks'
import { arrangeAgendaEndpoint } from '@/agenda/endpoint'

const validateClock = (value: string | null | undefined) =>
  !value || isClock(value) || 'Ange tid som TT:MM, t.ex. 13:35.'

/** The generated type of `timeSlot`: `PlannedSlot` in src/domain/time. */
const PLANNED_SLOT_SCHEMA: JSONSchema4 = {
  description: 'Räknas fram från mötets start, ordningen, tiderna och pauserna.',
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['startsAt', 'endsAt', 'isOverrun'],
      properties: { startsAt: { type: 'string' }, endsAt: { type: 'string' }, isOverrun: { type: 'boolean' } },
    },
    { type: 'null' },
  ],
}

export const AgendaItems: CollectionConfig = {
  slug: 'agenda-items',
  labels: { singular: 'Dagordningspunkt', plural: 'Dagordningspunkter' },
  admin: {
    group: 'Möten',
    useAsTitle: 'title',
    defaultColumns: ['meeting', 'number', 'title', 'handling', 'durationMinutes', 'timeSlot', '_status'],
    listSearchableFields: ['title', 'proposedPosition', 'positionTaken'],
  },
  // Items in agenda order, the newest meeting first (where staff work); 'meeting' alone sorted by its random id.
  defaultSort: ['-meeting.startsAt', 'order'],
  trash: true,
  versions: { drafts: true, maxPerDoc: 30 },
  access: {
    // Public: published, marked public, on a meeting whose kallelse is published.
    read: staffOrWhere({ and: [PUBLISHED, { isPublic: { equals: true } }, meetingNoticePublicWhere('meeting')] }),
    readVersions: isStaff,
    ...editableBy('agendaItems'),
  },
  fields: [
    { name: 'meeting', type: 'relationship', label: 'Möte', relationTo: 'meetings', required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          label: 'Nummer',
          required: true,
          admin: { description: '"4", eller "a" för en underpunkt.' },
        },
        {
          name: 'order',
          type: 'number',
          label: 'Ordning',
          // Not required in the form: an empty order is filled by the hook (last in the agenda) before saving.
          index: true,
          // No fixed default: a new item goes last, never before item 1 (nextOrder).
          hooks: { beforeValidate: [orderLastWhenEmpty] },
          admin: { description: 'Tomt = sist i dagordningen.' },
        },
        {
          name: 'parent',
          type: 'relationship',
          label: 'Huvudpunkt',
          relationTo: 'agenda-items',
          admin: { description: 'För underpunkter a, b, c.' },
          filterOptions: ({ id, data }): Where => ({
            and: [
              { meeting: { equals: data?.meeting ?? null } },
              ...(id ? [{ id: { not_equals: id } } satisfies Where] : []),
            ],
          }),
        },
      ],
    },
    { name: 'title', type: 'text', label: 'Rubrik', required: true },
    {
      type: 'row',
      fields: [
        { name: 'handling', type: 'select', label: 'Hantering', hasMany: true, options: [...HANDLINGS] },
        {
          name: 'handlingNote',
          type: 'text',
          label: 'Tillägg till hantering',
          admin: { description: 'T.ex. "inför ställningstagande 1 september".' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'isPause', type: 'checkbox', label: 'Paus', defaultValue: false },
        { name: 'durationMinutes', type: 'number', label: 'Planerad tid (minuter)', min: 0, max: 600 },
        {
          name: 'startOverride',
          type: 'text',
          label: 'Starttid (manuell)',
          validate: validateClock,
          admin: { placeholder: 'TT:MM' },
        },
        {
          name: 'endOverride',
          type: 'text',
          label: 'Sluttid (manuell)',
          validate: validateClock,
          admin: { placeholder: 'TT:MM' },
        },
      ],
    },
    {
      // Data, not text: the page prints it with the meeting's own time format (formatTimeSlot).
      name: 'timeSlot',
      type: 'json',
      label: 'Tid enligt tidsplan',
      virtual: true,
      admin: {
        readOnly: true,
        description: 'Räknas fram från mötets start, ordningen, tiderna och pauserna.',
        components: {
          Cell: '/collections/AgendaItems/components/TimeSlot#TimeSlotCell',
          Field: '/collections/AgendaItems/components/TimeSlot#TimeSlotField',
        },
      },
      typescriptSchema: [() => PLANNED_SLOT_SCHEMA],
      hooks: { afterRead: [readTimeSlot] },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Kallelse',
          fields: [
            { name: 'presenters', type: 'relationship', label: 'Föredragande', relationTo: 'people', hasMany: true },
            {
              name: 'presenterNote',
              type: 'text',
              label: 'Föredragande i text',
              admin: { description: 'T.ex. "och en representant från kommunalförbunden".' },
            },
            { name: 'case', type: 'relationship', label: 'Ärende', relationTo: 'cases', index: true },
            {
              name: 'attachments',
              type: 'relationship',
              label: 'Dokument',
              relationTo: 'attachments',
              hasMany: true,
              // Upload here links the new document and closes the drawer (collections/Attachments/components).
              admin: {
                allowCreate: false,
                components: { Field: '/collections/Attachments/components/ItemDocumentsField#ItemDocumentsField' },
              },
            },
            {
              // Named by the document but not (yet) in the archive, or linked without an address: listed by title on
              // the page with "dokumentet finns inte i arkivet" instead of dropped. Upload and link it to replace.
              name: 'missingDocuments',
              type: 'array',
              label: 'Dokument som saknas i arkivet',
              labels: { singular: 'Dokument som saknas', plural: 'Dokument som saknas' },
              admin: { initCollapsed: true },
              fields: [{ name: 'title', type: 'text', label: 'Titel som i dokumentet', required: true }],
            },
            {
              name: 'links',
              type: 'array',
              label: 'Länkar',
              labels: { singular: 'Länk', plural: 'Länkar' },
              fields: [
                {
                  type: 'row',
                  // The site's one link rule (src/fields/linkTarget.ts), as in page link lists.
                  fields: [{ name: 'label', type: 'text', label: 'Text', required: true }, linkUrlField()],
                },
              ],
            },
            itemTextField({ name: 'proposedPosition', label: 'Förslag till ställningstagande' }),
            itemTextField({ name: 'description', label: 'Beskrivning i kallelsen' }),
          ],
        },
        {
          label: 'Mötesanteckning',
          fields: [
            itemTextField({
              name: 'positionTaken',
              label: 'Ställningstagande',
              admin: { description: 'Som det står i anteckningen. Numrerade beslut läggs under Beslut.' },
              access: { read: minutesFieldRead, ...fieldWritableBy('minutes') },
            }),
            itemTextField({
              name: 'notes',
              label: 'Anteckningar',
              access: { read: minutesFieldRead, ...fieldWritableBy('minutes') },
            }),
            {
              name: 'dialogue',
              type: 'array',
              label: 'Dialog, inspel, frågor och svar',
              labels: { singular: 'Inlägg', plural: 'Inlägg' },
              access: { read: minutesFieldRead, ...fieldWritableBy('minutes') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      type: 'select',
                      label: 'Typ',
                      required: true,
                      defaultValue: 'dialog',
                      options: [...DIALOGUE_KINDS],
                    },
                    { name: 'text', type: 'textarea', label: 'Text', required: true },
                  ],
                },
              ],
            },
            {
              name: 'decisions',
              type: 'join',
              label: 'Beslut',
              collection: 'decisions',
              on: 'agendaItem',
              defaultSort: 'number',
            },
            {
              name: 'reportsBackOn',
              type: 'join',
              label: 'Återrapporterar uppdrag',
              collection: 'assignments',
              on: 'reportBackItem',
              admin: { description: 'Uppdrag som den här punkten är återrapportering för.' },
            },
          ],
        },
      ],
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      label: 'Publik punkt',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Avmarkera för punkter som inte ska synas på webbplatsen.' },
    },
  ],
  // POST /api/agenda-items/ordna: the meeting's Dagordning moves and renumbers items (src/agenda/endpoint.ts).
  endpoints: [arrangeAgendaEndpoint],
  hooks: {
    afterDelete: [afterItemDelete, revalidateArchive],
    afterChange: [followMovedItem, afterItemChange, closeLoopFromItem],
  },
}
