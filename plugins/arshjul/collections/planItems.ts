import type { CollectionConfig, Where } from 'payload'

import { deleteAccess, editAccess } from '../access'
import { PERIOD_PATTERN } from '../domain/periods'
import { syncMeetingPublished } from '../hooks/syncMeetingPublished'
import type { ArshjulOptions } from '../options'
import { promoteEndpoint } from '../promote'
import { THEMES_SLUG } from './themes'

export const PLAN_ITEMS_SLUG = 'plan-items'

export const PLAN_STATUSES = [
  { label: 'Planerad', value: 'planerad' },
  { label: 'På dagordningen', value: 'pa_dagordningen' },
  { label: 'Genomförd', value: 'genomford' },
  { label: 'Flyttad', value: 'flyttad' },
  { label: 'Struken', value: 'struken' },
] as const

export const PLAN_HANDLINGS = [
  { label: 'Information', value: 'information' },
  { label: 'Dialog', value: 'dialog' },
  { label: 'Ställningstagande', value: 'stallningstagande' },
] as const

/**
 * The public sees a plan item when its meeting is published, or, without a meeting, when staff ticked "Visa publikt"
 * (the flag `meetingPublished` is kept in step by hooks), and never the
 * system's own proposals (e.g. a report-back on an assignment from minutes not yet published): those reach the
 * public as agenda items, once staff have put them on the agenda and published it.
 */
const PUBLIC_PLAN: Where = { and: [{ meetingPublished: { equals: true } }, { proposedBy: { exists: false } }] }

export function planItemsCollection(options: ArshjulOptions): CollectionConfig {
  const { collections } = options
  return {
    slug: PLAN_ITEMS_SLUG,
    labels: { singular: 'Planerad punkt', plural: 'Planerade punkter (årshjul)' },
    admin: {
      group: options.adminGroup,
      useAsTitle: 'title',
      defaultColumns: ['title', 'theme', 'meeting', 'period', 'status', 'needsAttention'],
      description: 'Årshjulets celler: vad som ska upp på vilket möte. "Lägg på dagordningen" gör en planerad punkt till ett utkast på mötets dagordning.',
    },
    defaultSort: 'year',
    access: {
      read: ({ req }) => (req.user ? true : PUBLIC_PLAN),
      create: editAccess(options),
      update: editAccess(options),
      delete: deleteAccess(options),
    },
    endpoints: [promoteEndpoint(options)],
    hooks: { beforeChange: [syncMeetingPublished(options)], afterChange: options.afterChange as never, afterDelete: options.afterChange as never },
    fields: [
      { name: 'title', type: 'text', label: 'Rubrik', required: true },
      {
        type: 'row',
        fields: [
          { name: 'year', type: 'number', label: 'År', required: true, min: 2000, max: 2100, index: true, admin: { description: 'Följer mötet när ett möte är valt.' } },
          { name: 'theme', type: 'relationship', label: 'Tema', relationTo: THEMES_SLUG as never, index: true },
          { name: 'status', type: 'select', label: 'Status', required: true, defaultValue: 'planerad', options: [...PLAN_STATUSES], index: true },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'meeting', type: 'relationship', label: 'Möte', relationTo: collections.meetings as never, index: true },
          {
            name: 'period',
            type: 'text',
            label: 'Månad eller kvartal (utan möte)',
            admin: { placeholder: '2026-01 eller 2026-Q3', description: 'När inget möte är bestämt än.' },
            validate: (value: string | null | undefined) => !value || PERIOD_PATTERN.test(value) || 'Skriv månaden som ÅÅÅÅ-MM (2026-01) eller kvartalet som ÅÅÅÅ-QN (2026-Q3).',
          },
          { name: 'durationMinutes', type: 'number', label: 'Planerad tid (minuter)', min: 0, max: 600 },
          {
            name: 'isPublic',
            type: 'checkbox',
            label: 'Visa publikt',
            defaultValue: false,
            admin: {
              condition: (data) => !data?.meeting,
              description: 'För punkter utan möte (en månad eller ett kvartal). Punkter på ett möte syns publikt när mötet är publicerat.',
            },
          },
        ],
      },
      { name: 'handling', type: 'select', label: 'Avsedd hantering', hasMany: true, options: [...PLAN_HANDLINGS] },
      {
        type: 'row',
        fields: [
          { name: 'responsibleOrganisation', type: 'relationship', label: 'Ansvarig organisation', relationTo: collections.organisations as never },
          { name: 'responsiblePeople', type: 'relationship', label: 'Ansvariga/föredragande', relationTo: collections.people as never, hasMany: true },
        ],
      },
      { name: 'case', type: 'relationship', label: 'Ärende', relationTo: collections.cases as never },
      { name: 'notes', type: 'textarea', label: 'Anteckning' },
      {
        name: 'agendaItem',
        type: 'relationship',
        label: 'Blev dagordningspunkt',
        relationTo: collections.agendaItems as never,
        admin: { readOnly: true, position: 'sidebar', description: 'Sätts av "Lägg på dagordningen".' },
      },
      {
        name: 'needsAttention',
        type: 'checkbox',
        label: 'Behöver ses över',
        defaultValue: false,
        admin: { position: 'sidebar', description: 'Sätts när mötet flyttas eller ställs in.' },
        access: { read: ({ req }) => Boolean(req.user) },
      },
      { name: 'attentionNote', type: 'text', label: 'Varför', admin: { position: 'sidebar' }, access: { read: ({ req }) => Boolean(req.user) } },
      {
        name: 'proposedBy',
        type: 'text',
        label: 'Föreslagen av',
        index: true,
        unique: true,
        admin: { readOnly: true, position: 'sidebar', description: 'Satt när systemet föreslog punkten, t.ex. en återrapportering från beslutsloggen.' },
        access: { read: ({ req }) => Boolean(req.user) },
      },
      { name: 'meetingPublished', type: 'checkbox', defaultValue: false, index: true, admin: { hidden: true } },
    ],
  }
}
