import type { CollectionConfig } from 'payload'

import { editableBy } from '@/access'
import { minutesRecordRead } from '@/access/meetingStages'
import { copyFromParent } from '@/lib/copyFromParent'
import { revalidateArchive } from '@/lib/revalidate'
import { closeLoopFromDecision } from '../Assignments/reportBack/hooks'

export const DECISION_KINDS = [
  { label: 'Noterar informationen', value: 'noterar_informationen' },
  { label: 'Ställer sig bakom', value: 'staller_sig_bakom' },
  { label: 'Rekommenderar huvudmännen att besluta', value: 'rekommenderar_huvudmannen' },
  { label: 'Beslutar', value: 'beslutar' },
  { label: 'Ger i uppdrag', value: 'ger_i_uppdrag' },
  { label: 'Godkänner', value: 'godkanner' },
] as const

export const Decisions: CollectionConfig = {
  slug: 'decisions',
  labels: { singular: 'Beslut', plural: 'Beslut' },
  admin: {
    group: 'Möten',
    useAsTitle: 'text',
    defaultColumns: ['meeting', 'agendaItem', 'number', 'kind', 'text'],
    listSearchableFields: ['text'],
    description: 'Ställningstaganden under en dagordningspunkt. Syns publikt när mötesanteckningen publiceras.',
  },
  defaultSort: ['-createdAt'],
  trash: true,
  access: {
    read: minutesRecordRead(),
    ...editableBy('minutes'),
  },
  fields: [
    {
      name: 'agendaItem',
      type: 'relationship',
      label: 'Dagordningspunkt',
      relationTo: 'agenda-items',
      required: true,
      index: true,
    },
    {
      name: 'meeting',
      type: 'relationship',
      label: 'Möte',
      relationTo: 'meetings',
      index: true,
      admin: { readOnly: true, description: 'Hämtas från dagordningspunkten.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'number', label: 'Nummer', min: 1, defaultValue: 1, required: true },
        {
          name: 'kind',
          type: 'select',
          label: 'Typ',
          required: true,
          defaultValue: 'noterar_informationen',
          options: [...DECISION_KINDS],
        },
      ],
    },
    { name: 'text', type: 'textarea', label: 'Beslutstext', required: true },
    {
      name: 'assignments',
      type: 'join',
      label: 'Uppdrag',
      collection: 'assignments',
      on: 'decision',
    },
  ],
  hooks: {
    afterChange: [revalidateArchive, closeLoopFromDecision],
    afterDelete: [revalidateArchive],
    beforeChange: [copyFromParent({ field: 'agendaItem', parent: 'agenda-items' })],
  },
}
