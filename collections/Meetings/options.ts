export const MEETING_KINDS = [
  { label: 'Ordinarie möte', value: 'ordinarie' },
  { label: 'Extrainsatt möte', value: 'extrainsatt' },
  { label: 'Per capsulam', value: 'per_capsulam' },
  { label: 'Ordförandebeslut', value: 'ordforandebeslut' },
  { label: 'Presidieavstämning', value: 'presidieavstamning' },
  { label: 'Studiebesök', value: 'studiebesok' },
] as const

export const MEETING_FORMS = [
  { label: 'På plats', value: 'pa_plats' },
  { label: 'Digitalt', value: 'digitalt' },
  { label: 'Hybrid', value: 'hybrid' },
] as const

export const MEETING_STATES = [
  { label: 'Planerat', value: 'planned' },
  { label: 'Inställt', value: 'cancelled' },
  { label: 'Genomfört', value: 'held' },
] as const

export const ATTENDANCE_STATUSES = [
  { label: 'Närvarande', value: 'present' },
  { label: 'Frånvarande/förhinder', value: 'absent' },
  { label: 'Med på länk', value: 'remote' },
  { label: 'Ersatt av', value: 'substituted' },
  { label: 'Delvis närvarande', value: 'partial' },
] as const

export function labelOf<T extends readonly { label: string; value: string }[]>(
  options: T,
  value: string | null | undefined,
) {
  return options.find((option) => option.value === value)?.label ?? value ?? ''
}
