/**
 * The public search index: built from what an anonymous visitor may read (access enforced by Payload),
 * rebuilt after any publish (see src/search/freshness.ts) and at the latest every few minutes, so that
 * several app instances also converge.
 */
import type { Attachment, Meeting, Page } from '../../payload-types'
import { type SearchDocument, type SearchIndex, buildIndex } from '../../search/engine'
import { searchIndexVersion } from '../../search/freshness'
import { stockholmDate } from '../../domain/time'
import { AS_VISITOR, publicPayload } from './payload'
import { itemAnchor, itemLabel } from '../../domain/agendaLabel'

const MAX_AGE_MS = 5 * 60 * 1000
const KEY = Symbol.for('sro-arkivet.searchIndex')
type Cached = { index: SearchIndex; version: number; builtAt: number }
type Holder = { [KEY]?: Promise<Cached> }

export async function publicSearchIndex(): Promise<SearchIndex> {
  const holder = globalThis as Holder
  const cached = await holder[KEY]?.catch(() => undefined)
  if (cached && cached.version === searchIndexVersion() && Date.now() - cached.builtAt < MAX_AGE_MS) return cached.index
  const version = searchIndexVersion()
  const building = collectDocuments().then((docs) => ({ index: buildIndex(docs), version, builtAt: Date.now() }))
  holder[KEY] = building
  return (await building).index
}

function lexicalText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children } = node as { text?: unknown; children?: unknown[] }
  return [typeof text === 'string' ? text : '', ...(Array.isArray(children) ? children.map(lexicalText) : [])].join(' ')
}

export async function collectDocuments(): Promise<SearchDocument[]> {
  const payload = await publicPayload()
  const [items, decisions, cases, pages] = await Promise.all([
    payload.find({ collection: 'agenda-items', pagination: false, depth: 1, ...AS_VISITOR }),
    payload.find({ collection: 'decisions', pagination: false, depth: 1, ...AS_VISITOR }),
    payload.find({ collection: 'cases', pagination: false, depth: 0, ...AS_VISITOR }),
    payload.find({ collection: 'pages', pagination: false, depth: 0, ...AS_VISITOR }),
  ])
  const docs: SearchDocument[] = []
  const itemById = new Map(items.docs.map((item) => [item.id, item]))
  const seenAttachments = new Set<string>()
  for (const item of items.docs) {
    const meeting = typeof item.meeting === 'object' ? (item.meeting as Meeting) : null
    if (!meeting?.slug) continue
    const parent = typeof item.parent === 'object' && item.parent ? item.parent : item.parent ? itemById.get(item.parent) : null
    const url = `/moten/${meeting.slug}#${itemAnchor(item.number, parent?.number)}`
    const date = stockholmDate(meeting.startsAt)
    const context = `${meeting.title ?? date}, punkt ${itemLabel(item.number, parent?.number)}`
    // Minutes fields are absent here until the minutes are published: field access removed them.
    const text = [item.description, item.proposedPosition, item.positionTaken, item.notes, ...(item.dialogue ?? []).map((entry) => entry.text)].filter(Boolean).join('\n')
    docs.push({ id: `item:${item.id}`, kind: 'item', title: item.title, text, url, date, context })
    for (const attachment of (item.attachments ?? []) as (string | Attachment)[]) {
      if (typeof attachment !== 'object' || seenAttachments.has(attachment.id)) continue
      seenAttachments.add(attachment.id)
      docs.push({ id: `document:${attachment.id}`, kind: 'document', title: attachment.title, text: attachment.textContent ?? '', url, date, context: `Dokument under ${context}` })
    }
  }
  for (const decision of decisions.docs) {
    const item = typeof decision.agendaItem === 'object' ? decision.agendaItem : null
    const meeting = typeof decision.meeting === 'object' ? (decision.meeting as Meeting | null) : null
    if (!item || !meeting?.slug) continue
    const parent = item.parent ? itemById.get(typeof item.parent === 'object' ? item.parent.id : item.parent) : null
    docs.push({
      id: `decision:${decision.id}`,
      kind: 'decision',
      title: `Ställningstagande: ${item.title}`,
      text: decision.text,
      url: `/moten/${meeting.slug}#${itemAnchor(item.number, parent?.number)}`,
      date: stockholmDate(meeting.startsAt),
      context: `${meeting.title}, punkt ${itemLabel(item.number, parent?.number)}`,
    })
  }
  for (const entry of cases.docs) {
    if (!entry.slug) continue
    const milestones = (entry.milestones ?? []).map((milestone) => `${milestone.label} ${milestone.dateText ?? ''}`).join('\n')
    docs.push({ id: `case:${entry.id}`, kind: 'case', title: entry.title, text: [entry.reference, entry.description, milestones].filter(Boolean).join('\n'), url: `/arenden/${entry.slug}` })
  }
  for (const page of pages.docs as Page[]) {
    if (!page.slug) continue
    docs.push({ id: `page:${page.id}`, kind: 'page', title: page.title, text: [page.intro, ...(page.layout ?? []).map(lexicalText)].filter(Boolean).join('\n'), url: `/${page.slug}` })
  }
  return docs
}
