export { HANDLINGS } from '@/domain/handling'

export const DIALOGUE_KINDS = [
  { label: 'Dialog', value: 'dialog' },
  { label: 'Inspel', value: 'inspel' },
  { label: 'Fråga', value: 'fraga' },
  { label: 'Svar', value: 'svar' },
] as const
