'use client'
/**
 * Per plan item in the admin's årshjul: put it on its meeting's agenda, or move it to another meeting. A client
 * component because both act without leaving the page.
 */
import { useState } from 'react'

import type { ArshjulTranslations } from '../translations/sv'

type Props = {
  /** The plan items' REST path, e.g. "/api/plan-items". */
  apiPath: string
  /** The admin path of the host's agenda collection; null when the plugin promotes nowhere. */
  agendaItemsPath: string | null
  itemId: string
  title: string
  meetingId: string | null
  agendaItemId: string | null
  meetings: { id: string; label: string }[]
  words: ArshjulTranslations['actions']
}

type Reply = { error?: unknown; errors?: { message?: unknown }[]; agendaItem?: unknown; created?: unknown }

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

export function PlanItemActions({
  apiPath,
  agendaItemsPath,
  itemId,
  title,
  meetingId,
  agendaItemId,
  meetings,
  words,
}: Props) {
  const [message, setMessage] = useState<string | null>(null)
  const [agendaItem, setAgendaItem] = useState(agendaItemId)
  const [busy, setBusy] = useState(false)

  async function call(path: string, init: RequestInit, done: (json: Reply) => void) {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${apiPath}${path}`, { credentials: 'include', ...init })
      const json: Reply = await response.json().catch(() => ({}))
      if (!response.ok)
        setMessage(String(json.error ?? json.errors?.[0]?.message ?? fill(words.failed, { status: response.status })))
      else done(json)
    } catch {
      setMessage(words.unreachable)
    } finally {
      setBusy(false)
    }
  }

  const promote = () =>
    call(`/${itemId}/promote`, { method: 'POST' }, (json) => {
      setAgendaItem(String(json.agendaItem))
      setMessage(json.created ? words.promoted : words.alreadyPromoted)
    })

  const move = (target: string) =>
    call(
      `/${itemId}`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ meeting: target || null }),
      },
      () => {
        setMessage(words.moved)
      },
    )

  return (
    <span className="arshjul-actions">
      {agendaItem && agendaItemsPath ? (
        <a href={`${agendaItemsPath}/${agendaItem}`}>{words.agendaItem}</a>
      ) : meetingId && agendaItemsPath ? (
        <button
          type="button"
          className="arshjul-button"
          disabled={busy}
          onClick={() => void promote()}
          aria-label={fill(words.promoteLabel, { title })}
        >
          {words.promote}
        </button>
      ) : null}{' '}
      <label>
        <span className="arshjul-visually-hidden">{fill(words.moveLabel, { title })}</span>
        <select disabled={busy} defaultValue={meetingId ?? ''} onChange={(event) => void move(event.target.value)}>
          <option value="">{words.noMeeting}</option>
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
