/**
 * Lays out a MeetingPdfModel as an accessible archival PDF with PDFKit: tagged (headings, lists, tables, paragraphs in
 * reading order; the logo a Figure with alt text; header, footer and rules as artifacts), language sv-SE, the title
 * shown by the viewer, a bookmark per agenda item, DejaVu Sans embedded, PDF/A-3a identification and XMP metadata,
 * "Sida 2 av 5" and a running header with meeting and date on every page.
 */
import PDFDocument from 'pdfkit'

import { pdfFont } from './fonts'
import { type MeetingPdfModel, ORGAN_LINE, type PdfAgendaItem, type PdfFact, type PdfRosterSection } from './model'

type Doc = PDFKit.PDFDocument
type Struct = PDFKit.PDFStructureElement
/** PDFKit 0.20 also takes a table header's scope and a figure's box; the published typings predate them. */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column'
  bbox?: [number, number, number, number]
  placement?: 'Block' | 'Inline'
}

const MARGIN = { top: 78, bottom: 72, left: 64, right: 64 }
const INK = '#1a1a1a'
const ACCENT = '#00507a'
const MUTED = '#4d4d4d'
const BODY_SIZE = 10.5

/** XMP is written without escaping (PDFKit): keep markup characters out of metadata strings. */
const metadataText = (text: string) => text.replace(/&/g, 'och').replace(/[<>]/g, '')

class Layout {
  readonly doc: Doc
  readonly root: Struct

  constructor(readonly model: MeetingPdfModel) {
    const modifiedAt = new Date(model.modifiedAt)
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      pdfVersion: '1.7',
      subset: 'PDF/A-3a',
      tagged: true,
      lang: 'sv-SE',
      displayTitle: true,
      bufferPages: true,
      // Never the built-in Helvetica: PDF/A needs every font embedded.
      font: pdfFont('regular') as never,
      info: {
        Title: metadataText(model.title),
        Author: 'SRO – Politiskt samrådsorgan',
        Subject: metadataText(model.subject),
        Keywords: metadataText(`SRO, ${model.kind === 'kallelse' ? 'kallelse' : 'mötesanteckning'}, ${model.date}`),
        Creator: 'SRO-arkivet',
        // The meeting's last change, so the same meeting gives the same document.
        CreationDate: Number.isNaN(modifiedAt.getTime()) ? new Date(0) : modifiedAt,
      },
    })
    // Parsed fonts (PDFKit 0.20 takes fontkit fonts; the typings predate it).
    this.doc.registerFont('Regular', pdfFont('regular') as never)
    this.doc.registerFont('Bold', pdfFont('bold') as never)
    this.doc.registerFont('Italic', pdfFont('italic') as never)
    this.root = this.doc.struct('Document')
    this.doc.addStructure(this.root)
  }

  /** A structure element whose content `draw` writes, in reading order. */
  element(type: string, draw: () => unknown, options: ElementOptions = {}): Struct {
    return this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions, () => {
      draw()
    })
  }

  get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right
  }

  /** Starts a new page unless `height` more points fit: keeps a heading with what follows it. */
  keepSpace(height: number) {
    if (this.doc.y + height > this.doc.page.height - MARGIN.bottom) this.doc.addPage()
  }

  gap(points: number) {
    this.doc.y += points
  }

  heading(
    parent: Struct,
    level: 1 | 2 | 3 | 4 | 5,
    text: string,
    options: { size: number; color?: string; keep?: number },
  ) {
    this.keepSpace(options.size * 2 + (options.keep ?? 40))
    const { doc } = this
    parent.add(
      this.element(`H${level}`, () => {
        doc
          .font('Bold')
          .fontSize(options.size)
          .fillColor(options.color ?? INK)
          .text(text, MARGIN.left, doc.y, { width: this.width })
      }),
    )
    this.gap(options.size * 0.3)
  }

  paragraph(
    parent: Struct,
    text: string,
    options: {
      label?: string
      font?: 'Regular' | 'Italic' | 'Bold'
      size?: number
      color?: string
      indent?: number
    } = {},
  ) {
    const { doc } = this
    const indent = options.indent ?? 0
    const size = options.size ?? BODY_SIZE
    parent.add(
      this.element('P', () => {
        doc.fontSize(size).fillColor(options.color ?? INK)
        if (options.label)
          doc
            .font('Bold')
            .text(`${options.label} `, MARGIN.left + indent, doc.y, {
              width: this.width - indent,
              continued: true,
              lineGap: 1.5,
            })
        doc
          .font(options.font ?? 'Regular')
          .text(text, options.label ? undefined : MARGIN.left + indent, options.label ? undefined : doc.y, {
            width: this.width - indent,
            lineGap: 1.5,
          })
      }),
    )
    this.gap(size * 0.45)
  }

  /** A list; `label` null gives a list without markers (the roster's name lines). */
  list(
    parent: Struct,
    items: { label: string | null; text: string }[],
    options: { indent?: number; size?: number } = {},
  ) {
    if (items.length === 0) return
    const { doc } = this
    const indent = options.indent ?? 0
    const size = options.size ?? BODY_SIZE
    const labelWidth = items.some((item) => item.label) ? 18 : 0
    const list = doc.struct('L')
    parent.add(list)
    for (const item of items) {
      this.keepSpace(size * 2.4)
      const entry = doc.struct('LI')
      list.add(entry)
      const top = doc.y
      doc.font('Regular').fontSize(size).fillColor(INK)
      if (item.label)
        entry.add(
          this.element('Lbl', () =>
            doc.text(item.label!, MARGIN.left + indent, top, { width: labelWidth, lineBreak: false }),
          ),
        )
      entry.add(
        this.element('LBody', () => {
          doc
            .font('Regular')
            .fontSize(size)
            .fillColor(INK)
            .text(item.text, MARGIN.left + indent + labelWidth, top, {
              width: this.width - indent - labelWidth,
              lineGap: 1.2,
            })
        }),
      )
      entry.end()
      this.gap(size * 0.2)
    }
    list.end()
    this.gap(size * 0.3)
  }

  /** Datum, Tid, Plats …: a two-column table with row headers. */
  facts(parent: Struct, facts: PdfFact[]) {
    const { doc } = this
    const labelWidth = 92
    const table = doc.struct('Table')
    parent.add(table)
    for (const fact of facts) {
      const row = doc.struct('TR')
      table.add(row)
      const top = doc.y
      row.add(
        this.element(
          'TH',
          () =>
            doc
              .font('Bold')
              .fontSize(BODY_SIZE)
              .fillColor(INK)
              .text(`${fact.label}:`, MARGIN.left, top, { width: labelWidth - 6 }),
          { scope: 'Row' },
        ),
      )
      const afterLabel = doc.y
      row.add(
        this.element('TD', () =>
          doc
            .font('Regular')
            .fontSize(BODY_SIZE)
            .text(fact.value, MARGIN.left + labelWidth, top, { width: this.width - labelWidth, lineGap: 1.5 }),
        ),
      )
      row.end()
      doc.y = Math.max(doc.y, afterLabel) + 3
    }
    table.end()
  }

  /** The lettermark as on the website, a Figure with alt text. */
  logo(parent: Struct) {
    const { doc } = this
    const x = MARGIN.left
    const y = doc.y
    const size = 44
    parent.add(
      this.element(
        'Figure',
        () => {
          doc.save().roundedRect(x, y, size, size, 8).fill(ACCENT).restore()
          doc
            .font('Bold')
            .fontSize(15)
            .fillColor('#ffffff')
            .text('SRO', x, y + 14, { width: size, align: 'center', lineBreak: false })
        },
        { alt: 'SRO:s logotyp', bbox: [x, y, x + size, y + size], placement: 'Block' },
      ),
    )
    doc.y = y
  }

  rule() {
    const { doc } = this
    doc.markContent('Artifact', { type: 'Layout' })
    doc
      .save()
      .moveTo(MARGIN.left, doc.y)
      .lineTo(MARGIN.left + this.width, doc.y)
      .lineWidth(0.6)
      .strokeColor('#9db4c3')
      .stroke()
      .restore()
    doc.endMarkedContent()
    this.gap(10)
  }

  titleBlock() {
    const { doc, model, root } = this
    this.logo(root)
    const textLeft = MARGIN.left + 58
    const top = doc.y
    root.add(
      this.element('H1', () =>
        doc
          .font('Bold')
          .fontSize(20)
          .fillColor(ACCENT)
          .text(model.documentLabel, textLeft, top + 2, { width: this.width - 58 }),
      ),
    )
    root.add(
      this.element('P', () =>
        doc
          .font('Regular')
          .fontSize(10.5)
          .fillColor(INK)
          .text(ORGAN_LINE, textLeft, doc.y + 1, { width: this.width - 58 }),
      ),
    )
    doc.y = Math.max(doc.y, top + 44) + 10
    root.add(
      this.element('P', () =>
        doc
          .font('Bold')
          .fontSize(13)
          .fillColor(INK)
          .text(model.meetingTitle, MARGIN.left, doc.y, { width: this.width }),
      ),
    )
    this.gap(6)
    this.facts(root, model.facts)
    this.gap(6)
    for (const note of model.notes) this.paragraph(root, note)
    this.rule()
  }

  roster(sections: PdfRosterSection[]) {
    if (sections.length === 0) return
    const section = this.doc.struct('Sect')
    this.root.add(section)
    this.heading(section, 2, 'Kallade', { size: 14, color: ACCENT })
    for (const side of sections) {
      this.heading(section, 3, side.label, { size: 11.5 })
      for (const group of side.groups) {
        this.heading(section, 4, group.label, { size: 10, color: MUTED, keep: 24 })
        this.list(
          section,
          group.members.map((member) => ({ label: null, text: member })),
          { size: 9.5 },
        )
      }
    }
    section.end()
  }

  attendance() {
    const { attendance } = this.model
    if (!attendance) return
    const section = this.doc.struct('Sect')
    this.root.add(section)
    this.heading(section, 2, 'Närvaro', { size: 14, color: ACCENT })
    if (attendance.summary) this.paragraph(section, attendance.summary)
    this.list(
      section,
      attendance.lines.map((text) => ({ label: '•', text })),
    )
    section.end()
  }

  agendaItem(parent: Struct, item: PdfAgendaItem, level: 3 | 4, outline: PDFKit.PDFOutline) {
    const { doc } = this
    const indent = level === 4 ? 16 : 0
    const section = doc.struct('Sect')
    parent.add(section)
    const headingText = `${item.marker} ${item.title}`
    this.keepSpace(level === 3 ? 70 : 50)
    const bookmark = outline.addItem(level === 3 ? headingText : `${item.label} ${item.title}`)
    section.add(
      this.element(`H${level}`, () => {
        doc
          .font('Bold')
          .fontSize(level === 3 ? 12 : 11)
          .fillColor(level === 3 ? ACCENT : INK)
          .text(headingText, MARGIN.left + indent, doc.y, { width: this.width - indent })
      }),
    )
    this.gap(3)
    if (item.meta) this.paragraph(section, item.meta, { font: 'Italic', color: MUTED, indent })
    if (item.presenters) this.paragraph(section, item.presenters, { label: 'Föredragande:', indent })
    if (item.caseTitle) this.paragraph(section, item.caseTitle, { label: 'Ärende:', indent })
    if (item.documents.length > 0) {
      this.paragraph(section, 'Dokument:', { font: 'Bold', indent })
      this.list(
        section,
        item.documents.map((document) => ({ label: '•', text: `${document.title} (${document.detail})` })),
        { indent },
      )
    }
    if (item.links.length > 0)
      this.list(
        section,
        item.links.map((link) => ({ label: '•', text: `${link.label}: ${link.url}` })),
        { indent },
      )
    if (item.position) {
      this.heading(section, level === 3 ? 4 : 5, item.position.heading, { size: 10.5, keep: 30 })
      for (const text of item.position.paragraphs) this.paragraph(section, text, { indent })
      this.list(
        section,
        item.position.decisions.map((decision) => ({ label: `${decision.number}.`, text: decision.text })),
        { indent },
      )
    }
    for (const text of item.description) this.paragraph(section, text, { indent })
    for (const text of item.notes) this.paragraph(section, text, { indent })
    if (item.dialogue.length > 0) {
      this.heading(section, level === 3 ? 4 : 5, 'Dialog', { size: 10.5, keep: 30 })
      this.list(
        section,
        item.dialogue.map((text) => ({ label: '•', text })),
        { indent },
      )
    }
    for (const child of item.children) this.agendaItem(section, child, 4, bookmark)
    section.end()
    this.gap(level === 3 ? 8 : 4)
  }

  agenda() {
    const section = this.doc.struct('Sect')
    this.root.add(section)
    this.heading(section, 2, 'Dagordning', { size: 14, color: ACCENT })
    if (this.model.agenda.length === 0) this.paragraph(section, 'Dagordningen är inte publicerad ännu.')
    for (const item of this.model.agenda) this.agendaItem(section, item, 3, this.doc.outline)
    section.end()
  }

  closing() {
    const { model, root } = this
    for (const text of model.closing) this.paragraph(root, text)
    if (model.signatures.lines.length === 0) return
    const section = this.doc.struct('Sect')
    root.add(section)
    this.heading(section, 2, model.signatures.heading, {
      size: 13,
      color: ACCENT,
      keep: 20 + model.signatures.lines.length * 16,
    })
    this.list(
      section,
      model.signatures.lines.map((text) => ({ label: null, text })),
    )
    section.end()
  }

  /** Running header and "Sida n av m" on every page, as artifacts outside the reading order. */
  pageFurniture() {
    const { doc, model } = this
    const range = doc.bufferedPageRange()
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index)
      const { width, height } = doc.page
      // Writing in the margins must not start new pages.
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
      doc.markContent('Artifact', { type: 'Pagination', attached: ['Top'] } as never)
      doc
        .font('Regular')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`${model.runningHeader}`, MARGIN.left, 36, {
          width: width - MARGIN.left - MARGIN.right,
          lineBreak: false,
        })
      doc
        .save()
        .moveTo(MARGIN.left, 50)
        .lineTo(width - MARGIN.right, 50)
        .lineWidth(0.4)
        .strokeColor('#9db4c3')
        .stroke()
        .restore()
      doc.endMarkedContent()
      doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] } as never)
      doc
        .font('Regular')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`Sida ${index - range.start + 1} av ${range.count}`, MARGIN.left, height - 44, {
          width: width - MARGIN.left - MARGIN.right,
          align: 'right',
          lineBreak: false,
        })
      doc.endMarkedContent()
    }
  }

  render(): Promise<Uint8Array> {
    const { doc } = this
    const chunks: Uint8Array[] = []
    const done = new Promise<Uint8Array>((resolve, reject) => {
      doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
      doc.on('end', () => resolve(Buffer.concat(chunks)))
      doc.on('error', reject)
    })
    this.titleBlock()
    this.roster(this.model.roster)
    this.attendance()
    this.agenda()
    this.closing()
    this.root.end()
    this.pageFurniture()
    doc.end()
    return done
  }
}

/** The PDF bytes of a kallelse or mötesanteckning. */
export function renderMeetingPdf(model: MeetingPdfModel): Promise<Uint8Array> {
  return new Layout(model).render()
}
