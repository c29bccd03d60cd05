/**
 * The public search index: built from what an anonymous visitor may read (access enforced by Payload), and rebuilt
 * when the archive revision moves (src/cache/archiveRevision.ts, the same revision the page cache follows): at once
 * after a publish in this process, within a second after any other writer. A search waits for a rebuild, so it never
 * answers from an index older than the archive it knows of.
 */

import type { Attachment, Meeting, Page } from '@/payload-types'
import { byIds, idsOf } from '@/lib/byIds'
import { type SearchDocument, type SearchIndex, buildIndex } from '@/search/engine'
import { archiveRevision } from '@/cache/archiveRevision'
import { stockholmDate } from '@/domain/time'
import { AS_VISITOR, publicPayload } from './payload'
import { itemAnchor, itemLabel } from '@/domain/agendaLabel'
import { richTextToPlainText } from '@/richtext'
import { relationId } from '@/lib/relations'

const KEY = Symbol.for('sro-arkivet.searchIndex')
type Built = { index: SearchIndex; key: string }
type State = { ready?: Built; building?: { key: string; promise: Promise<Built> } }
type Holder = { [KEY]?: State }

const state = (): State => ((globalThis as Holder)[KEY] ??= {})

export async function publicSearchIndex(): Promise<SearchIndex> {
  const current = state()
  const key = await archiveRevision({ payload: await publicPayload() })
  if (current.ready?.key === key) return current.ready.index
  if (current.building?.key !== key) {
    const promise = collectDocuments().then((docs): Built => ({ index: buildIndex(docs), key }))
    current.building = { key, promise }
    promise.then(
      (built) => {
        if (current.building?.promise === promise) Object.assign(current, { ready: built, building: undefined })
      },
      () => {
        if (current.building?.promise === promise) current.building = undefined
      },
    )
  }
  return (await current.building!.promise).index
}

function lexicalText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children } = node as { text?: unknown; children?: unknown[] }
  return [typeof text === 'string' ? text : '', ...(Array.isArray(children) ? children.map(lexicalText) : [])].join(' ')
}

export async function collectDocuments(): Promise<SearchDocument[]> {
  const payload = await publicPayload()
  // Depth 0, then one visitor read per related collection: population at depth 1 read every decision's item again
  // through all its field hooks, 40 % of the rebuild over ten years (issue 18). Each read enforces the visitor's
  // access as population did: a relation the visitor may not read is missing from its map, as it stayed an id there.
  // Only the fields the index shows: a full read runs every field's hooks (the time plan, the minutes rules).
  const [items, decisions, cases, pages] = await Promise.all([
    payload.find({
      collection: 'agenda-items',
      pagination: false,
      depth: 0,
      select: {
        meeting: true,
        parent: true,
        number: true,
        title: true,
        description: true,
        proposedPosition: true,
        positionTaken: true,
        notes: true,
        dialogue: true,
        attachments: true,
      },
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'decisions',
      pagination: false,
      depth: 0,
      select: { text: true, agendaItem: true, meeting: true },
      ...AS_VISITOR,
    }),
    payload.find({ collection: 'cases', pagination: false, depth: 0, ...AS_VISITOR }),
    payload.find({ collection: 'pages', pagination: false, depth: 0, ...AS_VISITOR }),
  ])
  const [meetingById, attachmentById] = await Promise.all([
    byIds<Pick<Meeting, 'id' | 'slug' | 'title' | 'startsAt'>>(
      payload,
      'meetings',
      idsOf([...items.docs, ...decisions.docs].map((doc) => doc.meeting)),
      { slug: true, title: true, startsAt: true },
      AS_VISITOR,
    ),
    byIds<Pick<Attachment, 'id' | 'title' | 'textContent'>>(
      payload,
      'attachments',
      idsOf(items.docs.flatMap((item) => item.attachments ?? [])),
      { title: true, textContent: true },
      AS_VISITOR,
    ),
  ])
  // One Stockholm date per meeting, not per row: Intl's formatting for every item and decision cost 15 ms a rebuild.
  const dates = new Map<string, string>()
  const dateOf = (meeting: { id: string; startsAt: string }) => {
    const date = dates.get(meeting.id) ?? stockholmDate(meeting.startsAt)
    dates.set(meeting.id, date)
    return date
  }
  const docs: SearchDocument[] = []
  const itemById = new Map(items.docs.map((item) => [item.id, item]))
  const seenAttachments = new Set<string>()
  for (const item of items.docs) {
    const meeting = meetingById.get(relationId(item.meeting) ?? '')
    if (!meeting?.slug) continue
    const parent = itemById.get(relationId(item.parent) ?? '')
    const url = `/moten/${meeting.slug}#${itemAnchor(item.number, parent?.number)}`
    const date = dateOf(meeting)
    const context = `${meeting.title ?? date}, punkt ${itemLabel(item.number, parent?.number)}`
    // Minutes fields are absent here until the minutes are published: field access removed them.
    // Rich text as plain text: words in list items and table cells are found like any other.
    const text = [
      richTextToPlainText(item.description),
      richTextToPlainText(item.proposedPosition),
      richTextToPlainText(item.positionTaken),
      richTextToPlainText(item.notes),
      ...(item.dialogue ?? []).map((entry) => entry.text),
    ]
      .filter(Boolean)
      .join('\n')
    docs.push({ id: `item:${item.id}`, kind: 'item', title: item.title, text, url, date, context })
    for (const attachmentId of (item.attachments ?? []).map(relationId)) {
      const attachment = attachmentById.get(attachmentId ?? '')
      if (!attachment || seenAttachments.has(attachment.id)) continue
      seenAttachments.add(attachment.id)
      docs.push({
        id: `document:${attachment.id}`,
        kind: 'document',
        title: attachment.title,
        text: attachment.textContent ?? '',
        url,
        date,
        context: `Dokument under ${context}`,
      })
    }
  }
  for (const decision of decisions.docs) {
    // Its item as the visitor reads items: a hidden or unpublished item keeps its decisions out.
    const item = itemById.get(relationId(decision.agendaItem) ?? '')
    const meeting = meetingById.get(relationId(decision.meeting) ?? '')
    if (!item || !meeting?.slug) continue
    const parent = itemById.get(relationId(item.parent) ?? '')
    docs.push({
      id: `decision:${decision.id}`,
      kind: 'decision',
      title: `Ställningstagande: ${item.title}`,
      text: decision.text,
      url: `/moten/${meeting.slug}#${itemAnchor(item.number, parent?.number)}`,
      date: dateOf(meeting),
      context: `${meeting.title}, punkt ${itemLabel(item.number, parent?.number)}`,
    })
  }
  for (const entry of cases.docs) {
    if (!entry.slug) continue
    const milestones = (entry.milestones ?? [])
      .map((milestone) => `${milestone.label} ${milestone.dateText ?? ''}`)
      .join('\n')
    docs.push({
      id: `case:${entry.id}`,
      kind: 'case',
      title: entry.title,
      text: [entry.reference, entry.description, milestones].filter(Boolean).join('\n'),
      url: `/arenden/${entry.slug}`,
    })
  }
  for (const page of pages.docs as Page[]) {
    if (!page.slug) continue
    docs.push({
      id: `page:${page.id}`,
      kind: 'page',
      title: page.title,
      text: [page.intro, ...(page.layout ?? []).map(lexicalText)].filter(Boolean).join('\n'),
      url: `/${page.slug}`,
    })
  }
  return docs
}
