'use client'
/**
 * The meeting's Dagordning in its edit view: the agenda in order with number, title, handling, minutes and time
 * (with overrun warnings), and the work done here: add an item (a short form, or every field in a drawer), move items
 * up and down, renumber, upload a document on an item. Client component: it changes items through the REST API and
 * the endpoint in src/agenda/endpoint.ts, and reloads the agenda after each change.
 */
import { useConfig, useDocumentDrawer, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { nextTopLevelNumber } from '@/agenda/arrange'
import { handlingLabel } from '@/domain/handling'
import { type PlannedSlot, agendaOrder, formatTimeRange } from '@/domain/time'
import { AddItemForm } from './AddItemForm'
import { NewMeetingStart } from './NewMeetingStart'
import { type BuilderItem, arrange, loadItems, uploadToItem } from './agendaApi'
import './AgendaBuilder.css'

const parentId = (item: BuilderItem) =>
  typeof item.parent === 'string' ? item.parent : ((item.parent as { id?: string } | null | undefined)?.id ?? null)

export function AgendaBuilder() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  // Same origin as the admin: the session cookie and Payload's CSRF check apply as to its own requests.
  const api = config.routes.api
  const meetingId = id ? String(id) : null
  const [items, setItems] = useState<BuilderItem[] | null>(null)
  const [status, setStatus] = useState('')
  const [isBusy, setBusy] = useState(false)
  const [ItemDrawer, , { openDrawer, closeDrawer }] = useDocumentDrawer({ collectionSlug: 'agenda-items' })

  const reload = useCallback(async () => {
    if (!meetingId) return
    try {
      setItems(await loadItems({ api, meetingId }))
    } catch (error) {
      setStatus(`Dagordningen kunde inte läsas: ${(error as Error).message}`)
    }
  }, [api, meetingId])

  useEffect(() => {
    void reload()
  }, [reload])

  /** Runs one change, then reloads; the status line says what happened (read by screen readers). */
  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true)
    setStatus('Sparar …')
    try {
      await work()
      await reload()
      setStatus(done)
    } catch (error) {
      setStatus(`Ändringen sparades inte: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  if (!meetingId)
    return (
      <section className="agenda-builder" aria-labelledby="agenda-builder-heading">
        <h3 id="agenda-builder-heading">Dagordning</h3>
        <p>Spara mötet först. Då får det de stående punkterna och du bygger dagordningen här.</p>
        <NewMeetingStart />
      </section>
    )

  const ordered = agendaOrder((items ?? []).map((item) => ({ ...item, id: String(item.id), parentId: parentId(item) })))
  const siblings = (item: (typeof ordered)[number]) => ordered.filter((other) => other.parentId === item.parentId)
  const next = nextTopLevelNumber(ordered.map((item) => ({ number: item.number, parentId: item.parentId })))
  const label = (item: (typeof ordered)[number]) => {
    const parent = item.parentId ? ordered.find((other) => other.id === item.parentId) : null
    return `${parent ? `${parent.number}${item.number}` : item.number} ${item.title}`
  }

  return (
    <section className="agenda-builder" aria-labelledby="agenda-builder-heading">
      <div className="agenda-builder__head">
        <h3 id="agenda-builder-heading">Dagordning</h3>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={isBusy || ordered.length === 0}
          onClick={() => run(() => arrange({ api, body: { meeting: meetingId, action: 'renumber' } }), 'Numrerat om.')}
        >
          Numrera om
        </button>
      </div>
      {items === null ? (
        <p>Läser dagordningen …</p>
      ) : (
        <table className="agenda-builder__table">
          <caption className="agenda-builder__caption">
            Punkterna i dagordningens ordning. Tiderna räknas fram från mötets start och punkternas minuter.
          </caption>
          <thead>
            <tr>
              <th scope="col">Nr</th>
              <th scope="col">Rubrik</th>
              <th scope="col">Hantering</th>
              <th scope="col">Minuter</th>
              <th scope="col">Tid</th>
              <th scope="col">Flytta</th>
              <th scope="col">Dokument</th>
            </tr>
          </thead>
          <tbody>
            {ordered.length === 0 && (
              <tr>
                <td colSpan={7}>Inga punkter än.</td>
              </tr>
            )}
            {ordered.map((item) => {
              const group = siblings(item)
              const at = group.findIndex((other) => other.id === item.id)
              const slot = item.timeSlot as PlannedSlot | null | undefined
              const documents = item.attachments?.length ?? 0
              const move = (direction: 'up' | 'down') =>
                run(
                  () => arrange({ api, body: { meeting: meetingId, action: 'move', item: item.id, direction } }),
                  `${label(item)} flyttades ${direction === 'up' ? 'upp' : 'ned'}.`,
                )
              return (
                <tr key={item.id} className={item.parentId ? 'agenda-builder__sub' : undefined}>
                  <td>{item.number}</td>
                  <td>
                    <a href={`${config.routes.admin}/collections/agenda-items/${item.id}`}>{item.title}</a>
                    {item._status !== 'published' && <span className="agenda-builder__note"> (utkast)</span>}
                  </td>
                  <td>{(item.handling ?? []).map(handlingLabel).join(', ') || '–'}</td>
                  <td>{item.durationMinutes ?? '–'}</td>
                  <td className="agenda-builder__time">
                    {slot?.startsAt ? formatTimeRange(slot.startsAt, slot.endsAt) : '–'}
                    {slot?.isOverrun && <strong className="agenda-builder__warning"> Efter mötets sluttid</strong>}
                  </td>
                  <td className="agenda-builder__move">
                    <button
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      aria-label={`Flytta upp ${label(item)}`}
                      disabled={isBusy || at <= 0}
                      onClick={() => move('up')}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      aria-label={`Flytta ned ${label(item)}`}
                      disabled={isBusy || at === group.length - 1}
                      onClick={() => move('down')}
                    >
                      ↓
                    </button>
                  </td>
                  <td>
                    <span>{documents ? `${documents} st` : '–'}</span>{' '}
                    {/* The browser's own file button speaks the browser's language; this one is Swedish. */}
                    <label className="agenda-builder__upload btn btn--style-secondary btn--size-small">
                      <input
                        type="file"
                        className="agenda-builder__visually-hidden"
                        accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
                        disabled={isBusy}
                        onChange={(event) => {
                          const file = event.target.files?.[0]
                          event.target.value = ''
                          if (file)
                            void run(
                              () => uploadToItem({ api, item, file }),
                              `${file.name} laddades upp och kopplades till ${label(item)}.`,
                            )
                        }}
                      />
                      Ladda upp
                      <span className="agenda-builder__visually-hidden"> dokument till {label(item)}</span>
                    </label>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p className="agenda-builder__status" role="status" aria-live="polite">
        {status}
      </p>
      <AddItemForm
        api={api}
        meetingId={meetingId}
        nextNumber={next}
        isBusy={isBusy}
        run={run}
        onMoreFields={openDrawer}
      />
      <ItemDrawer
        initialData={{ meeting: meetingId, number: next }}
        onSave={({ operation }) => {
          if (operation !== 'create') return
          closeDrawer()
          void reload()
          setStatus('Punkten lades till.')
        }}
      />
    </section>
  )
}
