export type FilterOption = { value: string; label: string }

/**
 * One filter of a public GET form: a labelled `<select>` whose first option means "no filter". Plain HTML, so the
 * filters work without JavaScript; the label wraps the control, so it needs no id to be named.
 */
export function FilterSelect({
  name,
  label,
  value,
  options,
  empty,
  className,
}: {
  name: string
  label: string
  value: string | null | undefined
  options: readonly FilterOption[]
  empty: string
  className?: string
}) {
  return (
    <label className={className}>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
