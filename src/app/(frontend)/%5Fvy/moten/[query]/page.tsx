import type { Metadata } from 'next'

import { MEETING_KINDS } from '@collections/Meetings/options'
import { MeetingList } from '@/components/public/MeetingList'
import { Problems } from '@/components/public/Problems'
import { stockholmDate } from '@/domain/time'
import { listMeetings, meetingYears } from '@/lib/public/meetings'
import { AS_VISITOR, publicPayload } from '@/lib/public/payload'
import { archiveHref, parseMeetingFilters } from '@/lib/public/query'
import { FilterSelect } from '@/components/public/FilterSelect'
import { type QueryViewProps, viewSearchParams } from '@/lib/public/queryRoutes'

// /moten?… is rewritten here by the proxy (src/lib/public/queryRoutes.ts): rendered once per archive revision
// and query, then served from the page cache (src/cache/handler.mjs) like every other public page.
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = {
  title: 'Möten',
  description: 'Alla SRO:s möten med kallelser och mötesanteckningar, nyaste först.',
}

export default async function MeetingsPage({ params }: QueryViewProps) {
  const { value: filters, problems } = parseMeetingFilters(await viewSearchParams(params))
  const payload = await publicPayload()
  const [result, years, cases, organisations] = await Promise.all([
    listMeetings(filters),
    meetingYears(),
    payload.find({
      collection: 'cases',
      sort: 'title',
      pagination: false,
      depth: 0,
      select: { title: true },
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'organisations',
      sort: 'name',
      pagination: false,
      depth: 0,
      select: { name: true },
      ...AS_VISITOR,
    }),
  ])
  const current = { ar: filters.year, typ: filters.kind, arende: filters.caseId, organisation: filters.organisationId }
  const byYear = new Map<string, typeof result.docs>()
  for (const meeting of result.docs) {
    const year = stockholmDate(meeting.startsAt).slice(0, 4)
    byYear.set(year, [...(byYear.get(year) ?? []), meeting])
  }

  return (
    <>
      <h1>Möten</h1>
      <Problems problems={problems} />
      <form method="get" action="/moten" className="filters">
        <fieldset>
          <legend>Filtrera möten</legend>
          <FilterSelect
            name="ar"
            label="År"
            value={filters.year?.toString()}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
            empty="Alla år"
          />
          <FilterSelect
            name="typ"
            label="Typ av möte"
            value={filters.kind}
            options={MEETING_KINDS}
            empty="Alla typer"
          />
          <FilterSelect
            name="arende"
            label="Ärende"
            value={filters.caseId}
            options={cases.docs.map((entry) => ({ value: entry.id, label: entry.title }))}
            empty="Alla ärenden"
          />
          <FilterSelect
            name="organisation"
            label="Föredragande organisation"
            value={filters.organisationId}
            options={organisations.docs.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            empty="Alla organisationer"
          />
          <button type="submit">Visa</button>
        </fieldset>
      </form>

      {result.totalDocs === 0 ? (
        <p>
          Inga möten matchar filtren. <a href="/moten">Visa alla möten</a>.
        </p>
      ) : (
        <>
          <p className="meta" role="status">
            {result.totalDocs} {result.totalDocs === 1 ? 'möte' : 'möten'}
          </p>
          {[...byYear.entries()].map(([year, meetings]) => (
            <section key={year} aria-labelledby={`ar-${year}`}>
              <h2 id={`ar-${year}`}>{year}</h2>
              <MeetingList meetings={meetings} />
            </section>
          ))}
        </>
      )}

      {result.totalPages > 1 && (
        <nav aria-label="Sidor" className="pagination">
          <ul>
            {result.hasPrevPage && (
              <li>
                <a href={archiveHref({ ...current, sida: result.prevPage ?? undefined })} rel="prev">
                  Föregående sida
                </a>
              </li>
            )}
            <li aria-current="page">
              Sida {result.page} av {result.totalPages}
            </li>
            {result.hasNextPage && (
              <li>
                <a href={archiveHref({ ...current, sida: result.nextPage ?? undefined })} rel="next">
                  Nästa sida
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  )
}
