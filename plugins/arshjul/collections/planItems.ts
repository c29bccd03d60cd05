import type { CollectionConfig, Field, PayloadRequest, Where } from 'payload'

import { deleteAccess, editAccess } from '../access'
import { PERIOD_PATTERN } from '../domain/periods'
import { syncMeetingPublished } from '../hooks/syncMeetingPublished'
import type { HostSlugs } from '../host'
import type { ArshjulOptions } from '../options'
import { collectionLabel, labelOf, wordsFor } from '../translations'
import { THEMES_SLUG } from './themes'

export const PLAN_ITEMS_SLUG = 'plan-items'

export const PLAN_STATUSES = ['planerad', 'pa_dagordningen', 'genomford', 'flyttad', 'struken'] as const
export const PLAN_HANDLINGS = ['information', 'dialog', 'stallningstagande'] as const

/**
 * The public sees a plan item when its meeting is published, or, without a meeting, when staff ticked "Visa publikt"
 * (the flag `meetingPublished` is kept in step by hooks), and never the
 * system's own proposals (e.g. a report-back on an assignment from minutes not yet published): those reach the
 * public as agenda items, once staff have put them on the agenda and published it.
 */
const PUBLIC_PLAN: Where = { and: [{ meetingPublished: { equals: true } }, { proposedBy: { exists: false } }] }

const staffOnly = { read: ({ req }: { req: { user?: unknown } }) => Boolean(req.user) }

/** The plan item's links into the host: only to the collections the options name. */
function relationFields(hosts: HostSlugs): Field[] {
  const responsible: Field[] = [
    ...(hosts.organisations
      ? [
          {
            name: 'responsibleOrganisation',
            type: 'relationship',
            label: labelOf((words) => words.fields.responsibleOrganisation),
            relationTo: hosts.organisations,
          } satisfies Field,
        ]
      : []),
    ...(hosts.people
      ? [
          {
            name: 'responsiblePeople',
            type: 'relationship',
            label: labelOf((words) => words.fields.responsiblePeople),
            relationTo: hosts.people,
            hasMany: true,
          } satisfies Field,
        ]
      : []),
  ]
  return [
    ...(responsible.length ? [{ type: 'row', fields: responsible } satisfies Field] : []),
    ...(hosts.cases
      ? [
          {
            name: 'case',
            type: 'relationship',
            label: labelOf((words) => words.fields.case),
            relationTo: hosts.cases,
          } satisfies Field,
        ]
      : []),
  ]
}

export function planItemsCollection({
  options,
  hosts,
}: {
  options: ArshjulOptions
  hosts: HostSlugs
}): CollectionConfig {
  return {
    slug: PLAN_ITEMS_SLUG,
    labels: {
      singular: collectionLabel((words) => words.planItems.singular),
      plural: collectionLabel((words) => words.planItems.plural),
    },
    admin: {
      group: options.adminGroup,
      useAsTitle: 'title',
      defaultColumns: ['title', 'theme', 'meeting', 'period', 'status', 'needsAttention'],
      description: labelOf((words) => words.planItemsDescription),
    },
    defaultSort: 'year',
    access: {
      read: ({ req }) => (req.user ? true : PUBLIC_PLAN),
      create: editAccess(options),
      update: editAccess(options),
      delete: deleteAccess(options),
    },
    hooks: {
      beforeChange: [syncMeetingPublished(options)],
      afterChange: [...options.afterChange],
      afterDelete: [...options.afterDelete],
    },
    fields: [
      { name: 'title', type: 'text', label: labelOf((words) => words.fields.title), required: true },
      {
        type: 'row',
        fields: [
          {
            name: 'year',
            type: 'number',
            label: labelOf((words) => words.fields.year),
            required: true,
            min: 2000,
            max: 2100,
            index: true,
            admin: { description: labelOf((words) => words.fields.yearDescription) },
          },
          {
            name: 'theme',
            type: 'relationship',
            label: labelOf((words) => words.fields.theme),
            relationTo: THEMES_SLUG,
            index: true,
          },
          {
            name: 'status',
            type: 'select',
            label: labelOf((words) => words.fields.status),
            required: true,
            defaultValue: 'planerad',
            options: PLAN_STATUSES.map((value) => ({ value, label: labelOf((words) => words.statuses[value]) })),
            index: true,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'meeting',
            type: 'relationship',
            label: labelOf((words) => words.fields.meeting),
            relationTo: hosts.meetings,
            index: true,
          },
          {
            name: 'period',
            type: 'text',
            label: labelOf((words) => words.fields.period),
            admin: {
              placeholder: labelOf((words) => words.fields.periodPlaceholder),
              description: labelOf((words) => words.fields.periodDescription),
            },
            validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
              !value || PERIOD_PATTERN.test(value) || wordsFor(req.i18n?.language).fields.periodInvalid,
          },
          {
            name: 'durationMinutes',
            type: 'number',
            label: labelOf((words) => words.fields.durationMinutes),
            min: 0,
            max: 600,
          },
          {
            name: 'isPublic',
            type: 'checkbox',
            label: labelOf((words) => words.fields.isPublic),
            defaultValue: false,
            admin: {
              condition: (data) => !data?.meeting,
              description: labelOf((words) => words.fields.isPublicDescription),
            },
          },
        ],
      },
      {
        name: 'handling',
        type: 'select',
        label: labelOf((words) => words.fields.handling),
        hasMany: true,
        options: PLAN_HANDLINGS.map((value) => ({ value, label: labelOf((words) => words.handlings[value]) })),
      },
      ...relationFields(hosts),
      { name: 'notes', type: 'textarea', label: labelOf((words) => words.fields.notes) },
      ...(hosts.agendaItems
        ? [
            {
              name: 'agendaItem',
              type: 'relationship',
              label: labelOf((words) => words.fields.agendaItem),
              relationTo: hosts.agendaItems,
              admin: {
                readOnly: true,
                position: 'sidebar',
                description: labelOf((words) => words.fields.agendaItemDescription),
              },
            } satisfies Field,
          ]
        : []),
      {
        name: 'needsAttention',
        type: 'checkbox',
        label: labelOf((words) => words.fields.needsAttention),
        defaultValue: false,
        admin: { position: 'sidebar', description: labelOf((words) => words.fields.needsAttentionDescription) },
        access: staffOnly,
      },
      {
        name: 'attentionNote',
        type: 'text',
        label: labelOf((words) => words.fields.attentionNote),
        admin: { position: 'sidebar' },
        access: staffOnly,
      },
      {
        name: 'proposedBy',
        type: 'text',
        label: labelOf((words) => words.fields.proposedBy),
        index: true,
        unique: true,
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: labelOf((words) => words.fields.proposedByDescription),
        },
        access: staffOnly,
      },
      { name: 'meetingPublished', type: 'checkbox', defaultValue: false, index: true, admin: { hidden: true } },
    ],
  }
}
