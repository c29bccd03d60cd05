/**
 * The kallelse, mötesanteckning and möteshandlingar PDFs of the three real documents (imported by the demo seed),
 * generated through the route handlers: what the public page shows is in them, nothing unpublished is, and they are
 * tagged, in Swedish, titled, PDF/A-identified and carry every font they use.
 */
import fs from 'node:fs'
import path from 'node:path'

import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFRef } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPdf } from '@/seed/content'
import { docx, textPdf } from '../helpers/documents'
import { seed } from '@/seed'
import type { PublicAgendaItem, getMeeting as GetMeetingFn } from '@/lib/public/meetings'
import type { MeetingPdfName } from '@/pdf/meetingPdf'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { plainTextToRichText } from '@/richtext'

let test: TestPayload
let routes: Record<
  MeetingPdfName,
  { GET: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response> }
>
let getMeeting: GetMeeting
const context = { disableRevalidate: true }
type GetMeeting = typeof GetMeetingFn

beforeAll(async () => {
  test = await startTestPayload()
  await seed({ payload: test.payload, password: 'demo-password-123' })
  routes = {
    kallelse: await import('@/app/(frontend)/moten/[slug]/kallelse.pdf/route'),
    motesanteckning: await import('@/app/(frontend)/moten/[slug]/motesanteckning.pdf/route'),
    handlingar: await import('@/app/(frontend)/moten/[slug]/handlingar.pdf/route'),
  }
  ;({ getMeeting } = await import('@/lib/public/meetings'))
})
afterAll(async () => test?.cleanup())

async function fetchPdf(slug: string, name: MeetingPdfName): Promise<Response> {
  return routes[name].GET(new Request(`http://localhost/moten/${slug}/${name}.pdf`), {
    params: Promise.resolve({ slug }),
  })
}

async function pdfBytes(slug: string, name: MeetingPdfName): Promise<Uint8Array> {
  const response = await fetchPdf(slug, name)
  expect(response.status, `${slug}/${name}.pdf`).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  const bytes = new Uint8Array(await response.arrayBuffer())
  // For the closing note's screenshots: MEETING_PDF_DIR=… keeps the generated files.
  if (process.env.MEETING_PDF_DIR)
    fs.writeFileSync(path.join(process.env.MEETING_PDF_DIR, `${name}-${slug}.pdf`), bytes)
  return bytes
}

/** Whitespace-free, so a title wrapped over two lines still matches. */
const squash = (text: string) => text.replace(/\s+/g, '')

async function textOf(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(bytes.slice())
  const { text, totalPages } = await extractText(pdf, { mergePages: true })
  return { text, pages: totalPages }
}

function flatten(items: PublicAgendaItem[]): PublicAgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

/** What the public page shows of a meeting: item titles, decisions (minutes), the people called. */
async function shownOnPage(slug: string) {
  const data = (await getMeeting(slug))!
  const items = flatten(data.items)
  return {
    titles: items.map((item) => item.title),
    decisions:
      data.stage === 'minutes' ? items.flatMap((item) => item.decisionsList.map((decision) => decision.text)) : [],
    called: data.roster.flatMap((section) =>
      section.groups.flatMap((group) => group.members.map((member) => member.personName)),
    ),
  }
}

const FIXTURES = [
  { slug: '2023-11-23', name: 'motesanteckning' },
  { slug: '2025-08-21', name: 'kallelse' },
  { slug: '2025-11-13', name: 'motesanteckning' },
  { slug: '2025-11-13', name: 'kallelse' },
] as const

describe('meeting PDFs of the three documents', () => {
  it.each(FIXTURES)(
    'should contain every agenda item, decision and person called of $slug ($name)',
    async ({ slug, name }) => {
      const { text } = await textOf(await pdfBytes(slug, name))
      const shown = await shownOnPage(slug)
      expect(shown.titles.length).toBeGreaterThan(5)
      expect(shown.called.length).toBeGreaterThan(10)
      if (name === 'motesanteckning') expect(shown.decisions.length).toBeGreaterThan(0)
      const haystack = squash(text)
      const expected = [...shown.titles, ...(name === 'motesanteckning' ? shown.decisions : []), ...shown.called]
      expect(expected.filter((line) => !haystack.includes(squash(line)))).toEqual([])
    },
  )

  it('should print item times as the page does: none invented for minutes whose document had none', async () => {
    // The 2023-11-23 minutes give durations only; the 2025-08-21 kallelse prints its own times.
    expect((await textOf(await pdfBytes('2023-11-23', 'motesanteckning'))).text).not.toMatch(/kl\. \d{2}\.\d{2}/)
    expect(squash((await textOf(await pdfBytes('2025-08-21', 'kallelse'))).text)).toContain(squash('kl. 13.35–14.15'))
  })

  it('should print page numbers and the running header with meeting and date on every page', async () => {
    const pdf = await getDocumentProxy(await pdfBytes('2025-11-13', 'motesanteckning'))
    const { text } = await extractText(pdf, { mergePages: false })
    expect(text.length).toBeGreaterThan(1)
    text.forEach((page, index) => {
      expect(page).toContain(`Sida ${index + 1} av ${text.length}`)
      expect(page).toContain('Mötesanteckning SRO · SRO möte 13 november 2025')
    })
  })

  it('should carry title, language, tags, bookmarks and PDF/A identification', async () => {
    const bytes = await pdfBytes('2025-11-13', 'motesanteckning')
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(pdf.getTitle()).toBe('Mötesanteckning SRO möte 13 november 2025')
    const catalog = pdf.catalog
    expect(catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(sv-SE)')
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true')
    expect(catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K'))).toBeDefined()
    expect(
      catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString(),
    ).toBe('true')
    expect(catalog.lookup(PDFName.of('OutputIntents'), PDFArray).size()).toBe(1)

    const xmp = Buffer.from(bytes).toString('utf8')
    expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>/)
    expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/)
    expect(xmp).toContain('Mötesanteckning SRO möte 13 november 2025</rdf:li>')

    const outline = bookmarkTitles(pdf)
    const shown = await shownOnPage('2025-11-13')
    expect(outline).toContain('4. Förstudie Läns gemensam uppföljning av god och nära vård')
    expect(outline.length).toBeGreaterThanOrEqual(shown.titles.length)
  })

  it('should tag headings, lists, tables and the logo with alt text', async () => {
    const pdf = await PDFDocument.load(await pdfBytes('2025-08-21', 'kallelse'), { updateMetadata: false })
    const kinds = new Map<string, number>()
    let alt = ''
    for (const [, object] of pdf.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict)) continue
      const type = object.get(PDFName.of('S'))?.toString()
      if (!type || !object.has(PDFName.of('P'))) continue
      kinds.set(type, (kinds.get(type) ?? 0) + 1)
      if (type === '/Figure') alt = object.lookup(PDFName.of('Alt'))?.toString() ?? ''
    }
    for (const kind of [
      '/Document',
      '/H1',
      '/H2',
      '/H3',
      '/P',
      '/L',
      '/LI',
      '/LBody',
      '/Table',
      '/TR',
      '/TH',
      '/TD',
      '/Figure',
    ])
      expect(kinds.get(kind), kind).toBeGreaterThan(0)
    expect(alt).toContain('SRO')
  })

  it('should print the numbered list in an item text with its numbers and a table with its cells, tagged TH with a scope', async () => {
    const kallelse = (await textOf(await pdfBytes('2025-08-21', 'kallelse'))).text
    expect(kallelse).toMatch(/1\.\s*Parterna tar fram förslag/)
    expect(kallelse).toMatch(/3\.\s*Läns gemensam riktlinje/)
    const bytes = await pdfBytes('2023-11-23', 'motesanteckning')
    const minutes = squash((await textOf(bytes)).text)
    for (const cell of ['Samsyn kommunal primärvård', 'Hösten 2024', 'Förankringsprocess, gemensam inriktning'])
      expect(minutes).toContain(squash(cell))
    expect(minutes).not.toContain('|')
    // The Tidsplan's header cells: a header row (Column) and row headers (Row).
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    const scopes = new Set<string>()
    for (const [, object] of pdf.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || object.get(PDFName.of('S'))?.toString() !== '/TH') continue
      const attributes = object.lookup(PDFName.of('A'))
      if (attributes instanceof PDFDict) scopes.add(attributes.get(PDFName.of('Scope'))?.toString() ?? '')
    }
    expect([...scopes]).toEqual(expect.arrayContaining(['/Column', '/Row']))
  })

  it('should embed every font it uses, with å, ä, ö, é and –', async () => {
    const bytes = await pdfBytes('2025-11-13', 'motesanteckning')
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    const fonts = [...pdf.context.enumerateIndirectObjects()]
      .map(([, object]) => object)
      .filter(
        (object): object is PDFDict =>
          object instanceof PDFDict && object.get(PDFName.of('Type'))?.toString() === '/Font',
      )
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) ?? font
      const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict)
      expect(
        ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key))),
        font.get(PDFName.of('BaseFont'))?.toString(),
      ).toBe(true)
    }
    const { text } = await textOf(bytes)
    for (const word of ['Göteborgsregionen', 'Åsa Jackson', 'Carina Örgård', 'Hälso- och', 'Lännergren', '13.05–13.25'])
      expect(text).toContain(word)
  })

  it('should report the time to generate the 2025-11-13 mötesanteckning', async () => {
    const { meetingPdf } = await import('@/pdf/meetingPdf')
    const { buildMeetingPdfModel } = await import('@/pdf/model')
    const { renderMeetingPdf } = await import('@/pdf/render')
    await meetingPdf({ slug: '2025-11-13', name: 'motesanteckning' })
    const times = { total: [] as number[], read: [] as number[], render: [] as number[] }
    let size = 0
    for (let run = 0; run < 3; run += 1) {
      let started = performance.now()
      const pdf = await meetingPdf({ slug: '2025-11-13', name: 'motesanteckning' })
      times.total.push(performance.now() - started)
      size = pdf!.bytes.byteLength
      started = performance.now()
      const data = (await getMeeting('2025-11-13'))!
      times.read.push(performance.now() - started)
      started = performance.now()
      await renderMeetingPdf(buildMeetingPdfModel({ data, kind: 'motesanteckning' })!)
      times.render.push(performance.now() - started)
    }
    const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[1]!)
    console.log(
      `2025-11-13 mötesanteckning (median of 3): ${median(times.total)} ms in all, reading ${median(times.read)} ms, layout ${median(times.render)} ms; ${size} bytes`,
    )
    // A loose bound: timing belongs in bench/, this only catches a pathological slowdown.
    expect(median(times.total)).toBeLessThan(10_000)
  })
})

describe('möteshandlingar', () => {
  it('should append the public PDF documents in agenda order after the kallelse, with a bookmark each', async () => {
    const kallelse = await PDFDocument.load(await pdfBytes('2025-08-21', 'kallelse'), { updateMetadata: false })
    const combined = await PDFDocument.load(await pdfBytes('2025-08-21', 'handlingar'), { updateMetadata: false })
    const data = (await getMeeting('2025-08-21'))!
    const documents = flatten(data.items).flatMap((item) =>
      (item.attachments ?? []).filter(
        (attachment) => typeof attachment === 'object' && attachment.mimeType === 'application/pdf',
      ),
    )
    expect(documents.length).toBeGreaterThan(3)
    expect(combined.getPageCount()).toBeGreaterThanOrEqual(kallelse.getPageCount() + documents.length)
    expect(combined.getTitle()).toBe('Möteshandlingar SRO möte 21 augusti 2025')
    const outline = bookmarkTitles(combined)
    const documentTitles = outline.slice(outline.indexOf('Handlingar') + 1)
    expect(documentTitles).toEqual(
      documents.map((document) => expect.stringContaining(typeof document === 'object' ? document.title : '')),
    )
  })
})

describe('nothing unpublished in a PDF', () => {
  const MARKER = {
    minutes: 'PDFMARKERMINUTES',
    position: 'PDFMARKERPOSITION',
    decision: 'PDFMARKERDECISION',
    attendance: 'PDFMARKERATTENDANCE',
    hiddenItem: 'PDFMARKERHIDDENITEM',
    hiddenFile: 'PDFMARKERHIDDENFILE',
    draftTitle: 'PDFMARKERDRAFTTITLE',
    draftLocation: 'PDFMARKERDRAFTLOCATION',
  }
  let slug: string

  beforeAll(async () => {
    const { payload } = test
    const person = await payload.create({
      collection: 'people',
      context,
      data: { name: 'Provperson Pdf', kind: 'tjansteperson' },
    })
    const data = demoPdf('hidden')
    const hiddenFile = await payload.create({
      collection: 'attachments',
      context,
      data: { title: `Intern ${MARKER.hiddenFile}`, category: 'bilaga', isPublic: false },
      file: { data, mimetype: 'application/pdf', name: 'hidden.pdf', size: data.length },
    })
    const file = (name: string, mimetype: string, bytes: Buffer) => ({
      data: bytes,
      mimetype,
      name,
      size: bytes.length,
    })
    const publicPdf = await payload.create({
      collection: 'attachments',
      context,
      data: { title: 'Publikt underlag', category: 'beslutsunderlag' },
      file: file('underlag.pdf', 'application/pdf', textPdf([['PDFPUBLICBODY']])),
    })
    const publicDocx = await payload.create({
      collection: 'attachments',
      context,
      data: { title: 'Bilaga i Word', category: 'bilaga' },
      file: file(
        'bilaga.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        docx({ paragraphs: ['DOCXBODY'] }),
      ),
    })
    const meeting = await payload.create({
      collection: 'meetings',
      context,
      data: {
        body: 'SRO',
        kind: 'ordinarie',
        state: 'held',
        startsAt: '2026-04-02T11:00:00.000Z',
        startsAt_tz: 'Europe/Stockholm',
        location: 'Regionens Hus',
        minutesNotes: MARKER.minutes,
        attendance: [{ person: person.id, status: 'absent', note: MARKER.attendance }],
        publication: { isNoticePublished: true, isMinutesPublished: false },
        _status: 'published',
      },
    })
    slug = meeting.slug!
    const item = await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: meeting.id,
        number: '1',
        order: 10,
        title: 'Publik punkt om patientsäkerhet',
        attachments: [publicDocx.id, hiddenFile.id, publicPdf.id],
        proposedPosition: plainTextToRichText('SRO noterar informationen.'),
        positionTaken: plainTextToRichText(MARKER.position),
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'decisions',
      context,
      data: { agendaItem: item.id, number: 1, kind: 'noterar_informationen', text: MARKER.decision },
    })
    await payload.create({
      collection: 'agenda-items',
      context,
      data: {
        meeting: meeting.id,
        number: '2',
        order: 20,
        title: `Sluten punkt ${MARKER.hiddenItem}`,
        isPublic: false,
        _status: 'published',
      },
    })
    // Unpublished edits: a draft of the item and of the meeting.
    await payload.update({
      collection: 'agenda-items',
      id: item.id,
      context,
      draft: true,
      data: { title: `Utkast ${MARKER.draftTitle}` },
    })
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      context,
      draft: true,
      data: { location: MARKER.draftLocation },
    })
  })

  it('should answer 404 for the mötesanteckning before the minutes are published', async () => {
    const response = await fetchPdf(slug, 'motesanteckning')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('inte publicerat')
  })

  it('should answer 404 for every PDF of a meeting that does not exist or has no published kallelse', async () => {
    for (const name of ['kallelse', 'motesanteckning', 'handlingar'] as const) {
      expect((await fetchPdf('2031-01-01', name)).status).toBe(404)
      expect((await fetchPdf('..%2F..%2Fetc', name)).status).toBe(404)
    }
  })

  it('should merge the public PDF documents into möteshandlingar and only list a Word file', async () => {
    const kallelse = await textOf(await pdfBytes(slug, 'kallelse'))
    const combined = await textOf(await pdfBytes(slug, 'handlingar'))
    expect(kallelse.text).toContain('Bilaga i Word (Word)')
    expect(kallelse.text).toContain('Publikt underlag (PDF)')
    expect(combined.text).toContain('PDFPUBLICBODY')
    expect(combined.text).not.toContain('DOCXBODY')
    expect(combined.pages).toBe(kallelse.pages + 1)
  })

  it('should leave minutes fields, hidden items, hidden documents and draft edits out of the kallelse and handlingar', async () => {
    for (const name of ['kallelse', 'handlingar'] as const) {
      const { text } = await textOf(await pdfBytes(slug, name))
      expect(text).toContain('Publik punkt om patientsäkerhet')
      expect(text).toContain('Regionens Hus')
      for (const marker of Object.values(MARKER)) expect(text, `${name}: ${marker}`).not.toContain(marker)
    }
  })
})

/** Every bookmark title, depth first. */
function bookmarkTitles(pdf: PDFDocument): string[] {
  const titles: string[] = []
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const walk = (ref: PDFObject | undefined) => {
    let current = ref
    while (current instanceof PDFRef) {
      const item = pdf.context.lookup(current, PDFDict)
      const title = item.lookup(PDFName.of('Title'))
      titles.push(title && 'decodeText' in title ? (title as { decodeText: () => string }).decodeText() : String(title))
      walk(item.get(PDFName.of('First')))
      current = item.get(PDFName.of('Next'))
    }
  }
  walk(outlines?.get(PDFName.of('First')))
  return titles
}
