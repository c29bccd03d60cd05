import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PlanTable, TABLE_STYLES } from '../../../../plugins/arshjul/exports/public'
import { Problems } from '../../../components/public/Problems'
import { publicYearPlan, todayInStockholm } from '../../../lib/public/arshjul'
import { parseYearPlanQuery, type SearchParams } from '../../../lib/public/query'

export const metadata: Metadata = { title: 'Årshjul', description: 'Vad SRO planerar att ta upp på kommande möten, tema för tema.' }
// Per request: the query string chooses the year.
export const dynamic = 'force-dynamic'

export default async function ArshjulPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const currentYear = Number(todayInStockholm().slice(0, 4))
  const { value, problems } = parseYearPlanQuery(await searchParams, currentYear)
  const found = await Promise.all(value.years.map((year) => publicYearPlan(year)))
  const plans = found.filter((plan) => plan !== null)
  // The årshjul plugin's public page is switched off (option publicPage).
  if (plans.length === 0) notFound()
  return (
    <>
      <style>{TABLE_STYLES}</style>
      <h1>Årshjul</h1>
      <p className="lead">
        Årshjulet visar vad SRO planerar att ta upp på sina möten, tema för tema. Planen ändras under året; kallelsen till varje möte
        gäller.
      </p>
      <Problems problems={problems} />
      {plans.map((plan) => (
        <section key={plan.year} aria-labelledby={`ar-${plan.year}`}>
          <h2 id={`ar-${plan.year}`}>{plan.year}</h2>
          {/* A meeting links to its page only once the kallelse is out (publicYearPlan); before that the date is text. */}
          <PlanTable plan={plan} caption={`Årshjul ${plan.year}: planerade teman per möte`} />
        </section>
      ))}
      <p>
        <a href="/arshjul.ics">Prenumerera på planerade möten med teman (iCal)</a> · Andra år:{' '}
        {[currentYear - 1, currentYear, currentYear + 1].map((year, index) => (
          <span key={year}>
            {index ? ', ' : ''}
            <a href={`/arshjul?ar=${year}`}>{year}</a>
          </span>
        ))}
      </p>
    </>
  )
}
