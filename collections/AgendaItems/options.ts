export const HANDLINGS = [
  { label: 'Information', value: 'information' },
  { label: 'Dialog', value: 'dialog' },
  { label: 'Ställningstagande', value: 'stallningstagande' },
  { label: 'Inför ställningstagande', value: 'infor_stallningstagande' },
] as const

export const DIALOGUE_KINDS = [
  { label: 'Dialog', value: 'dialog' },
  { label: 'Inspel', value: 'inspel' },
  { label: 'Fråga', value: 'fraga' },
  { label: 'Svar', value: 'svar' },
] as const
