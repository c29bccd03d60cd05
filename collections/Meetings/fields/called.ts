import type { ArrayField } from 'payload'

import { meetingNoticeFieldRead } from '@/access/meetingStages'
import { MEMBERSHIP_GROUPS, MEMBERSHIP_ROLES } from '../../Memberships'

/**
 * The meeting's own list of those called, as its kallelse printed it: the public record of who was called, never
 * today's register. Public with the kallelse, like the other kallelse fields.
 */
export const calledField: ArrayField = {
  name: 'called',
  type: 'array',
  label: 'Kallade',
  labels: { singular: 'Kallad', plural: 'Kallade' },
  access: { read: meetingNoticeFieldRead },
  admin: {
    description:
      'Som i kallelsen. Fylls från dokumentet vid import, annars från registrets uppdrag som gäller mötesdagen när mötet skapas.',
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: 'Namn',
          required: true,
          admin: { description: 'Som det skrivs i kallelsen.' },
        },
        { name: 'person', type: 'relationship', label: 'Person i registret', relationTo: 'people' },
        { name: 'party', type: 'text', label: 'Parti', admin: { width: '80px' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'side',
          type: 'select',
          label: 'Part',
          required: true,
          options: [
            { label: 'VGK', value: 'vgk' },
            { label: 'VGR', value: 'vgr' },
          ],
        },
        { name: 'group', type: 'select', label: 'Grupp', required: true, options: [...MEMBERSHIP_GROUPS] },
        { name: 'role', type: 'select', label: 'Roll', options: [...MEMBERSHIP_ROLES] },
        { name: 'isSubstitute', type: 'checkbox', label: 'Ersättare', defaultValue: false },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'roleTitle',
          type: 'text',
          label: 'Titel i listan',
          admin: { description: 'T.ex. "ordförande Regionstyrelsen".' },
        },
        {
          name: 'organisationName',
          type: 'text',
          label: 'Organisation i listan',
          admin: { description: 'Som det skrivs, t.ex. "Fyrbodalsregionen".' },
        },
        { name: 'organisation', type: 'relationship', label: 'Organisation i registret', relationTo: 'organisations' },
      ],
    },
  ],
}
