/**
 * Filters of the decision log in the address (/beslutslogg, /admin/beslutslogg, CSV and JSON), validated with zod.
 * Pages show what could not be used and apply the rest; downloads answer 400 with the same Swedish messages.
 */
import { z } from 'zod'

import type { AssignmentDisplayStatus } from '@/domain/assignmentStatus'
import { type LogFilters, LOG_STATUS_LABELS } from '@/domain/decisionLog'
import type { ParsedQuery, SearchParams } from './query'

/** Swedish words in the address, mapped to statuses. */
export const STATUS_SLUGS: Record<string, AssignmentDisplayStatus> = {
  'ej-paborjat': 'not_started',
  pagar: 'in_progress',
  forsenat: 'overdue',
  aterrapporterat: 'reported_back',
  avslutat: 'closed',
}
export const STATUS_OPTIONS = Object.entries(STATUS_SLUGS).map(([slug, status]) => ({
  value: slug,
  label: LOG_STATUS_LABELS[status],
}))
export const KIND_OPTIONS = [
  { value: 'uppdrag', label: 'Uppdrag' },
  { value: 'beslut', label: 'Beslut' },
] as const
export const DUE_WITHIN_OPTIONS = [
  { value: '30', label: 'Inom 30 dagar' },
  { value: '90', label: 'Inom 90 dagar' },
] as const

const KNOWN = ['status', 'inom', 'forsenat', 'organisation', 'arende', 'ar', 'typ'] as const
export type LogQuery = Partial<Record<(typeof KNOWN)[number], string>>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Rows per page of the public log (the downloads hold every row that matches). */
export const LOG_ROWS_PER_PAGE = 50

export function parseLogFilters(params: SearchParams): ParsedQuery<LogFilters> & { query: LogQuery; page: number } {
  const problems: string[] = []
  const query: LogQuery = {}
  const read = <T>(key: (typeof KNOWN)[number], schema: z.ZodType<T>, message: string): T | undefined => {
    const raw = first(params[key])?.trim()
    if (raw === undefined || raw === '') return undefined
    const result = schema.safeParse(raw)
    if (!result.success) {
      problems.push(message)
      return undefined
    }
    query[key] = raw
    return result.data
  }
  const statusSlug = read(
    'status',
    z.enum(Object.keys(STATUS_SLUGS) as [string, ...string[]]),
    'Okänd status; visar alla.',
  )
  const within = read('inom', z.enum(['30', '90']), 'Förfallotiden kan vara 30 eller 90 dagar; filtret används inte.')
  const overdue = read('forsenat', z.enum(['1', 'ja', 'on']), 'Försenat anges som forsenat=1; filtret används inte.')
  const organisationId = read('organisation', z.string().uuid(), 'Okänd organisation; filtret används inte.')
  const caseId = read('arende', z.string().uuid(), 'Okänt ärende; filtret används inte.')
  const year = read(
    'ar',
    z.coerce.number().int().min(1990).max(2100),
    `Året "${first(params.ar)?.slice(0, 20) ?? ''}" finns inte; visar alla år.`,
  )
  const kind = read('typ', z.enum(['uppdrag', 'beslut']), 'Typen kan vara uppdrag eller beslut; visar båda.')
  const rawPage = first(params.sida)?.trim()
  const parsedPage = rawPage ? z.coerce.number().int().min(1).max(10_000).safeParse(rawPage) : null
  if (parsedPage && !parsedPage.success) problems.push('Sidnumret måste vara ett positivt heltal; visar sida 1.')
  const unknown = Object.keys(params).filter((key) => key !== 'sida' && !(KNOWN as readonly string[]).includes(key))
  if (unknown.length > 0) problems.push(`Okända filter ignoreras: ${unknown.slice(0, 5).join(', ').slice(0, 100)}.`)
  return {
    page: parsedPage?.success ? parsedPage.data : 1,
    value: {
      status: statusSlug ? STATUS_SLUGS[statusSlug] : undefined,
      dueWithin: within ? (Number(within) as 30 | 90) : undefined,
      overdue: overdue ? true : undefined,
      organisationId,
      caseId,
      year,
      kind: kind === 'uppdrag' ? 'assignment' : kind === 'beslut' ? 'decision' : undefined,
    },
    problems,
    query,
  }
}

/** The query string for the same filters (for download links and the form's current values). */
export function logQueryString(query: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function searchParamsOf(url: string | URL): SearchParams {
  const params: SearchParams = {}
  for (const [key, value] of new URL(url).searchParams) params[key] = value
  return params
}
