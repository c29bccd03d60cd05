/**
 * The meeting PDFs the routes under /moten/<slug>/ serve, read exactly as the public meeting page reads the meeting
 * (src/lib/public/meetings.ts: as a visitor, `overrideAccess: false`, never drafts). Nothing here widens what a visitor
 * may read: documents are merged only when the visitor's read populated them.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { uploadsDir } from '../config/paths'
import { isMeetingSlug } from '../domain/meetingSlug'
import { stockholmDate } from '../domain/time'
import { getMeeting } from '../lib/public/meetings'
import { combineHandlingar } from './handlingar'
import { buildMeetingPdfModel, type PdfKind } from './model'
import { renderMeetingPdf } from './render'

export type MeetingPdfName = PdfKind | 'handlingar'

export type MeetingPdf = { bytes: Uint8Array; filename: string; title: string; skipped: string[] }

/** The addresses of a meeting's PDFs, for links and the page's <head>. */
export const MEETING_PDF_PATHS: Record<MeetingPdfName, string> = {
  kallelse: 'kallelse.pdf',
  motesanteckning: 'motesanteckning.pdf',
  handlingar: 'handlingar.pdf',
}

/** The PDF, or null when the meeting or that stage is not published (the route answers 404). */
export async function meetingPdf({ slug, name }: { slug: string; name: MeetingPdfName }): Promise<MeetingPdf | null> {
  const data = isMeetingSlug(slug) ? await getMeeting(slug) : null
  if (!data) return null
  const model = buildMeetingPdfModel({ data, kind: name === 'handlingar' ? 'kallelse' : name })
  if (!model) return null
  const day = stockholmDate(data.meeting.startsAt)
  const bytes = await renderMeetingPdf(model)
  if (name !== 'handlingar') return { bytes, filename: `${name}-sro-${day}.pdf`, title: model.title, skipped: [] }

  const title = `Möteshandlingar ${model.meetingTitle}`
  const directory = path.join(uploadsDir(), 'attachments')
  const documents = []
  for (const document of model.documents) {
    if (!document.isPdf || !document.filename) continue
    // The stored name comes from Payload; basename keeps the read inside the uploads directory all the same.
    const bytes = await fs.readFile(path.join(directory, path.basename(document.filename))).catch(() => null)
    if (bytes) documents.push({ title: `${document.itemLabel}. ${document.title}`, bytes })
  }
  const combined = await combineHandlingar({ kallelse: bytes, documents, title })
  return { bytes: combined.bytes, filename: `handlingar-sro-${day}.pdf`, title, skipped: combined.skipped }
}

/** The HTTP answer for a meeting PDF: the file inline with its name, or 404 in Swedish. */
export async function meetingPdfResponse({ slug, name }: { slug: string; name: MeetingPdfName }): Promise<Response> {
  const pdf = await meetingPdf({ slug, name })
  if (!pdf) {
    return new Response('Dokumentet finns inte eller är inte publicerat.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(Buffer.from(pdf.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${pdf.filename}"`,
      'Content-Length': String(pdf.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
