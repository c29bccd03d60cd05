'use client'
/** Attendance as a checklist of those called: present unless changed; absent, remote, substituted by whom, from when. */
import { ATTENDANCE_STATUSES } from '@collections/Meetings/options'

import type { AttendanceStatus, SheetAttendee, SheetPerson } from '../types'
import { ErrorText, controlProps } from './Field'
import type { FieldErrors } from '../types'

type Props = {
  rows: SheetAttendee[]
  substitutes: SheetPerson[]
  people: SheetPerson[]
  errors: FieldErrors
  onChange: (index: number, change: Partial<SheetAttendee>) => void
}

export function AttendanceTable({ rows, substitutes, people, errors, onChange }: Props) {
  const substituteIds = new Set(substitutes.map((person) => person.id))
  const others = people.filter((person) => !substituteIds.has(person.id))
  const changed = rows.filter((row) => row.status !== 'present').length
  return (
    <section aria-labelledby="sro-minutes-attendance" className="sro-minutes__attendance">
      <h2 id="sro-minutes-attendance">Närvaro</h2>
      <p id="sro-minutes-attendance-hint">
        Alla kallade är närvarande om du inte ändrar något. {rows.length} kallade, {changed} med ändrad närvaro.
      </p>
      <div className="sro-minutes__table" role="region" aria-label="Närvaro, tabell" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Kallad</th>
              <th scope="col">Närvaro</th>
              <th scope="col">Ersätts av</th>
              <th scope="col">Från (klockslag)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const path = `attendance.${index}`
              const statusError = errors[`${path}.status`]
              const substituteError = errors[`${path}.substituteId`]
              const fromError = errors[`${path}.from`]
              const isLinked = Boolean(row.personId)
              return (
                <tr key={row.personId ?? `${row.name}-${index}`}>
                  <th scope="row">
                    {row.name}
                    {row.detail ? <span className="sro-minutes__hint"> ({row.detail})</span> : null}
                    {isLinked ? null : <span className="sro-minutes__hint"> – finns inte i registret</span>}
                  </th>
                  <td>
                    <select
                      {...controlProps(`${path}.status`, statusError)}
                      aria-label={`Närvaro för ${row.name}`}
                      value={row.status}
                      disabled={!isLinked}
                      onChange={(event) => onChange(index, { status: event.target.value as AttendanceStatus })}
                    >
                      {ATTENDANCE_STATUSES.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                    <ErrorText path={`${path}.status`} error={statusError} />
                  </td>
                  <td>
                    {row.status === 'substituted' ? (
                      <>
                        <select
                          {...controlProps(`${path}.substituteId`, substituteError)}
                          aria-label={`Ersättare för ${row.name}`}
                          value={row.substituteId ?? ''}
                          onChange={(event) => onChange(index, { substituteId: event.target.value || null })}
                        >
                          <option value="">Välj ersättare</option>
                          {substitutes.length ? (
                            <optgroup label="Ersättare i kallelsen">
                              {substitutes.map((person) => (
                                <option key={person.id} value={person.id}>
                                  {person.name}
                                </option>
                              ))}
                            </optgroup>
                          ) : null}
                          <optgroup label="Övriga i registret">
                            {others.map((person) => (
                              <option key={person.id} value={person.id}>
                                {person.name}
                              </option>
                            ))}
                          </optgroup>
                        </select>
                        <ErrorText path={`${path}.substituteId`} error={substituteError} />
                      </>
                    ) : (
                      <span className="sro-minutes__hint">–</span>
                    )}
                  </td>
                  <td>
                    {row.status === 'present' ? (
                      <span className="sro-minutes__hint">–</span>
                    ) : (
                      <>
                        <input
                          {...controlProps(`${path}.from`, fromError)}
                          aria-label={`Från klockslag, ${row.name}`}
                          inputMode="numeric"
                          placeholder="13.30"
                          size={6}
                          value={row.from}
                          onChange={(event) => onChange(index, { from: event.target.value })}
                        />
                        <ErrorText path={`${path}.from`} error={fromError} />
                      </>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
