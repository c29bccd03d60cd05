/**
 * The document type a document uploaded on an agenda item starts with: Beslutsunderlag when the item asks the
 * meeting to take a position (Ställningstagande, also "inför ställningstagande"), otherwise Bilaga as elsewhere.
 */
export type AttachmentCategoryValue = 'beslutsunderlag' | 'bilaga'

export function defaultAttachmentCategory(
  handling: readonly string[] | string | null | undefined,
): AttachmentCategoryValue {
  const values = Array.isArray(handling) ? handling : handling ? [handling] : []
  return values.some((value) => value === 'stallningstagande' || value === 'infor_stallningstagande')
    ? 'beslutsunderlag'
    : 'bilaga'
}

/** "Budget 2027.pdf" → "Budget 2027": the title a document gets from its file name until staff change it. */
export function titleFromFileName(name: string): string {
  const base = name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_]+/g, ' ')
    .trim()
  return base || name
}
