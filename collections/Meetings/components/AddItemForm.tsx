'use client'
/**
 * The Dagordning's short form for a new item: number (the next one), title, handling and minutes, in one row. Enter in
 * a field adds the item, and focus goes back to the title for the next one.
 */
import { useEffect, useRef, useState } from 'react'

import { HANDLINGS } from '@/domain/handling'
import { addItem } from './agendaApi'

export function AddItemForm({
  api,
  meetingId,
  nextNumber,
  isBusy,
  run,
  onMoreFields,
}: {
  api: string
  meetingId: string
  nextNumber: string
  isBusy: boolean
  run: (work: () => Promise<void>, done: string) => Promise<void>
  onMoreFields: () => void
}) {
  const [number, setNumber] = useState(nextNumber)
  const [title, setTitle] = useState('')
  const [handling, setHandling] = useState('')
  const [minutes, setMinutes] = useState('')
  const [error, setError] = useState('')
  const titleField = useRef<HTMLInputElement>(null)
  useEffect(() => setNumber(nextNumber), [nextNumber])

  const submit = () => {
    if (isBusy) return
    const duration = minutes.trim() ? Number(minutes) : null
    if (!title.trim()) return setError('Skriv en rubrik för punkten.')
    if (!number.trim()) return setError('Ange punktens nummer.')
    if (duration !== null && (!Number.isInteger(duration) || duration < 0 || duration > 600))
      return setError('Minuter ska vara ett heltal mellan 0 och 600.')
    setError('')
    const item = {
      number: number.trim(),
      title: title.trim(),
      handling: handling ? [handling] : [],
      durationMinutes: duration,
    }
    // What was typed stays in the form if the save fails.
    void run(async () => {
      await addItem({ api, meetingId, item })
      setTitle('')
      setHandling('')
      setMinutes('')
      // Ready for the next item: its title is typed without first moving there.
      titleField.current?.focus()
    }, `Punkt ${item.number} ${item.title} lades till.`)
  }

  return (
    // A fieldset, not a form: it stands inside the meeting's form. Enter in a field adds the item instead of saving the meeting.
    <fieldset
      className="agenda-builder__add"
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || (event.target as HTMLElement).tagName !== 'INPUT') return
        event.preventDefault()
        submit()
      }}
    >
      <legend>Lägg till punkt</legend>
      <div className="agenda-builder__fields">
        <label>
          Nummer
          <input name="number" value={number} onChange={(event) => setNumber(event.target.value)} size={4} />
        </label>
        <label className="agenda-builder__title">
          Rubrik
          <input
            ref={titleField}
            name="title"
            value={title}
            aria-invalid={Boolean(error) && !title.trim()}
            aria-describedby={error ? 'agenda-builder-add-error' : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label>
          Hantering
          <select name="handling" value={handling} onChange={(event) => setHandling(event.target.value)}>
            <option value="">Ingen</option>
            {HANDLINGS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Minuter
          <input
            name="durationMinutes"
            inputMode="numeric"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            size={4}
          />
        </label>
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={isBusy} onClick={submit}>
          Lägg till punkt
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onMoreFields}>
          Fler fält …
        </button>
      </div>
      {error && (
        <p id="agenda-builder-add-error" className="agenda-builder__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
