import type { CollectionConfig } from 'payload'

import { editableBy, fieldWritableBy, isStaff, publishedOrStaff, staffField } from '@/access'
import { meetingMinutesFieldRead, meetingNoticeFieldRead } from '@/access/meetingStages'
import { validateMinutesAfterStart, validateStages } from '@/domain/publication'
import { DISPLAYED_MEETING_STATE_LABELS, displayedMeetingState } from '@/domain/meetingState'
import { meetingIdentity } from './hooks/meetingIdentity'
import { releaseMeetingAttachments, withdrawMeetingAttachments } from './hooks/releaseMeetingAttachments'
import { revalidateMeeting } from './hooks/revalidateMeeting'
import { stampPublicationDates } from './hooks/stampPublicationDates'
import { calledField } from './fields/called'
import { fillCalled } from './hooks/fillCalled'
import { addStandingItems } from './hooks/addStandingItems'
import { ATTENDANCE_STATUSES, MEETING_FORMS, MEETING_KINDS, MEETING_STATES } from './options'
import { revalidateArchive } from '@/lib/revalidate'
import { syncReportBacksForMeeting } from '../Assignments/reportBack/hooks'
import { dayAndTime, dayOnly } from '@/fields/dates'
import { publicStatusField } from './publicStatusField'
import { sendingFields } from '../Sendings/meetingFields'

export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: { singular: 'Möte', plural: 'Möten' },
  admin: {
    group: 'Möten',
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'kind', 'publicStatus', 'stateToday'],
    listSearchableFields: ['title', 'slug', 'location'],
    description:
      'Ett möte har två publiceringssteg: kallelse och mötesanteckning. Båda kräver att mötet är publicerat.',
    // Ways into the minutes screen (src/minutes/view/).
    components: {
      edit: { beforeDocumentControls: ['/src/minutes/view/MinutesLinks#MeetingMinutesLink'] },
      beforeListTable: ['/src/minutes/view/MinutesLinks#MeetingListMinutesLink'],
    },
    // A year's planned meetings come first (newest first): 25 rows keep the latest held meetings on the first page.
    pagination: { defaultLimit: 25 },
  },
  defaultSort: '-startsAt',
  trash: true,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    ...editableBy('meetings'),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Rubrik',
      admin: { readOnly: true, description: 'Skapas av datum och mötestyp.' },
    },
    {
      name: 'slug',
      type: 'text',
      label: 'Webbadress',
      unique: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Från datumet, t.ex. 2025-11-13. Ändras inte när tiden flyttas.',
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Möte',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'body', type: 'text', label: 'Organ', defaultValue: 'SRO', required: true },
                {
                  name: 'kind',
                  type: 'select',
                  label: 'Mötestyp',
                  required: true,
                  defaultValue: 'ordinarie',
                  options: [...MEETING_KINDS],
                },
                {
                  name: 'state',
                  type: 'select',
                  label: 'Status',
                  required: true,
                  defaultValue: 'planned',
                  options: [...MEETING_STATES],
                },
                {
                  // Derived, never stored: a meeting whose start has passed is not shown as "Planerat" (displayedMeetingState).
                  name: 'stateToday',
                  type: 'text',
                  label: 'Status i dag',
                  virtual: true,
                  admin: {
                    readOnly: true,
                    description: 'Räknas fram: ett möte som har passerat visas inte som planerat.',
                  },
                  hooks: {
                    afterRead: [
                      ({ data }) =>
                        DISPLAYED_MEETING_STATE_LABELS[
                          displayedMeetingState({ state: data?.state, startsAt: data?.startsAt, now: new Date() })
                        ],
                    ],
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'startsAt',
                  type: 'date',
                  label: 'Börjar',
                  required: true,
                  index: true,
                  timezone: true,
                  admin: { date: dayAndTime },
                },
                {
                  name: 'endsAt',
                  type: 'date',
                  label: 'Slutar',
                  timezone: true,
                  admin: { date: dayAndTime },
                  validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string | null } }) => {
                    if (!value || !siblingData.startsAt) return true
                    return (
                      new Date(String(value)) > new Date(siblingData.startsAt) ||
                      'Mötet måste sluta efter att det börjar.'
                    )
                  },
                },
              ],
            },
            {
              // Record fidelity: a time plan computed from durations is a plan, not what the document said.
              name: 'hasPrintedItemTimes',
              type: 'checkbox',
              label: 'Dagordningen anger klockslag',
              defaultValue: false,
              admin: {
                description:
                  'Markera när kallelsen eller mötesanteckningen anger klockslag för punkterna. Annars visas uträknade tider som "planerad tid" i kallelsen och inga tider i mötesanteckningen.',
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'location',
                  type: 'text',
                  label: 'Plats',
                  admin: { description: 'T.ex. "Regionens Hus, Göteborg, lokal Lejonet".' },
                },
                {
                  name: 'form',
                  type: 'select',
                  label: 'Mötesform',
                  defaultValue: 'pa_plats',
                  options: [...MEETING_FORMS],
                },
              ],
            },
            {
              name: 'cancellationNote',
              type: 'textarea',
              label: 'Om inställt: anledning',
              admin: { condition: (_, sibling) => sibling.state === 'cancelled' },
            },
            {
              name: 'agendaItems',
              type: 'join',
              label: 'Dagordning',
              collection: 'agenda-items',
              on: 'meeting',
              defaultSort: 'order',
              defaultLimit: 50,
              admin: {
                defaultColumns: ['number', 'title', 'handling', 'durationMinutes', '_status'],
                // The agenda builder: order, times, add, move, renumber, documents (components/AgendaBuilder.tsx).
                components: { Field: '/collections/Meetings/components/AgendaBuilder#AgendaBuilder' },
              },
            },
          ],
        },
        {
          label: 'Kallelse',
          fields: [
            calledField,
            {
              name: 'invitedGuests',
              type: 'array',
              label: 'Inbjudna',
              labels: { singular: 'Inbjuden', plural: 'Inbjudna' },
              access: { read: meetingNoticeFieldRead },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'person', type: 'relationship', label: 'Person', relationTo: 'people' },
                    {
                      name: 'name',
                      type: 'text',
                      label: 'Namn i text',
                      admin: {
                        description:
                          'Om personen inte finns i registret, t.ex. "en representant från kommunalförbunden".',
                      },
                    },
                    { name: 'organisation', type: 'relationship', label: 'Organisation', relationTo: 'organisations' },
                  ],
                },
              ],
            },
            {
              name: 'noticeNotes',
              type: 'textarea',
              label: 'Övrig information i kallelsen',
              access: { read: meetingNoticeFieldRead },
            },
            {
              name: 'signatories',
              type: 'array',
              label: 'Undertecknas av',
              labels: { singular: 'Undertecknare', plural: 'Undertecknare' },
              // Part of the kallelse: public with it, like the other kallelse fields.
              access: { read: meetingNoticeFieldRead },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'person', type: 'relationship', label: 'Person', relationTo: 'people', required: true },
                    {
                      name: 'role',
                      type: 'select',
                      label: 'Roll',
                      required: true,
                      options: [
                        { label: 'Ordförande', value: 'ordforande' },
                        { label: 'Vice ordförande', value: 'vice_ordforande' },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Mötesanteckning',
          fields: [
            {
              name: 'attendance',
              type: 'array',
              label: 'Närvaro',
              labels: { singular: 'Närvaro', plural: 'Närvaro' },
              admin: { description: 'Alla kallade räknas som närvarande om inget annat anges här.' },
              access: { read: meetingMinutesFieldRead, ...fieldWritableBy('minutes') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'person', type: 'relationship', label: 'Person', relationTo: 'people', required: true },
                    {
                      name: 'status',
                      type: 'select',
                      label: 'Närvaro',
                      required: true,
                      defaultValue: 'absent',
                      options: [...ATTENDANCE_STATUSES],
                    },
                    {
                      name: 'substitute',
                      type: 'relationship',
                      label: 'Ersätts av',
                      relationTo: 'people',
                      admin: { condition: (_, sibling) => sibling.status === 'substituted' },
                      validate: (value: unknown, { siblingData }: { siblingData: { status?: string | null } }) =>
                        siblingData.status !== 'substituted' ||
                        Boolean(value) ||
                        'Ange vem som ersätter när närvaron är "Ersatt av".',
                    },
                    { name: 'note', type: 'text', label: 'Anteckning', admin: { description: 'T.ex. "från 13.30".' } },
                  ],
                },
              ],
            },
            {
              name: 'minutesNotes',
              type: 'textarea',
              label: 'Allmänna anteckningar',
              access: { read: meetingMinutesFieldRead, ...fieldWritableBy('minutes') },
            },
            {
              name: 'approval',
              type: 'group',
              label: 'Godkännande av mötesanteckningen',
              access: { read: meetingMinutesFieldRead },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'approvedAtMeeting',
                      type: 'relationship',
                      label: 'Godkänd vid mötet',
                      relationTo: 'meetings',
                      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
                    },
                    { name: 'approvedOn', type: 'date', label: 'Godkänd datum', admin: { date: dayOnly } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    publicStatusField,
    {
      name: 'publication',
      type: 'group',
      label: 'Publicering',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'isNoticePublished', type: 'checkbox', label: 'Kallelsen är publicerad', defaultValue: false },
        {
          name: 'noticePublishedAt',
          type: 'date',
          label: 'Kallelse publicerad',
          admin: { readOnly: true, date: dayAndTime },
        },
        {
          name: 'isMinutesPublished',
          type: 'checkbox',
          label: 'Mötesanteckningen är publicerad',
          defaultValue: false,
          access: { ...fieldWritableBy('minutes') },
          validate: (
            value: boolean | null | undefined,
            {
              siblingData,
              data,
              req,
            }: {
              siblingData: { isNoticePublished?: boolean | null }
              data: { startsAt?: string | null }
              req: { user?: unknown }
            },
          ) => {
            const stages = validateStages({
              isNoticePublished: siblingData.isNoticePublished,
              isMinutesPublished: value,
            })
            if (stages !== true) return stages
            // Staff publishing (admin, REST, GraphQL). The importer holds back minutes of a meeting that has not
            // started itself, with a warning; system code (jobs, seed, tests) sets up what it needs.
            return req.user
              ? validateMinutesAfterStart({ isMinutesPublished: value, startsAt: data.startsAt, now: new Date() })
              : true
          },
        },
        {
          name: 'minutesPublishedAt',
          type: 'date',
          label: 'Mötesanteckning publicerad',
          admin: { readOnly: true, date: dayAndTime },
        },
      ],
    },
    {
      name: 'sourceDocument',
      type: 'relationship',
      label: 'Källdokument',
      relationTo: 'attachments',
      admin: { position: 'sidebar', description: 'Dokumentet som mötet importerades från.' },
    },
    {
      // What the importer could not read is kept in its import runs; staff only.
      name: 'imports',
      type: 'join',
      label: 'Importer',
      collection: 'import-runs',
      on: 'meetings',
      defaultSort: '-importedAt',
      defaultLimit: 20,
      access: { read: staffField },
      admin: {
        allowCreate: false,
        defaultColumns: ['importedAt', 'fileName', 'stage', 'changes', 'importedBy'],
        description: 'Varje import som ändrade mötet, med importens varningar (radnummer i källdokumentet).',
      },
    },
    sendingFields.panel,
    sendingFields.record,
  ],
  // POST /api/meetings/:id/send: Skicka kallelse / mötesanteckning (src/sending/).
  endpoints: [sendingFields.endpoint],
  hooks: {
    afterDelete: [withdrawMeetingAttachments, revalidateArchive],
    beforeChange: [meetingIdentity, stampPublicationDates, fillCalled],
    afterChange: [addStandingItems, releaseMeetingAttachments, revalidateMeeting, syncReportBacksForMeeting],
  },
}
