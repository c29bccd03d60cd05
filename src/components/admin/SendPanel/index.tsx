'use client'
/**
 * "Skicka kallelse" / "Skicka mötesanteckning" on the meeting's edit view (a UI field): choose, preview who gets what
 * (POST /api/meetings/:id/send with preview: true, nothing is sent), then send. The record of every message is the
 * Utskick list below it. A client component because it calls the endpoint and keeps the preview between the steps.
 */
import { useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { canWriteArea } from '@/access/roles'
import type { SendAnswer } from '@/sending/answer'
import type { SendingKind } from '@/sending/kinds'
import { SendPreviewView } from './SendPreview'

const STYLES = `
.sro-send { margin-block: 1.5rem; padding: 1rem 1.25rem; border: 1px solid var(--theme-elevation-150); }
.sro-send h2 { margin-top: 0; }
.sro-send__options { display: grid; gap: 0.5rem; margin-block: 1rem; border: none; padding: 0; }
.sro-send__options label { display: flex; gap: 0.5rem; align-items: center; }
.sro-send__actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block: 1rem; }
.sro-send__error { color: var(--theme-error-500); font-weight: 600; }
.sro-send table { border-collapse: collapse; width: 100%; }
.sro-send th, .sro-send td { border-bottom: 1px solid var(--theme-elevation-150); padding: 0.4rem; text-align: left; color: var(--theme-text); }
.sro-send caption { text-align: left; font-weight: 600; padding-block: 0.5rem; }
.sro-send pre { white-space: pre-wrap; background: var(--theme-elevation-50); padding: 0.75rem; color: var(--theme-text); }
`

type State =
  | { step: 'idle' }
  | { step: 'working'; isSending: boolean }
  | { step: 'preview'; answer: SendAnswer }
  | { step: 'done'; answer: SendAnswer }

export function SendPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const hasMinutes = Boolean(useFormFields(([fields]) => fields['publication.isMinutesPublished']?.initialValue))
  const hasNotice = Boolean(useFormFields(([fields]) => fields['publication.isNoticePublished']?.initialValue))
  const [includeGuests, setIncludeGuests] = useState(false)
  const [resendToAll, setResendToAll] = useState(false)
  const [state, setState] = useState<State>({ step: 'idle' })
  const [error, setError] = useState<string | null>(null)
  const [kind, setKind] = useState<SendingKind>('kallelse')
  // The buttons work once React runs here: before that a click would do nothing.
  const [isReady, setIsReady] = useState(false)
  useEffect(() => setIsReady(true), [])

  if (!id) return null
  if (!canWriteArea({ user: user as never, area: 'meetings' })) return null

  async function call(chosen: SendingKind, preview: boolean) {
    setError(null)
    setKind(chosen)
    setState({ step: 'working', isSending: !preview })
    try {
      const response = await fetch(`${config.routes.api}/meetings/${id}/send`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: chosen, includeGuests, resendToAll, preview }),
      })
      const answer = (await response
        .json()
        .catch(() => ({ error: `Servern svarade ${response.status}.` }))) as SendAnswer
      if (!response.ok || answer.error) {
        setError(answer.error ?? `Utskicket misslyckades (${response.status}).`)
        setState({ step: 'idle' })
        return
      }
      setState({ step: preview ? 'preview' : 'done', answer })
    } catch {
      setError('Kunde inte nå servern. Kontrollera anslutningen och försök igen; inget har skickats.')
      setState({ step: 'idle' })
    }
  }

  const reset = () => setState({ step: 'idle' })
  const answer = state.step === 'preview' || state.step === 'done' ? state.answer : null

  return (
    <section className="sro-send" aria-labelledby="sro-send-heading">
      <style>{STYLES}</style>
      <h2 id="sro-send-heading">Skicka med e-post</h2>
      <p>
        Skicka den publicerade kallelsen eller mötesanteckningen som PDF till de kallade och deras ersättare som har en
        e-postadress i registret. Du ser först vilka som får den; inget skickas förrän du väljer{' '}
        <strong>Skicka nu</strong>.
      </p>
      <fieldset className="sro-send__options">
        <legend className="field-label">Val</legend>
        <label>
          <input
            type="checkbox"
            checked={includeGuests}
            onChange={(event) => (setIncludeGuests(event.target.checked), reset())}
          />
          Skicka också till inbjudna gäster
        </label>
        <label>
          <input
            type="checkbox"
            checked={resendToAll}
            onChange={(event) => (setResendToAll(event.target.checked), reset())}
          />
          Skicka igen till alla (även de som redan har fått dokumentet)
        </label>
      </fieldset>
      <div className="sro-send__actions">
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          disabled={!isReady || state.step === 'working'}
          onClick={() => void call('kallelse', true)}
        >
          Skicka kallelse …
        </button>
        {hasMinutes ? (
          <button
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            disabled={!isReady || state.step === 'working'}
            onClick={() => void call('motesanteckning', true)}
          >
            Skicka mötesanteckning …
          </button>
        ) : null}
      </div>
      {!hasNotice ? <p>Kallelsen kan skickas när mötet och kallelsen är publicerade.</p> : null}
      {hasNotice && !hasMinutes ? <p>Mötesanteckningen kan skickas när den är publicerad.</p> : null}

      <div role="status" aria-live="polite">
        {state.step === 'working' ? (state.isSending ? 'Skickar …' : 'Hämtar förhandsgranskning …') : null}
        {state.step === 'done' && answer
          ? `Klart: ${answer.sent?.length ?? 0} skickade, ${answer.failed?.length ?? 0} misslyckades.`
          : null}
      </div>
      {error ? (
        <p role="alert" className="sro-send__error">
          {error}
        </p>
      ) : null}
      {answer ? (
        <SendPreviewView
          answer={answer}
          isDone={state.step === 'done'}
          isBusy={false}
          onSend={() => void call(kind, false)}
          onCancel={reset}
        />
      ) : null}
    </section>
  )
}
