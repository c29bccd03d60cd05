/**
 * Query strings of public pages, validated with zod. Anything odd (unknown filters, page=-1, a 10 000-character
 * search) becomes a clear message on the page instead of an error, and the rest of the filters still apply.
 */
import { z } from 'zod'

import { MEETING_KINDS } from '../../../collections/Meetings/options'
import type { Meeting } from '@/payload-types'

export type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const MEETING_KIND_VALUES = MEETING_KINDS.map((kind) => kind.value) as [string, ...string[]]
const UUID = z.string().uuid()

export const MAX_QUERY_LENGTH = 200

export type ParsedQuery<T> = { value: T; problems: string[] }

function field<T>(problems: string[], schema: z.ZodType<T>, raw: string | undefined, message: string): T | undefined {
  if (raw === undefined || raw === '') return undefined
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  problems.push(message)
  return undefined
}

export function parseMeetingFilters(
  params: SearchParams,
): ParsedQuery<{ year?: number; kind?: Meeting['kind']; caseId?: string; organisationId?: string; page: number }> {
  const problems: string[] = []
  const year = field(
    problems,
    z.coerce.number().int().min(1990).max(2100),
    first(params.ar),
    `Året "${first(params.ar)?.slice(0, 20)}" finns inte; visar alla år.`,
  )
  const kind = field(problems, z.enum(MEETING_KIND_VALUES), first(params.typ), 'Okänd mötestyp; visar alla typer.')
  const caseId = field(problems, UUID, first(params.arende), 'Okänt ärende; filtret används inte.')
  const organisationId = field(problems, UUID, first(params.organisation), 'Okänd organisation; filtret används inte.')
  const page =
    field(
      problems,
      z.coerce.number().int().min(1).max(10_000),
      first(params.sida),
      'Sidnumret måste vara ett positivt heltal; visar sida 1.',
    ) ?? 1
  const known = new Set(['ar', 'typ', 'arende', 'organisation', 'sida'])
  const unknown = Object.keys(params).filter((key) => !known.has(key))
  if (unknown.length > 0) problems.push(`Okända filter ignoreras: ${unknown.slice(0, 5).join(', ').slice(0, 100)}.`)
  return { value: { year, kind: kind as Meeting['kind'] | undefined, caseId, organisationId, page }, problems }
}

/** Builds a link to the archive with the given filters, keeping the others. */
export function archiveHref(filters: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') params.set(key, String(value))
  const query = params.toString()
  return query ? `/moten?${query}` : '/moten'
}

export const SEARCH_KINDS = [
  { value: 'item', label: 'Dagordningspunkter' },
  { value: 'decision', label: 'Ställningstaganden' },
  { value: 'document', label: 'Dokument' },
  { value: 'case', label: 'Ärenden' },
  { value: 'page', label: 'Sidor' },
] as const
export type SearchKindValue = (typeof SEARCH_KINDS)[number]['value']
const SEARCH_KIND_VALUES = SEARCH_KINDS.map((kind) => kind.value) as [SearchKindValue, ...SearchKindValue[]]

export function parseSearchQuery(
  params: SearchParams,
): ParsedQuery<{ q: string; kinds: SearchKindValue[]; year?: number; page: number }> {
  const problems: string[] = []
  let q = (first(params.q) ?? '').trim()
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push(`Sökfrågan var för lång; de första ${MAX_QUERY_LENGTH} tecknen används.`)
    q = q.slice(0, MAX_QUERY_LENGTH)
  }
  const rawKinds = params.typ === undefined ? [] : Array.isArray(params.typ) ? params.typ : [params.typ]
  const kinds = rawKinds.filter((kind): kind is SearchKindValue => (SEARCH_KIND_VALUES as string[]).includes(kind))
  if (kinds.length < rawKinds.filter(Boolean).length) problems.push('Okänd typ av träff ignoreras.')
  const year = field(
    problems,
    z.coerce.number().int().min(1990).max(2100),
    first(params.ar),
    'Året finns inte; söker i alla år.',
  )
  const page =
    field(
      problems,
      z.coerce.number().int().min(1).max(500),
      first(params.sida),
      'Sidnumret måste vara ett positivt heltal; visar sida 1.',
    ) ?? 1
  const unknown = Object.keys(params).filter((key) => !['q', 'typ', 'ar', 'sida'].includes(key))
  if (unknown.length > 0) problems.push(`Okända filter ignoreras: ${unknown.slice(0, 5).join(', ').slice(0, 100)}.`)
  return { value: { q, kinds, year, page }, problems }
}

/** /arshjul?ar=2026: one year, or the current and the next year when absent. */
export function parseYearPlanQuery(params: SearchParams, currentYear: number): ParsedQuery<{ years: number[] }> {
  const problems: string[] = []
  const year = field(
    problems,
    z.coerce.number().int().min(2000).max(2100),
    first(params.ar),
    `Året "${first(params.ar)?.slice(0, 20)}" finns inte i årshjulet; visar ${currentYear} och ${currentYear + 1}.`,
  )
  const unknown = Object.keys(params).filter((key) => key !== 'ar')
  if (unknown.length) problems.push(`Okänd del av adressen: ${unknown.map((key) => key.slice(0, 20)).join(', ')}.`)
  return { value: { years: year ? [year] : [currentYear, currentYear + 1] }, problems }
}
