import type { Field } from 'payload'

import { staffField } from '@/access'
import { sendMeetingEndpoint } from '@/sending/endpoint'

/**
 * What the meeting shows of its sendings: the "Skicka kallelse / mötesanteckning" panel (a UI field, no column) and
 * the record of every message (a join on Utskick, staff only). Kept here so the meeting's config only lists them.
 */
const panel: Field = {
  name: 'sendPanel',
  type: 'ui',
  label: 'Skicka',
  admin: {
    components: { Field: '/src/components/admin/SendPanel#SendPanel' },
    // Nothing to send before the meeting exists.
    condition: (data) => Boolean(data?.id),
  },
}

const record: Field = {
  name: 'sendings',
  type: 'join',
  label: 'Utskick',
  collection: 'sendings',
  on: 'meeting',
  defaultSort: '-sentAt',
  defaultLimit: 50,
  access: { read: staffField },
  admin: {
    allowCreate: false,
    defaultColumns: ['sentAt', 'kind', 'name', 'email', 'status', 'error', 'sentBy'],
    description: 'Vem som fått kallelsen och mötesanteckningen, när, och vilka adresser som misslyckades.',
  },
}

export const sendingFields = { panel, record, endpoint: sendMeetingEndpoint }
