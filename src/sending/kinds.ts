/** What can be sent from a meeting, and how a recipient's message ended. Shared by the record and the endpoint. */
export const SENDING_KINDS = [
  { label: 'Kallelse', value: 'kallelse' },
  { label: 'Mötesanteckning', value: 'motesanteckning' },
] as const

export type SendingKind = (typeof SENDING_KINDS)[number]['value']

export const SENDING_STATUSES = [
  { label: 'Skickat', value: 'sent' },
  { label: 'Misslyckades', value: 'failed' },
] as const

export type SendingStatus = (typeof SENDING_STATUSES)[number]['value']
