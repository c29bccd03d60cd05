import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PlanTable } from '@plugins/arshjul/exports/public'
import { CalendarSubscription } from '@/components/public/CalendarSubscription'
import { Problems } from '@/components/public/Problems'
import { ScrollRegion } from '@/components/public/ScrollRegion'
import { publicYearPlan, todayInStockholm } from '@/lib/public/arshjul'
import { parseYearPlanQuery } from '@/lib/public/query'
import { type QueryViewProps, viewSearchParams } from '@/lib/public/queryRoutes'

// /arshjul?… is rewritten here by the proxy (src/lib/public/queryRoutes.ts): rendered once per archive revision
// and query, then served from the page cache (src/cache/handler.mjs) like every other public page.
export const dynamicParams = true
export const revalidate = false
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = {
  title: 'Årshjul',
  description: 'Vad SRO planerar att ta upp på kommande möten, tema för tema.',
}

export default async function ArshjulPage({ params }: QueryViewProps) {
  const currentYear = Number(todayInStockholm().slice(0, 4))
  const { value, problems } = parseYearPlanQuery(await viewSearchParams(params), currentYear)
  const found = await Promise.all(value.years.map((year) => publicYearPlan(year)))
  const plans = found.filter((plan) => plan !== null)
  // The årshjul plugin's public page is switched off (option publicPage).
  // notFound() answers 404 with the site's not-found page, and the page cache keeps that answer for this revision.
  if (plans.length === 0) notFound()
  return (
    <>
      {/* The table's styles are in styles/arshjul.css: the public CSP (style-src 'self') refuses an inline <style>. */}
      <h1>Årshjul</h1>
      <p className="lead">
        Årshjulet visar vad SRO planerar att ta upp på sina möten, tema för tema. Planen ändras under året; kallelsen
        till varje möte gäller.
      </p>
      <Problems problems={problems} />
      {plans.map((plan) => (
        <section key={plan.year} aria-labelledby={`ar-${plan.year}`}>
          <h2 id={`ar-${plan.year}`}>{plan.year}</h2>
          {/* A meeting links to its page only once the kallelse is out (publicYearPlan); before that the date is text. */}
          <ScrollRegion id={`arshjul-${plan.year}-tabell`} label={`Årshjul ${plan.year} (tabell)`}>
            <PlanTable plan={plan} caption={`Årshjul ${plan.year}: planerade teman per möte`} />
          </ScrollRegion>
        </section>
      ))}
      <p>
        Andra år:{' '}
        {[currentYear - 1, currentYear, currentYear + 1].map((year, index) => (
          <span key={year}>
            {index ? ', ' : ''}
            <a href={`/arshjul?ar=${year}`}>{year}</a>
          </span>
        ))}
      </p>
      <CalendarSubscription path="/arshjul.ics" label="Prenumerera på planerade möten med teman i din kalender" />
    </>
  )
}
