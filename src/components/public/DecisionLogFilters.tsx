import { type FilterOption, FilterSelect } from './FilterSelect'
import { DUE_WITHIN_OPTIONS, KIND_OPTIONS, type LogQuery, STATUS_OPTIONS } from '@/lib/public/decisionLogQuery'

type Option = FilterOption

/** The log's filters as a plain GET form: works without JavaScript, every control labelled. */
export function DecisionLogFilters({
  action,
  query,
  organisations,
  cases,
  years,
}: {
  action: string
  query: LogQuery
  organisations: Option[]
  cases: Option[]
  years: string[]
}) {
  const select = (name: keyof LogQuery, label: string, options: readonly Option[], empty: string) => (
    <FilterSelect className="log-filter" name={name} label={label} value={query[name]} options={options} empty={empty} />
  )
  return (
    <form method="get" action={action} className="filters log-filters" aria-label="Filtrera beslutsloggen">
      {select('typ', 'Typ', KIND_OPTIONS, 'Beslut och uppdrag')}
      {select('status', 'Status', STATUS_OPTIONS, 'Alla')}
      {select('inom', 'Förfaller', DUE_WITHIN_OPTIONS, 'När som helst')}
      {select('organisation', 'Organisation', organisations, 'Alla')}
      {select('arende', 'Ärende', cases, 'Alla')}
      {select(
        'ar',
        'År',
        years.map((year) => ({ value: year, label: year })),
        'Alla år',
      )}
      <p className="log-filter log-filter-check">
        <input id="logg-forsenat" type="checkbox" name="forsenat" value="1" defaultChecked={Boolean(query.forsenat)} />
        <label htmlFor="logg-forsenat">Bara försenade</label>
      </p>
      <p className="log-filter-actions">
        <button type="submit">Filtrera</button> <a href={action}>Rensa filter</a>
      </p>
    </form>
  )
}
