/** The årshjul grid as an accessible table: meetings as columns, themes as rows, like the table in the documents. */
import type { ReactNode } from 'react'

import { buildGrid } from '../domain/grid'
import type { PlanItemView, YearPlan } from '../data'

type Props = {
  plan: YearPlan
  caption?: string
  /** Staff views link a cell to the plan item and add actions; the public table shows text only. */
  renderItem?: (item: PlanItemView) => ReactNode
  meetingHref?: (meeting: { slug: string | null; id: string }) => string | null
}

export function PlanTable({ plan, caption, renderItem, meetingHref }: Props) {
  const grid = buildGrid({ year: plan.year, meetings: plan.meetings, themes: plan.themes, items: plan.items })
  if (grid.columns.length === 0) return <p>Inga möten eller planerade punkter för {plan.year}.</p>
  return (
    <div className="arshjul-table">
      <table>
        <caption>{caption ?? `Årshjul ${plan.year}`}</caption>
        <thead>
          <tr>
            <th scope="col">Tema</th>
            {grid.columns.map((column) => {
              const href = column.meeting && meetingHref ? meetingHref(column.meeting as never) : null
              return (
                <th scope="col" key={column.key}>
                  {href ? <a href={href}>{column.label}</a> : column.label}
                  {column.meeting?.cancelled ? ' (inställt)' : ''}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.theme?.id ?? 'other'}>
              <th scope="row">
                <span className="arshjul-swatch" style={{ backgroundColor: row.theme?.colour }} aria-hidden="true" /> {row.theme?.name}
              </th>
              {row.cells.map((cell, index) => (
                <td key={grid.columns[index]!.key}>
                  {cell.length ? (
                    <ul>
                      {(cell as PlanItemView[]).map((item) => (
                        <li key={item.id}>{renderItem ? renderItem(item) : item.title}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
