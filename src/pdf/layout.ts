/**
 * The PDF document and its tagged building blocks: every piece of content is written inside a structure element
 * (heading, paragraph, list, table, figure) in reading order, and decoration is marked as an artifact.
 */
import PDFDocument from 'pdfkit'

import { pdfFont } from './fonts'
import type { MeetingPdfModel, PdfFact } from './model'
import type { PdfTableCell, PdfTextBlock } from './richText'

type Doc = PDFKit.PDFDocument
export type Struct = PDFKit.PDFStructureElement
/** PDFKit 0.20 also takes a table header's scope and a figure's box; the published typings predate them. */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column'
  bbox?: [number, number, number, number]
  placement?: 'Block' | 'Inline'
}

export const MARGIN = { top: 78, bottom: 72, left: 64, right: 64 }
export const INK = '#1a1a1a'
export const ACCENT = '#00507a'
export const MUTED = '#4d4d4d'
export const BODY_SIZE = 10.5

/** XMP is written without escaping (PDFKit): keep markup characters out of metadata strings. */
const metadataText = (text: string) => text.replace(/&/g, 'och').replace(/[<>]/g, '')

export class Layout {
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
          doc.font('Bold').text(`${options.label} `, MARGIN.left + indent, doc.y, {
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

  /** An item's rich text: paragraphs, lists with their markers, tables with their header cells. */
  textBlocks(parent: Struct, blocks: PdfTextBlock[], options: { indent?: number } = {}) {
    for (const block of blocks) {
      if (block.kind === 'paragraph') this.paragraph(parent, block.text, options)
      else if (block.kind === 'list') this.list(parent, block.items, options)
      else this.table(parent, block.rows, options)
    }
  }

  /** A data table of equal columns; header cells bold, tagged TH with their scope (Column for a header row). */
  table(parent: Struct, rows: PdfTableCell[][], options: { indent?: number } = {}) {
    const { doc } = this
    const indent = options.indent ?? 0
    const columns = Math.max(1, ...rows.map((row) => row.length))
    const columnWidth = (this.width - indent) / columns
    const size = BODY_SIZE - 1
    const table = doc.struct('Table')
    parent.add(table)
    for (const cells of rows) {
      this.keepSpace(size * 4)
      const row = doc.struct('TR')
      table.add(row)
      const top = doc.y
      let bottom = top
      cells.forEach((cell, column) => {
        const draw = () =>
          doc
            .font(cell.scope ? 'Bold' : 'Regular')
            .fontSize(size)
            .fillColor(INK)
            .text(cell.text, MARGIN.left + indent + column * columnWidth, top, { width: columnWidth - 6, lineGap: 1 })
        row.add(this.element(cell.scope ? 'TH' : 'TD', draw, cell.scope ? { scope: cell.scope } : {}))
        bottom = Math.max(bottom, doc.y)
      })
      row.end()
      doc.y = bottom + 4
    }
    table.end()
    this.gap(BODY_SIZE * 0.4)
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
}
