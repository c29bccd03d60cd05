'use client'
/**
 * Two steps against POST /api/import: "Förhandsgranska" (a dry run: nothing is saved) and "Importera"
 * (the same file again, for real). The file stays in the form between the steps.
 */
import { useRef, useState, type FormEvent } from 'react'

import { handlingLabel } from '@/domain/handling'
import { describeCounts } from '@/import/counts'
import type { ImportResponse } from '@/import/endpoint'
import { CorrectionEditor } from './CorrectionEditor'
import { type Draft, draftFromPreview, draftProblem, toCorrections } from './correctionDraft'

type Props = { adminRoute: string; apiRoute: string }
type State =
  | { step: 'choose' }
  | { step: 'working'; confirm: boolean }
  | { step: 'preview'; result: ImportResponse }
  | { step: 'done'; result: ImportResponse }

// Payload's own list-table class gives header cells too little contrast for WCAG AA; these are plain and legible.
const IMPORT_STYLES = `
.sro-import__form { display: grid; gap: 1rem; max-width: 36rem; margin-block: 1.5rem; }
.sro-import__form input { display: block; margin-top: 0.25rem; }
.sro-import__table { overflow-x: auto; }
.sro-import__table table { border-collapse: collapse; width: 100%; }
.sro-import__table th, .sro-import__table td { border-bottom: 1px solid var(--theme-elevation-150); padding: 0.5rem; text-align: left; vertical-align: top; color: var(--theme-text); }
.sro-import__table caption { text-align: left; font-weight: 600; padding-block: 0.5rem; }
.sro-import__error { color: var(--theme-error-500); font-weight: 600; }
.sro-import__actions { margin-block: 1.5rem; }
.sro-import__suggestion { display: grid; gap: 0.25rem; margin-block: 0.75rem; padding: 0.75rem; border: 1px solid var(--theme-elevation-150); }
.sro-import__correct input, .sro-import__correct textarea, .sro-import__correct select { width: 100%; min-width: 8rem; font: inherit; color: var(--theme-text); background: var(--theme-input-bg); border: 1px solid var(--theme-elevation-400); padding: 0.25rem; }
.sro-import__correct .sro-import__number { min-width: 3.5rem; width: 4.5rem; }
.sro-import__decision, .sro-import__split { display: grid; gap: 0.25rem; margin-bottom: 0.5rem; }
.sro-import__hint { margin: 0.25rem 0 0; color: var(--theme-text); font-style: italic; }
`

export function ImportForm({ adminRoute, apiRoute }: Props) {
  const form = useRef<HTMLFormElement>(null)
  const [state, setState] = useState<State>({ step: 'choose' })
  const [error, setError] = useState<string | null>(null)
  /** Spelling → person id, for the suggestions the user said are the same person. */
  const [aliases, setAliases] = useState<Record<string, string>>({})
  /** Staff's corrections to the preview, sent with "Importera". */
  const [draft, setDraft] = useState<Draft | null>(null)

  async function send(confirm: boolean) {
    const element = form.current
    if (!element) return
    const file = (element.elements.namedItem('file') as HTMLInputElement).files?.[0]
    const year = (element.elements.namedItem('year') as HTMLInputElement).value.trim()
    if (!file) {
      setError('Välj en fil att importera (.md, .txt, .docx eller .pdf).')
      return
    }
    const problem = confirm && draft ? draftProblem(draft) : null
    if (problem) {
      setError(`${problem} Ingenting har importerats.`)
      return
    }
    const corrections = confirm && draft ? toCorrections(draft) : {}
    const previous = state.step === 'preview' ? state.result : null
    setError(null)
    setState({ step: 'working', confirm })
    const body = new FormData()
    body.append('file', file)
    body.append(
      '_payload',
      JSON.stringify({
        confirm,
        ...(year ? { year } : {}),
        ...(confirm && Object.keys(aliases).length ? { aliases } : {}),
        ...(Object.keys(corrections).length ? { corrections } : {}),
      }),
    )
    try {
      const response = await fetch(`${apiRoute}/import`, { method: 'POST', body, credentials: 'include' })
      const json = (await response
        .json()
        .catch(() => ({ error: `Servern svarade ${response.status}.` }))) as ImportResponse & { error?: string }
      if (!response.ok || json.error) {
        setError(json.error ?? `Importen misslyckades (${response.status}).`)
        // A refused correction keeps the preview and what staff typed, so nothing entered is lost.
        setState(confirm && previous ? { step: 'preview', result: previous } : { step: 'choose' })
        return
      }
      if (!confirm) {
        setAliases({})
        setDraft(json.meetings[0] ? draftFromPreview(json.meetings[0]) : null)
      }
      setState({ step: confirm ? 'done' : 'preview', result: json })
    } catch {
      setError('Kunde inte nå servern. Kontrollera anslutningen och försök igen; ingenting har sparats.')
      setState({ step: 'choose' })
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void send(false)
  }
  const result = state.step === 'preview' || state.step === 'done' ? state.result : null

  return (
    <div className="sro-import">
      <style>{IMPORT_STYLES}</style>
      <p>
        Läs in en kallelse eller mötesanteckning (.md, .txt, .docx eller en PDF med text). Du ser först vad som skulle
        sparas och alla varningar; ingenting sparas förrän du väljer <strong>Importera</strong>. Samma dokument två
        gånger ändrar ingenting, och en mötesanteckning uppdaterar mötet som dess kallelse skapade.
      </p>
      <form ref={form} onSubmit={onSubmit} className="sro-import__form" aria-describedby="sro-import-status">
        <div className="field-type">
          <label className="field-label" htmlFor="sro-import-file">
            Dokument
          </label>
          <input
            id="sro-import-file"
            name="file"
            type="file"
            accept=".md,.txt,.markdown,.docx,.pdf"
            onChange={() => setState({ step: 'choose' })}
          />
        </div>
        <div className="field-type">
          <label className="field-label" htmlFor="sro-import-year">
            År, om dokumentets datum saknar årtal (valfritt)
          </label>
          <input id="sro-import-year" name="year" type="number" min={1990} max={2100} inputMode="numeric" />
        </div>
        <button type="submit" className="btn btn--style-secondary btn--size-medium" disabled={state.step === 'working'}>
          Förhandsgranska
        </button>
      </form>

      <div id="sro-import-status" role="status" aria-live="polite">
        {state.step === 'working' ? (state.confirm ? 'Importerar …' : 'Läser dokumentet …') : null}
        {state.step === 'done' && result
          ? `Importen är klar: ${describeCounts(result.created)} skapade, ${describeCounts(result.updated)} uppdaterade.`
          : null}
      </div>
      {error ? (
        <p role="alert" className="sro-import__error">
          {error}
        </p>
      ) : null}

      {result ? (
        <section aria-labelledby="sro-import-preview" className="sro-import__preview">
          <h2 id="sro-import-preview">
            {state.step === 'done' ? 'Importerat' : 'Förhandsgranskning (inget är sparat än)'}
          </h2>
          <p>
            {state.step === 'done' ? 'Skapade' : 'Skapas'}: {describeCounts(result.created)}.{' '}
            {state.step === 'done' ? 'Uppdaterade' : 'Uppdateras'}: {describeCounts(result.updated)}.
          </p>
          {state.step === 'done' && result.meetingId ? (
            <p>
              <a href={`${adminRoute}/collections/meetings/${result.meetingId}`}>Öppna mötet i administrationen</a>
            </p>
          ) : null}

          <h3>Varningar ({result.warnings.length})</h3>
          {result.warnings.length ? (
            <ul className="sro-import__warnings">
              {result.warnings.map((warning, index) => (
                <li key={index}>
                  {warning.line ? <strong>Rad {warning.line}: </strong> : null}
                  {warning.message}
                </li>
              ))}
            </ul>
          ) : (
            <p>Inga varningar: allt i dokumentet kunde tolkas.</p>
          )}

          {state.step === 'preview' && result.nameSuggestions.length ? (
            <>
              <h3>Namn som liknar någon i registret ({result.nameSuggestions.length})</h3>
              {result.nameSuggestions.map((suggestion) => (
                <fieldset key={suggestion.name} className="sro-import__suggestion">
                  <legend>
                    {suggestion.line ? `Rad ${suggestion.line}: ` : ''}
                    &quot;{suggestion.name}&quot;
                  </legend>
                  <label>
                    <input
                      type="radio"
                      name={`alias-${suggestion.name}`}
                      checked={!aliases[suggestion.name]}
                      onChange={() => setAliases(({ [suggestion.name]: _removed, ...rest }) => rest)}
                    />{' '}
                    Ny person i registret
                  </label>
                  {suggestion.candidates.map((candidate) => (
                    <label key={candidate.id}>
                      <input
                        type="radio"
                        name={`alias-${suggestion.name}`}
                        checked={aliases[suggestion.name] === candidate.id}
                        onChange={() => setAliases((current) => ({ ...current, [suggestion.name]: candidate.id }))}
                      />{' '}
                      Samma person som {candidate.name} (stavningen sparas som alias)
                    </label>
                  ))}
                </fieldset>
              ))}
            </>
          ) : null}

          {result.meetings.map((meeting) => (
            <div key={`${meeting.date}-${meeting.kind}`}>
              <h3>
                {meeting.stage === 'notice' ? 'Kallelse' : 'Mötesanteckning'} för mötet {meeting.date}
                {meeting.start ? `, ${meeting.start}${meeting.end ? `–${meeting.end}` : ''}` : ''}
              </h3>
              {meeting.location ? <p>Plats: {meeting.location}</p> : null}
              {meeting.absent.length ? <p>Frånvarande: {meeting.absent.join(', ')}</p> : null}
              <div className="sro-import__table">
                <table>
                  <caption>Dagordning, {meeting.agendaItems.length} punkter</caption>
                  <thead>
                    <tr>
                      <th scope="col">Punkt</th>
                      <th scope="col">Rubrik</th>
                      <th scope="col">Hantering</th>
                      <th scope="col">Minuter</th>
                      <th scope="col">Föredragande</th>
                      <th scope="col">{meeting.stage === 'notice' ? 'Förslag till beslut' : 'Beslut'}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {meeting.agendaItems.map((item, index) => (
                      <tr key={index}>
                        <th scope="row">{item.number ? `${item.parent ?? ''}${item.number}` : 'Paus'}</th>
                        <td>{item.title}</td>
                        <td>{item.handling.map(handlingLabel).join(', ')}</td>
                        <td>{item.durationMinutes ?? ''}</td>
                        <td>{item.presenters.join(', ')}</td>
                        <td>
                          {item.decisions.length ? (
                            <ol>
                              {item.decisions.map((decision, decisionIndex) => (
                                <li key={decisionIndex}>{decision}</li>
                              ))}
                            </ol>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {meeting.assignments.length ? (
                <>
                  <h4>Uppdrag ({meeting.assignments.length})</h4>
                  <ul>
                    {meeting.assignments.map((assignment, index) => (
                      <li key={index}>
                        {assignment.text}
                        {assignment.dueText ? ` (${assignment.dueText})` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ))}

          {state.step === 'preview' && draft ? (
            <CorrectionEditor
              draft={draft}
              onChange={setDraft}
              people={result.people ?? []}
              register={result.register ?? []}
              aliases={aliases}
              onAlias={(name, personId) =>
                setAliases(({ [name]: _removed, ...rest }) => (personId ? { ...rest, [name]: personId } : rest))
              }
            />
          ) : null}

          {state.step === 'preview' ? (
            <div className="sro-import__actions">
              <button type="button" className="btn btn--style-primary btn--size-medium" onClick={() => void send(true)}>
                Importera
              </button>{' '}
              <button
                type="button"
                className="btn btn--style-secondary btn--size-medium"
                onClick={() => setState({ step: 'choose' })}
              >
                Avbryt
              </button>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
