/**
 * A meeting's agenda items, found by meeting + number + parent item (a pause is "paus", the next "paus-2"), with their
 * times, presenters, documents and texts. Items staff trashed, hid or unpublished are left as they are.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import { timesToPlan } from '@/domain/time'
import type { AgendaItemsSelect, Attachment } from '@/payload-types'
import { relationId } from '@/lib/relations'
import { isWebAddress } from '@/lib/sitePath'
import type { ParsedAgendaItem, ParsedMeeting } from '../schema'
import type { Mode } from './changes'
import type { ItemPresenters } from './roster'
import { itemFactTexts } from './documentFacts'
import { type ItemTextPart, itemRichText } from './itemTexts'
import { handlingNoteOf, proposalText } from './texts'
import { skipTimePlan } from '@collections/AgendaItems/hooks/timeSlot'
import type { WriteContext } from './writeContext'

/** The meeting the items belong to: `start` is the clock time the time plan counts from. */
export type MeetingTarget = { id: string; isNew: boolean; mode: Mode; start: string }

/** Written agenda item ids, by parsed item. */
export type ItemIds = Map<ParsedAgendaItem, string>

/** The fields the importer writes (and so compares), plus what it needs to match items. */
const ITEM_FIELDS = {
  meeting: true,
  number: true,
  order: true,
  parent: true,
  title: true,
  handling: true,
  handlingNote: true,
  isPause: true,
  durationMinutes: true,
  startOverride: true,
  endOverride: true,
  presenters: true,
  presenterNote: true,
  attachments: true,
  links: true,
  missingDocuments: true,
  proposedPosition: true,
  description: true,
  isPublic: true,
  _status: true,
  positionTaken: true,
  notes: true,
  dialogue: true,
  deletedAt: true,
} as const satisfies AgendaItemsSelect<true>

const isId = (id: string | null | undefined): id is string => Boolean(id)

export async function writeAgendaItems({
  ctx,
  parsed,
  meeting,
  presenters,
}: {
  ctx: WriteContext
  parsed: ParsedMeeting
  meeting: MeetingTarget
  presenters: Map<ParsedAgendaItem, ItemPresenters>
}): Promise<ItemIds> {
  // Only the compared fields: skips the virtual time slot, which computes the whole time plan.
  const { docs: stored } = meeting.isNew
    ? { docs: [] }
    : await ctx.payload.find({
        collection: 'agenda-items',
        where: { meeting: { equals: meeting.id } },
        trash: true,
        sort: 'order',
        select: ITEM_FIELDS,
        joins: false,
        ...ctx.findOptions,
      })
  // The import reads no time slots (collections/AgendaItems/hooks/timeSlot.ts).
  skipTimePlan({ req: ctx.req, meetingId: meeting.id })
  type StoredItem = (typeof stored)[number]
  const storedById = new Map(stored.map((doc) => [doc.id, doc]))
  const keyOfStored = (doc: StoredItem) => {
    const parentId = relationId(doc.parent)
    const parent = parentId ? storedById.get(parentId) : undefined
    return `${parent ? parent.number : ''}/${doc.number}`
  }
  const storedByKey = new Map<string, StoredItem>()
  for (const doc of stored) if (!storedByKey.has(keyOfStored(doc))) storedByKey.set(keyOfStored(doc), doc)

  const attachmentsByTitle = await findAttachmentsByTitle({
    ctx,
    titles: [...new Set(parsed.agendaItems.flatMap((item) => item.documents.map((document) => document.title)))],
  })
  const times = timesToPlan({ date: parsed.date, meetingStart: meeting.start, items: parsed.agendaItems })
  const ids: ItemIds = new Map()
  const parentIds = new Map<string, string>()
  const usedKeys = new Set<string>()
  let pauses = 0

  for (const [index, item] of parsed.agendaItems.entries()) {
    let number = item.number ?? (++pauses === 1 ? 'paus' : `paus-${pauses}`)
    let key = `${item.parent ?? ''}/${number}`
    if (usedKeys.has(key)) {
      let n = 2
      while (usedKeys.has(`${item.parent ?? ''}/${number}-${n}`)) n += 1
      ctx.warn(
        item.line,
        `Punkt ${item.parent ?? ''}${number} förekommer flera gånger i dokumentet; den här har sparats som ${number}-${n}.`,
      )
      number = `${number}-${n}`
      key = `${item.parent ?? ''}/${number}`
    }
    usedKeys.add(key)
    const label = `${item.parent ?? ''}${number}`

    const parentId = item.parent ? parentIds.get(item.parent) : undefined
    if (item.parent && !parentId)
      ctx.warn(
        item.line,
        `Underpunkt ${number} hör till punkt ${item.parent}, som saknas; den har sparats som huvudpunkt.`,
      )
    const existing = storedByKey.get(key)
    storedByKey.delete(key)

    if (existing?.deletedAt) {
      // Deleted by an editor: left alone, and so are its decisions.
      ctx.warn(item.line, `Punkt ${label} ligger i papperskorgen och har inte ändrats.`)
      if (!item.parent) parentIds.set(number, existing.id)
      continue
    }
    if (!existing && meeting.mode === 'fill') {
      ctx.warn(
        item.line,
        `Punkt ${label} finns i kallelsen men inte i den redan importerade mötesanteckningen; den har inte lagts till.`,
      )
      continue
    }

    const { ids: presenterIds, unresolved } = presenters.get(item) ?? { ids: [], unresolved: [] }
    const linked = item.documents.map((document) => attachmentsByTitle.get(document.title))
    // The parse result says which named documents the archive holds (the import's JSON and the admin preview show it).
    item.documents.forEach((document, i) => (document.inArchive = Boolean(linked[i])))
    const missing = item.documents.filter((_, i) => !linked[i]).map((document) => document.title)
    if (missing.length) {
      ctx.warn(
        item.line,
        `Punkt ${label}: ${missing.length === 1 ? 'dokumentet' : `${missing.length} dokument`} ${missing.map((title) => `"${title}"`).join(', ')} finns inte i dokumentarkivet; ladda upp och koppla ${missing.length === 1 ? 'det' : 'dem'}.`,
      )
    }
    // Documents staff linked by hand stay linked.
    const attachments = [
      ...new Set([...(existing?.attachments ?? []).map(relationId).filter(isId), ...linked.filter(isId)]),
    ]
    // A link without an address ("#") is kept only as a named document.
    const links = item.links.filter((link): link is { title: string; url: string } => {
      if (!link.url) return false
      if (isWebAddress(link.url)) return true
      ctx.warn(item.line, `Länken "${link.title}" (${link.url}) har ingen giltig webbadress och har inte sparats.`)
      return false
    })
    // Tables (built from their rows), and the facts the parser lifted out of this item's text (Tidsplan, meeting
    // dates, year plan).
    const tables: ItemTextPart[] = [...item.tables.map((table) => ({ table })), ...itemFactTexts(parsed, item)]
    const topics = item.topics.map((topic) => `- ${topic}`).join('\n')
    const isNotice = parsed.stage === 'notice'
    const singleDecision = item.decisions.length === 1 ? item.decisions[0]!.text : null

    const desired: RequiredDataFromCollectionSlug<'agenda-items'> = {
      meeting: meeting.id,
      number,
      order: (index + 1) * 10,
      parent: parentId,
      title: item.title || (item.isPause ? 'Paus' : `Punkt ${number}`),
      handling: item.handling.length ? item.handling : undefined,
      handlingNote: handlingNoteOf(item) ?? undefined,
      isPause: item.isPause,
      durationMinutes: item.durationMinutes ?? undefined,
      // Null clears an override that an earlier import (e.g. the kallelse) needed and this document does not.
      startOverride: times[index]?.startOverride ?? null,
      endOverride: times[index]?.endOverride ?? null,
      presenters: presenterIds.length ? presenterIds : undefined,
      presenterNote: [item.presenterNote, ...unresolved].filter(Boolean).join(', ') || undefined,
      attachments: attachments.length ? attachments : undefined,
      links: links.length ? links.map((link) => ({ label: link.title, url: link.url })) : undefined,
      // Named documents the archive lacks (a link with a real address is a link, not a missing document).
      missingDocuments: missing
        .filter((title) => !links.some((link) => link.title === title))
        .map((title) => ({ title })),
      // Rich text: "ställer sig bakom att: 1. … 2. …" becomes a paragraph and a numbered list.
      proposedPosition: itemRichText([isNotice ? proposalText(item) : item.proposedPosition], links) ?? undefined,
      description: itemRichText([topics, ...(isNotice ? [item.notes, ...tables] : [])], links) ?? undefined,
      // Published and public as the document was; an item staff have since hidden or unpublished stays so.
      isPublic: existing ? undefined : true,
      _status: existing ? undefined : 'published',
      // What was said and decided comes with the minutes only.
      ...(isNotice
        ? {}
        : {
            positionTaken:
              item.positionTaken && item.positionTaken !== singleDecision
                ? (itemRichText([item.positionTaken], links) ?? undefined)
                : undefined,
            notes: itemRichText([item.notes, ...tables], links) ?? undefined,
            dialogue: item.dialogue.length
              ? item.dialogue.map((entry) => ({ kind: entry.kind, text: entry.text }))
              : undefined,
          }),
    }
    if (existing && (existing.isPublic === false || existing._status !== 'published')) {
      ctx.warn(item.line, `Punkt ${label} är dold eller opublicerad i arkivet och har lämnats så.`)
    }

    let id: string
    if (existing) {
      await ctx.update({ collection: 'agenda-items', stored: existing, desired, mode: meeting.mode })
      id = existing.id
    } else id = (await ctx.create({ collection: 'agenda-items', data: desired })).id
    ids.set(item, id)
    if (!item.parent && item.number) parentIds.set(item.number, id)
    ctx.noteItemWritten()
  }

  for (const [key, doc] of storedByKey) {
    if (doc.deletedAt) continue
    const [parent, number] = key.split('/')
    ctx.warn(
      null,
      `Punkt ${parent ?? ''}${number ?? ''} (${doc.title ?? ''}) finns i arkivet men inte i dokumentet; den har lämnats orörd.`,
    )
  }
  return ids
}

/** Attachments already in the archive, by title (with or without the file extension the document shows). */
async function findAttachmentsByTitle({
  ctx,
  titles,
}: {
  ctx: WriteContext
  titles: string[]
}): Promise<Map<string, Attachment['id']>> {
  const found = new Map<string, string>()
  if (titles.length === 0) return found
  const bare = (title: string) => title.replace(/\.(pdf|docx?|xlsx?|pptx?)$/iu, '').trim()
  const candidates = [...new Set(titles.flatMap((title) => [title, bare(title)]))]
  const { docs } = await ctx.payload.find({
    collection: 'attachments',
    where: { title: { in: candidates } },
    sort: 'createdAt',
    ...ctx.findOptions,
  })
  for (const title of titles) {
    const match = docs.find((doc) => doc.title === title) ?? docs.find((doc) => doc.title === bare(title))
    if (match) found.set(title, match.id)
  }
  return found
}
