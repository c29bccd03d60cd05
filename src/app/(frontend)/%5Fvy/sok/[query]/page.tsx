import type { Metadata } from 'next'

import { Problems } from '@/components/public/Problems'
import { formatSwedishDate } from '@/domain/time'
import { publicSearchIndex } from '@/lib/public/search'
import { SEARCH_KINDS, parseSearchQuery } from '@/lib/public/query'
import { search, snippet } from '@/search/engine'
import { type QueryViewProps, viewSearchParams } from '@/lib/public/queryRoutes'

// /sok?… is rewritten here by the proxy (src/lib/public/queryRoutes.ts): rendered once per archive revision
// and query, then served from the page cache (src/cache/handler.mjs) like every other public page.
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = {
  title: 'Sök',
  description: 'Sök i SRO:s dagordningar, ställningstaganden, dokument, ärenden och sidor.',
}

const RESULTS_PER_PAGE = 20
const KIND_LABELS: Record<string, string> = {
  item: 'Punkt',
  decision: 'Ställningstagande',
  document: 'Dokument',
  case: 'Ärende',
  page: 'Sida',
}

function pageHref(q: string, kinds: string[], year: number | undefined, page: number) {
  const params = new URLSearchParams({ q })
  for (const kind of kinds) params.append('typ', kind)
  if (year) params.set('ar', String(year))
  if (page > 1) params.set('sida', String(page))
  return `/sok?${params.toString()}`
}

export default async function SearchPage({ params }: QueryViewProps) {
  const { value, problems } = parseSearchQuery(await viewSearchParams(params))
  const index = value.q ? await publicSearchIndex() : null
  const result = index
    ? search(index, value.q, {
        kinds: value.kinds,
        year: value.year,
        limit: RESULTS_PER_PAGE,
        offset: (value.page - 1) * RESULTS_PER_PAGE,
      })
    : null
  const totalPages = result ? Math.ceil(result.total / RESULTS_PER_PAGE) : 0

  return (
    <>
      <h1>Sök i arkivet</h1>
      <Problems problems={problems} />
      <form method="get" action="/sok" role="search" className="filters">
        <fieldset>
          <legend>Sök</legend>
          <label>
            Sökord
            <input type="search" name="q" defaultValue={value.q} maxLength={200} />
          </label>
          <label>
            År
            <input type="number" name="ar" min={1990} max={2100} inputMode="numeric" defaultValue={value.year ?? ''} />
          </label>
          <fieldset className="kinds">
            <legend>Visa</legend>
            {SEARCH_KINDS.map((kind) => (
              <label key={kind.value} className="inline">
                <input
                  type="checkbox"
                  name="typ"
                  value={kind.value}
                  defaultChecked={value.kinds.includes(kind.value)}
                />{' '}
                {kind.label}
              </label>
            ))}
          </fieldset>
          <button type="submit">Sök</button>
        </fieldset>
      </form>

      {!value.q && (
        <p>
          Skriv ett eller flera ord. Alla ord måste finnas i träffen; böjningar och sammansättningar räknas (”avtalet”
          hittar ”hälso- och sjukvårdsavtal”).
        </p>
      )}

      {result && (
        <section aria-labelledby="traffar">
          <h2 id="traffar">
            {result.total === 0
              ? `Inga träffar för ”${value.q}”`
              : `${result.total} ${result.total === 1 ? 'träff' : 'träffar'} för ”${value.q}”`}
          </h2>
          {result.total === 0 && <p>Pröva färre eller andra ord, eller ta bort filtren.</p>}
          <ol className="search-results" start={(value.page - 1) * RESULTS_PER_PAGE + 1}>
            {result.hits.map((hit) => (
              <li key={hit.doc.id}>
                <a href={hit.doc.url}>{hit.doc.title}</a>
                <p className="meta">
                  {KIND_LABELS[hit.doc.kind]}
                  {hit.doc.context ? ` · ${hit.doc.context}` : ''}
                  {hit.doc.date && !hit.doc.context?.includes('möte') ? ` · ${formatSwedishDate(hit.doc.date)}` : ''}
                </p>
                {hit.doc.text && (
                  <p className="snippet">
                    {snippet(hit.doc.text, hit.terms).map((part, index) =>
                      part.isMatch ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                    )}
                  </p>
                )}
              </li>
            ))}
          </ol>
          {totalPages > 1 && (
            <nav aria-label="Sidor med träffar" className="pagination">
              <ul>
                {value.page > 1 && (
                  <li>
                    <a href={pageHref(value.q, value.kinds, value.year, value.page - 1)} rel="prev">
                      Föregående sida
                    </a>
                  </li>
                )}
                <li aria-current="page">
                  Sida {value.page} av {totalPages}
                </li>
                {value.page < totalPages && (
                  <li>
                    <a href={pageHref(value.q, value.kinds, value.year, value.page + 1)} rel="next">
                      Nästa sida
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </section>
      )}
    </>
  )
}
