/** How an agenda item is handled at the meeting: the one list of kinds, their values and Swedish labels. */

export const HANDLINGS = [
  { label: 'Information', value: 'information' },
  { label: 'Dialog', value: 'dialog' },
  { label: 'Ställningstagande', value: 'stallningstagande' },
  { label: 'Inför ställningstagande', value: 'infor_stallningstagande' },
] as const

export type Handling = (typeof HANDLINGS)[number]['value']

/** The kinds a document's handling line names; "inför ställningstagande 1 september" is read as a note to them. */
export const PRINTED_HANDLINGS = ['information', 'dialog', 'stallningstagande'] as const satisfies readonly Handling[]

/** "Ställningstagande" for `stallningstagande`; an unknown value as it is. */
export function handlingLabel(value: string): string {
  return HANDLINGS.find((option) => option.value === value)?.label ?? value
}
