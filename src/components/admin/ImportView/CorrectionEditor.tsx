'use client'
/**
 * "Rätta före import": the parsed agenda and list of those called as editable tables on the preview page itself (no
 * drawers): retitle and renumber items, merge an item into the one above, split one at a paragraph of its text, edit,
 * remove and add decisions; edit, remove and add rows of those called; choose the register person for a new name.
 */
import { useState } from 'react'

import { GROUP_LABELS } from '@/domain/roster'
import type { PersonMatchRow } from '@/import/endpoint'
import type { Group, Role } from '@/import/schema'
import {
  addCalled,
  canMergeUp,
  mergeIntoPrevious,
  removeCalled,
  splitItem,
  updateCalled,
  updateItem,
  type Draft,
  type DraftItem,
} from './correctionDraft'

const ROLE_LABELS: Record<Role, string> = {
  ordforande: 'Ordförande',
  vice_ordforande: 'Vice ordförande',
  ledamot: 'Ledamot',
  sekreterare: 'Sekreterare',
  beredning: 'Beredning',
  direktor: 'Direktör',
  representant: 'Representant',
  kommunikator: 'Kommunikatör',
  adjungerad: 'Adjungerad',
}

type Props = {
  draft: Draft
  onChange: (draft: Draft) => void
  people: PersonMatchRow[]
  register: { id: string; name: string }[]
  aliases: Record<string, string>
  onAlias: (name: string, personId: string | null) => void
}

function ItemRow({ draft, index, onChange }: { draft: Draft; index: number; onChange: (draft: Draft) => void }) {
  const item = draft.items[index] as DraftItem
  const [splitAt, setSplitAt] = useState('')
  const label = item.number || String(index + 1)
  const set = (change: Partial<DraftItem>) => onChange(updateItem(draft, index, change))
  return (
    <tr>
      <td>
        <input
          className="sro-import__number"
          aria-label={`Nummer för punkt ${label}`}
          value={item.number}
          onChange={(event) => set({ number: event.target.value })}
        />
      </td>
      <td>
        <input
          aria-label={`Rubrik för punkt ${label}`}
          value={item.title}
          onChange={(event) => set({ title: event.target.value })}
        />
        {item.splitFrom ? <p className="sro-import__hint">Avdelad från punkten ovanför.</p> : null}
      </td>
      <td>
        {item.decisions.map((decision, at) => (
          <div key={at} className="sro-import__decision">
            <textarea
              aria-label={`Beslut ${at + 1} under punkt ${label}`}
              value={decision}
              rows={2}
              onChange={(event) =>
                set({ decisions: item.decisions.map((text, other) => (other === at ? event.target.value : text)) })
              }
            />
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              onClick={() => set({ decisions: item.decisions.filter((_, other) => other !== at) })}
            >
              Ta bort beslut {at + 1} under punkt {label}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => set({ decisions: [...item.decisions, ''] })}
        >
          Lägg till beslut under punkt {label}
        </button>
      </td>
      <td>
        {index > 0 && canMergeUp(draft, index) ? (
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => onChange(mergeIntoPrevious(draft, index))}
          >
            Slå ihop punkt {label} med punkten ovanför
          </button>
        ) : null}
        {item.sources.length === 1 && item.paragraphs.length > 1 ? (
          <div className="sro-import__split">
            <label>
              Dela punkt {label} vid stycke
              <select value={splitAt} onChange={(event) => setSplitAt(event.target.value)}>
                <option value="">Välj stycke</option>
                {item.paragraphs.map((paragraph, at) =>
                  at === 0 ? null : (
                    <option key={at} value={at + 1}>
                      {at + 1}: {paragraph.slice(0, 60)}
                    </option>
                  ),
                )}
              </select>
            </label>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              disabled={!splitAt}
              onClick={() => {
                onChange(splitItem(draft, index, Number(splitAt)))
                setSplitAt('')
              }}
            >
              Dela punkt {label}
            </button>
          </div>
        ) : null}
      </td>
    </tr>
  )
}

export function CorrectionEditor({ draft, onChange, people, register, aliases, onAlias }: Props) {
  // An ambiguous name is kept as text by the importer; only a new name can be pointed at a register person.
  const newPeople = people.filter((row) => row.match === 'new')
  return (
    <section aria-labelledby="sro-import-correct" className="sro-import__correct">
      <h3 id="sro-import-correct">Rätta före import</h3>
      <p>
        Rätta det som tolkats fel innan du importerar. Ingen text går förlorad: en punkt som slås ihop följer med i
        punkten ovanför, och en delad punkt får texten från det stycke du väljer.
      </p>
      <div className="sro-import__table">
        <table>
          <caption>Dagordningens punkter och beslut</caption>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Rubrik</th>
              <th scope="col">Beslut</th>
              <th scope="col">Gränser</th>
            </tr>
          </thead>
          <tbody>
            {draft.items.map((item, index) => (
              <ItemRow key={item.key} draft={draft} index={index} onChange={onChange} />
            ))}
          </tbody>
        </table>
      </div>

      <div className="sro-import__table">
        <table>
          <caption>Kallade ({draft.called.length})</caption>
          <thead>
            <tr>
              <th scope="col">Namn</th>
              <th scope="col">Parti</th>
              <th scope="col">Organisation</th>
              <th scope="col">Part</th>
              <th scope="col">Grupp</th>
              <th scope="col">Roll</th>
              <th scope="col">Ta bort</th>
            </tr>
          </thead>
          <tbody>
            {draft.called.map((row, index) => {
              const who = row.name || `rad ${index + 1}`
              const set = (change: Parameters<typeof updateCalled>[2]) => onChange(updateCalled(draft, index, change))
              return (
                <tr key={row.key}>
                  <td>
                    <input
                      aria-label={`Namn, kallad ${index + 1}`}
                      value={row.name}
                      onChange={(event) => set({ name: event.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      className="sro-import__number"
                      aria-label={`Parti för ${who}`}
                      value={row.party}
                      onChange={(event) => set({ party: event.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Organisation för ${who}`}
                      value={row.organisation}
                      onChange={(event) => set({ organisation: event.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`Part för ${who}`}
                      value={row.side}
                      onChange={(event) => set({ side: event.target.value as 'vgk' | 'vgr' | '' })}
                    >
                      <option value="">Välj part</option>
                      <option value="vgk">VGK</option>
                      <option value="vgr">VGR</option>
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Grupp för ${who}`}
                      value={row.group}
                      onChange={(event) => set({ group: event.target.value as Group | '' })}
                    >
                      <option value="">Välj grupp</option>
                      {Object.entries(GROUP_LABELS).map(([value, text]) => (
                        <option key={value} value={value}>
                          {text}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Roll för ${who}`}
                      value={row.role}
                      onChange={(event) => set({ role: event.target.value as Role | '' })}
                    >
                      <option value="">Ingen roll</option>
                      {Object.entries(ROLE_LABELS).map(([value, text]) => (
                        <option key={value} value={value}>
                          {text}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      onClick={() => onChange(removeCalled(draft, index))}
                    >
                      Ta bort {who}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => onChange(addCalled(draft))}
        >
          Lägg till kallad
        </button>
      </div>

      {newPeople.length ? (
        <div className="sro-import__table">
          <table>
            <caption>Personer som inte finns i registret ({newPeople.length})</caption>
            <thead>
              <tr>
                <th scope="col">Namn i dokumentet</th>
                <th scope="col">Person i registret</th>
              </tr>
            </thead>
            <tbody>
              {newPeople.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td>
                    <select
                      aria-label={`Person i registret för ${row.name}`}
                      value={aliases[row.name] ?? ''}
                      onChange={(event) => onAlias(row.name, event.target.value || null)}
                    >
                      <option value="">Ny person</option>
                      {(row.candidates.length ? row.candidates : register).map((person) => (
                        <option key={person.id} value={person.id}>
                          {person.name}
                        </option>
                      ))}
                      {row.candidates.length ? (
                        <optgroup label="Hela registret">
                          {register
                            .filter((person) => !row.candidates.some((candidate) => candidate.id === person.id))
                            .map((person) => (
                              <option key={person.id} value={person.id}>
                                {person.name}
                              </option>
                            ))}
                        </optgroup>
                      ) : null}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
