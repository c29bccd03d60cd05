/**
 * Where an agenda item stands among its siblings: by its `order`, then by its number as written (1, 2 … 10; a, b, c;
 * "1a" before "1b"), then by id. A new item without an order goes last, never before item 1.
 */

const ORDER_STEP = 10

/** Number-aware comparison of item numbers: "2" < "10", "a" < "b", numbered items before unnumbered ("paus"). */
export function compareItemNumbers(a: string | null | undefined, b: string | null | undefined): number {
  const parse = (value: string | null | undefined) => {
    const match = /^\s*(\d+)?\s*([a-zåäö]*)/iu.exec(value ?? '')
    return {
      n: match?.[1] ? Number(match[1]) : Number.POSITIVE_INFINITY,
      rest: (match?.[2] ?? '').toLowerCase(),
      raw: value ?? '',
    }
  }
  const x = parse(a)
  const y = parse(b)
  if (x.n !== y.n) return x.n < y.n ? -1 : 1
  return x.rest.localeCompare(y.rest, 'sv') || x.raw.localeCompare(y.raw, 'sv')
}

/** The order a new item gets: after every item the meeting already has. */
export function nextOrder(existing: readonly (number | null | undefined)[]): number {
  const orders = existing.filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
  return orders.length ? Math.max(...orders) + ORDER_STEP : ORDER_STEP
}

/** Sibling order: `order`, then the item number, then id (stable). */
export function compareAgendaItems(
  a: { id: string; order?: number | null; number?: string | null },
  b: { id: string; order?: number | null; number?: string | null },
): number {
  return orderOf(a.order) - orderOf(b.order) || compareItemNumbers(a.number, b.number) || a.id.localeCompare(b.id)
}

/** An item not yet given an order stands last. */
const orderOf = (order: number | null | undefined) =>
  typeof order === 'number' && Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER
