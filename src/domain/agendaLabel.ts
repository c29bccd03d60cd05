/**
 * How an agenda item is named and anchored on its meeting page: a sub-item numbered "a" under item 8 is "8a",
 * anchored at `#punkt-8a`. Every link to an item goes through here, so links and anchors cannot disagree.
 */
export function itemLabel(number: string, parentNumber?: string | null): string {
  return parentNumber ? `${parentNumber}${number}` : number
}

export function itemAnchor(number: string, parentNumber?: string | null): string {
  return `punkt-${itemLabel(number, parentNumber).replace(/\s+/g, '')}`.toLowerCase()
}
