/** The årshjul grid as an accessible table: meetings as columns, themes as rows, like the table in the documents. */
import type { ReactNode } from 'react'

import type { PlanItemView, PlanMeeting, YearPlan } from '../data'
import { buildGrid } from '../domain/grid'

type Props = {
  plan: YearPlan
  caption?: string
  /** Staff views link a cell to the plan item and add actions; the public table shows text only. */
  renderItem?: (item: PlanItemView) => ReactNode
  /** A column's link; without it, the meeting's public page (option `meetings.publicPath`). */
  meetingHref?: (meeting: PlanMeeting) => string | null
}

export function PlanTable({ plan, caption, renderItem, meetingHref }: Props) {
  const grid = buildGrid({ year: plan.year, meetings: plan.meetings, themes: plan.themes, items: plan.items })
  const meetings = new Map(plan.meetings.map((meeting) => [meeting.id, meeting]))
  const items = new Map(plan.items.map((item) => [item.id, item]))
  if (grid.columns.length === 0) return <p>Inga möten eller planerade punkter för {plan.year}.</p>
  return (
    <div className="arshjul-table">
      <table>
        <caption>{caption ?? `Årshjul ${plan.year}`}</caption>
        <thead>
          <tr>
            <th scope="col">Tema</th>
            {grid.columns.map((column) => {
              const meeting = column.meeting ? meetings.get(column.meeting.id) : undefined
              const href = meeting ? (meetingHref ? meetingHref(meeting) : meeting.href) : null
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
                {/* A fill attribute, not style="…": the public CSP (style-src 'self') refuses inline styles. */}
                <svg className="arshjul-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                  <circle cx="5" cy="5" r="5" fill={row.theme?.colour} />
                </svg>{' '}
                {row.theme?.name}
              </th>
              {row.cells.map((cell, index) => (
                <td key={grid.columns[index]!.key}>
                  {cell.length ? (
                    <ul>
                      {cell.map((entry) => {
                        const item = items.get(entry.id)
                        return <li key={entry.id}>{renderItem && item ? renderItem(item) : entry.title}</li>
                      })}
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
