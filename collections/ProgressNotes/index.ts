import type { CollectionConfig } from 'payload'

import { canWrite, isAdmin, nobodyField, staffField } from '@/access'
import { minutesRecordRead } from '@/access/meetingStages'
import { revalidateArchive } from '@/lib/revalidate'
import { copyFromParent } from '@/lib/copyFromParent'
import { setAuthor, summariseProgress } from './hooks'
import { dayOnly } from '@/fields/dates'

/**
 * Lägesrapporter: one row per report, never edited afterwards, so the history of an assignment is kept.
 * Public together with the assignment they belong to (a deliberate choice: the public log shows "how far the
 * process has come"); who wrote them is for staff only.
 */
export const ProgressNotes: CollectionConfig = {
  slug: 'progress-notes',
  labels: { singular: 'Lägesrapport', plural: 'Lägesrapporter' },
  admin: {
    group: 'Möten',
    useAsTitle: 'text',
    defaultColumns: ['date', 'assignment', 'text', 'author'],
    description: 'Hur långt ett uppdrag har kommit. Rapporter ändras inte i efterhand; skriv en ny i stället.',
  },
  defaultSort: ['-date', '-createdAt'],
  trash: true,
  access: {
    read: minutesRecordRead('assignment', 'assignment.decision'),
    create: canWrite('progressNotes'),
    // History is kept: only an administrator corrects or removes a report.
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'assignment',
      type: 'relationship',
      label: 'Uppdrag',
      relationTo: 'assignments',
      required: true,
      index: true,
    },
    {
      name: 'date',
      type: 'date',
      label: 'Datum',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { date: dayOnly },
    },
    { name: 'text', type: 'textarea', label: 'Läge', required: true },
    {
      name: 'author',
      type: 'relationship',
      label: 'Skriven av',
      relationTo: 'users',
      access: { read: staffField, update: nobodyField },
      admin: { readOnly: true },
    },
    // Copied from the assignment so the public read rule is the same as for decisions and assignments.
    { name: 'meeting', type: 'relationship', relationTo: 'meetings', index: true, admin: { hidden: true } },
    { name: 'agendaItem', type: 'relationship', relationTo: 'agenda-items', admin: { hidden: true } },
  ],
  hooks: {
    beforeChange: [setAuthor, copyFromParent({ field: 'assignment', parent: 'assignments' })],
    afterChange: [summariseProgress, revalidateArchive],
    afterDelete: [summariseProgress, revalidateArchive],
  },
}
