'use client'
/**
 * The minutes screen's form: client-side only because it keeps what was typed across a failed save and shows the
 * due phrase as read while typing. One "Spara" (or "Spara och publicera") posts everything to
 * /api/protokollfor/<id>; the form never takes Payload's document locks.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react'

import type { FieldErrors, MinutesSheet, SaveConflict, SaveResponse, SheetAttendee } from '../types'
import { AttendanceTable } from './AttendanceTable'
import { ErrorText } from './Field'
import { type FormItem, type FormValues, fieldId, toBody, toFormValues } from './formState'
import { ItemSection, type KindOption } from './ItemSection'
import { MINUTES_STYLES } from './styles'

type Props = { sheet: MinutesSheet; kinds: KindOption[]; apiRoute: string; adminRoute: string; canWrite: boolean }
type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string; published: boolean }

const timeOf = (iso: string) =>
  iso
    ? new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(
        new Date(iso),
      )
    : ''

export function MinutesForm({ sheet: initial, kinds, apiRoute, adminRoute, canWrite }: Props) {
  const [sheet, setSheet] = useState(initial)
  const [values, setValues] = useState<FormValues>(() => toFormValues(initial))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [conflict, setConflict] = useState<SaveConflict | null>(null)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [isDirty, setDirty] = useState(false)
  const alertRef = useRef<HTMLDivElement>(null)

  // Leaving with unsaved changes asks first: nothing typed is lost by a stray click.
  useEffect(() => {
    if (!isDirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isDirty])

  const change = (next: FormValues) => {
    setValues(next)
    setDirty(true)
    if (status.kind === 'saved') setStatus({ kind: 'idle' })
  }
  const setAttendee = (index: number, patch: Partial<SheetAttendee>) =>
    change({ ...values, attendance: values.attendance.map((row, i) => (i === index ? { ...row, ...patch } : row)) })
  const setItem = (index: number, item: FormItem) =>
    change({ ...values, items: values.items.map((current, i) => (i === index ? item : current)) })

  async function save({ publish, force }: { publish: boolean; force: boolean }) {
    setStatus({ kind: 'saving' })
    setMessage(null)
    let result: SaveResponse
    try {
      const response = await fetch(`${apiRoute}/protokollfor/${sheet.meeting.id}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(toBody({ values, stamp: sheet.stamp, publish, force })),
      })
      result = (await response.json().catch(() => ({
        ok: false,
        error: `Servern svarade ${response.status}. Ingenting har sparats.`,
      }))) as SaveResponse
    } catch {
      result = { ok: false, error: 'Kunde inte nå servern. Det du skrivit finns kvar här; försök igen.' }
    }
    if (result.ok) {
      setSheet(result.sheet)
      setValues(toFormValues(result.sheet))
      setErrors({})
      setConflict(null)
      setDirty(false)
      setStatus({ kind: 'saved', at: result.savedAt, published: publish })
      return
    }
    // The form keeps every value; the errors go beside their fields and into the summary.
    setErrors(result.fieldErrors ?? {})
    setConflict(result.conflict ?? null)
    setMessage(result.error)
    setStatus({ kind: 'idle' })
    requestAnimationFrame(() => alertRef.current?.focus())
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    void save({ publish: submitter?.value === 'publish', force: false })
  }

  const errorList = Object.entries(errors)
  // The meeting's own rules (the minutes before the kallelse or the start) answer for the publish button.
  const publishError = errorList.find(([path]) => path.startsWith('meeting.'))?.[1]
  const isPublished = sheet.meeting.isMinutesPublished
  return (
    <div className="sro-minutes">
      <style>{MINUTES_STYLES}</style>
      {message ? (
        <div ref={alertRef} tabIndex={-1} role="alert" className="sro-minutes__alert">
          <p>
            <strong>{message}</strong>
          </p>
          {conflict ? (
            <>
              <p>
                Senast ändrat {timeOf(conflict.at)}
                {conflict.name ? ` av ${conflict.name}` : ''}. Dina ändringar finns kvar i formuläret.
              </p>
              <div className="sro-minutes__actions">
                <button
                  type="button"
                  className="btn btn--style-primary btn--size-small"
                  onClick={() => void save({ publish: false, force: true })}
                >
                  Spara ändå (skriv över deras ändringar)
                </button>
                <a href={`${adminRoute}/protokollfor/${sheet.meeting.id}`}>
                  Läs in mötet på nytt (dina ändringar försvinner)
                </a>
              </div>
            </>
          ) : null}
          {errorList.length ? (
            <ul>
              {errorList.map(([path, text]) => (
                <li key={path}>
                  <a href={`#${fieldId(path.replace(/^meeting\..*/, 'publish'))}`}>{text}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-describedby="sro-minutes-status">
        <fieldset disabled={!canWrite || status.kind === 'saving'} className="sro-minutes__all">
          <legend className="sro-minutes__sr-only">Mötesanteckning för {sheet.meeting.title}</legend>
          <AttendanceTable
            rows={values.attendance}
            substitutes={sheet.substitutes}
            people={sheet.people}
            errors={errors}
            onChange={setAttendee}
          />
          <section aria-labelledby="sro-minutes-items">
            <h2 id="sro-minutes-items">Dagordningen punkt för punkt</h2>
            {values.items.length ? null : <p>Mötet har inga dagordningspunkter än.</p>}
            {values.items.map((item, index) => (
              <ItemSection
                key={item.id}
                item={item}
                index={index}
                errors={errors}
                kinds={kinds}
                meetingDate={sheet.meeting.date}
                plannedMeetings={sheet.plannedMeetings}
                onChange={(next) => setItem(index, next)}
              />
            ))}
          </section>
          {canWrite ? (
            <div className="sro-minutes__save">
              <button type="submit" name="action" value="save" className="btn btn--style-primary btn--size-medium">
                Spara
              </button>
              {isPublished ? (
                <span>Mötesanteckningen är publicerad.</span>
              ) : (
                <button
                  type="submit"
                  name="action"
                  value="publish"
                  id={fieldId('publish')}
                  className="btn btn--style-secondary btn--size-medium"
                  aria-describedby={publishError ? `${fieldId('publish')}-error` : undefined}
                >
                  Spara och publicera mötesanteckningen
                </button>
              )}
              <ErrorText path="publish" error={publishError} />
            </div>
          ) : null}
        </fieldset>
      </form>
      <p id="sro-minutes-status" role="status" aria-live="polite" className="sro-minutes__status">
        {status.kind === 'saving' ? 'Sparar …' : null}
        {status.kind === 'saved'
          ? `${status.published ? 'Sparat och publicerat' : 'Sparat'} ${timeOf(status.at)}.`
          : isDirty
            ? 'Ändringar som inte är sparade.'
            : null}
      </p>
    </div>
  )
}
