/**
 * The Dagordning's calls to Payload's REST API, as the signed-in staff member (cookie). Every failure becomes a
 * Swedish sentence for the status line; nothing is retried behind the user's back.
 */
import type { AgendaItem } from '@/payload-types'
import { defaultAttachmentCategory, titleFromFileName } from '@collections/Attachments/defaultCategory'

export type BuilderItem = Pick<
  AgendaItem,
  'id' | 'number' | 'title' | 'handling' | 'durationMinutes' | 'order' | 'parent' | 'isPause' | 'timeSlot' | '_status'
> & { attachments?: (string | { id: string })[] | null }

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = (await response.json().catch(() => ({}))) as T & { error?: string; errors?: { message?: string }[] }
  if (!response.ok) throw new Error(body.error ?? body.errors?.[0]?.message ?? `Servern svarade ${response.status}.`)
  return body
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
})

/** Every item of the meeting, drafts included (staff see the agenda they are building). */
export async function loadItems({ api, meetingId }: { api: string; meetingId: string }): Promise<BuilderItem[]> {
  const query = new URLSearchParams({
    'where[meeting][equals]': meetingId,
    draft: 'true',
    depth: '0',
    limit: '500',
    sort: 'order',
  })
  const { docs } = await call<{ docs: BuilderItem[] }>(`${api}/agenda-items?${query}`)
  return docs
}

export async function arrange({ api, body }: { api: string; body: Record<string, unknown> }): Promise<void> {
  await call(`${api}/agenda-items/ordna`, json(body))
}

export type NewItem = { number: string; title: string; handling: string[]; durationMinutes: number | null }

/** A new item goes last (the order hook); published, but public only once the meeting's kallelse is. */
export async function addItem({ api, meetingId, item }: { api: string; meetingId: string; item: NewItem }) {
  await call(`${api}/agenda-items`, json({ ...item, meeting: meetingId, _status: 'published' }))
}

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id)

/** Uploads a document and links it to the item; the type starts from the item's handling. */
export async function uploadToItem({ api, item, file }: { api: string; item: BuilderItem; file: File }) {
  const form = new FormData()
  form.append('file', file)
  form.append(
    '_payload',
    JSON.stringify({ title: titleFromFileName(file.name), category: defaultAttachmentCategory(item.handling) }),
  )
  const { doc } = await call<{ doc: { id: string } }>(`${api}/attachments`, { method: 'POST', body: form })
  const isDraft = item._status !== 'published'
  const attachments = [...(item.attachments ?? []).map(idOf), doc.id]
  // A draft item changes in its draft; a published one stays published.
  await call(`${api}/agenda-items/${item.id}${isDraft ? '?draft=true' : ''}`, {
    ...json({ attachments, _status: isDraft ? 'draft' : 'published' }),
    method: 'PATCH',
  })
}
