'use client'
/** Per plan item in the admin's årshjul: put it on its meeting's agenda, or move it to another meeting. */
import { useState } from 'react'

type Props = {
  apiRoute: string
  adminRoute: string
  itemId: string
  title: string
  meetingId: string | null
  agendaItemId: string | null
  meetings: { id: string; label: string }[]
}

export function PlanItemActions({ apiRoute, adminRoute, itemId, title, meetingId, agendaItemId, meetings }: Props) {
  const [message, setMessage] = useState<string | null>(null)
  const [agendaItem, setAgendaItem] = useState(agendaItemId)
  const [busy, setBusy] = useState(false)

  async function call(path: string, init: RequestInit, done: (json: Record<string, unknown>) => void) {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${apiRoute}${path}`, { credentials: 'include', ...init })
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
      if (!response.ok) setMessage(String(json.error ?? (json.errors as { message?: string }[] | undefined)?.[0]?.message ?? `Misslyckades (${response.status}).`))
      else done(json)
    } catch {
      setMessage('Kunde inte nå servern; ingenting ändrades.')
    } finally {
      setBusy(false)
    }
  }

  const promote = () =>
    call(`/plan-items/${itemId}/promote`, { method: 'POST' }, (json) => {
      setAgendaItem(String(json.agendaItem))
      setMessage(json.created ? 'Lagd på dagordningen som utkast.' : 'Finns redan på dagordningen.')
    })

  const move = (target: string) =>
    call(`/plan-items/${itemId}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ meeting: target || null }) }, () => {
      setMessage('Flyttad. Ladda om sidan för att se den i sin nya kolumn.')
    })

  return (
    <span className="arshjul-actions">
      {agendaItem ? (
        <a href={`${adminRoute}/collections/agenda-items/${agendaItem}`}>Dagordningspunkten</a>
      ) : meetingId ? (
        <button type="button" className="arshjul-button" disabled={busy} onClick={() => void promote()} aria-label={`Lägg "${title}" på dagordningen`}>
          Lägg på dagordningen
        </button>
      ) : null}{' '}
      <label>
        <span className="arshjul-visually-hidden">Flytta &quot;{title}&quot; till</span>
        <select disabled={busy} defaultValue={meetingId ?? ''} onChange={(event) => void move(event.target.value)}>
          <option value="">Inget möte</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meeting.label}
            </option>
          ))}
        </select>
      </label>
      {message ? <span role="status"> {message}</span> : null}
    </span>
  )
}
