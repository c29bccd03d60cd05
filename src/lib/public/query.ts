/**
 * Query strings of public pages, validated with zod. Anything odd (unknown filters, page=-1, a 10 000-character
 * search) becomes a clear message on the page instead of an error, and the rest of the filters still apply.
 */
import { z } from 'zod'

import { MEETING_KINDS } from '../../../collections/Meetings/options'
import type { Meeting } from '../../payload-types'

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

export function parseMeetingFilters(params: SearchParams): ParsedQuery<{ year?: number; kind?: Meeting['kind']; caseId?: string; organisationId?: string; page: number }> {
  const problems: string[] = []
  const year = field(problems, z.coerce.number().int().min(1990).max(2100), first(params.ar), `Året "${first(params.ar)?.slice(0, 20)}" finns inte; visar alla år.`)
  const kind = field(problems, z.enum(MEETING_KIND_VALUES), first(params.typ), 'Okänd mötestyp; visar alla typer.')
  const caseId = field(problems, UUID, first(params.arende), 'Okänt ärende; filtret används inte.')
  const organisationId = field(problems, UUID, first(params.organisation), 'Okänd organisation; filtret används inte.')
  const page = field(problems, z.coerce.number().int().min(1).max(10_000), first(params.sida), 'Sidnumret måste vara ett positivt heltal; visar sida 1.') ?? 1
  const known = new Set(['ar', 'typ', 'arende', 'organisation', 'sida'])
  const unknown = Object.keys(params).filter((key) => !known.has(key))
  if (unknown.length > 0) problems.push(`Okända filter ignoreras: ${unknown.slice(0, 5).join(', ').slice(0, 100)}.`)
  return { value: { year, kind: kind as Meeting['kind'] | undefined, caseId, organisationId, page }, problems }
}

/** Builds a link to the archive with the given filters, keeping the others. */
export function archiveHref(filters: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value))
  const query = params.toString()
  return query ? `/moten?${query}` : '/moten'
}
