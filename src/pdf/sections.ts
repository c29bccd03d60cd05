/** The sections of a meeting PDF in reading order: title block, roster, attendance, agenda and closing. */
import type { PdfAgendaItem } from './model'
import { ORGAN_LINE } from './model'
import { ACCENT, INK, type Layout, MARGIN, MUTED, type Struct } from './layout'

/** Logo, document label, meeting title, the facts table and notes under it. */
export function titleBlock({ layout }: { layout: Layout }) {
  const { doc, model, root } = layout
  layout.logo(root)
  const textLeft = MARGIN.left + 58
  const top = doc.y
  root.add(
    layout.element('H1', () =>
      doc
        .font('Bold')
        .fontSize(20)
        .fillColor(ACCENT)
        .text(model.documentLabel, textLeft, top + 2, { width: layout.width - 58 }),
    ),
  )
  root.add(
    layout.element('P', () =>
      doc
        .font('Regular')
        .fontSize(10.5)
        .fillColor(INK)
        .text(ORGAN_LINE, textLeft, doc.y + 1, { width: layout.width - 58 }),
    ),
  )
  doc.y = Math.max(doc.y, top + 44) + 10
  root.add(
    layout.element('P', () =>
      doc
        .font('Bold')
        .fontSize(13)
        .fillColor(INK)
        .text(model.meetingTitle, MARGIN.left, doc.y, { width: layout.width }),
    ),
  )
  layout.gap(6)
  layout.facts(root, model.facts)
  layout.gap(6)
  for (const note of model.notes) layout.paragraph(root, note)
  layout.rule()
}

export function roster({ layout }: { layout: Layout }) {
  const sections = layout.model.roster
  if (sections.length === 0) return
  const section = layout.doc.struct('Sect')
  layout.root.add(section)
  layout.heading(section, 2, 'Kallade', { size: 14, color: ACCENT })
  for (const side of sections) {
    layout.heading(section, 3, side.label, { size: 11.5 })
    for (const group of side.groups) {
      layout.heading(section, 4, group.label, { size: 10, color: MUTED, keep: 24 })
      layout.list(
        section,
        group.members.map((member) => ({ label: null, text: member })),
        { size: 9.5 },
      )
    }
  }
  section.end()
}

export function attendance({ layout }: { layout: Layout }) {
  const { attendance } = layout.model
  if (!attendance) return
  const section = layout.doc.struct('Sect')
  layout.root.add(section)
  layout.heading(section, 2, 'Närvaro', { size: 14, color: ACCENT })
  if (attendance.summary) layout.paragraph(section, attendance.summary)
  layout.list(
    section,
    attendance.lines.map((text) => ({ label: '•', text })),
  )
  section.end()
}

function agendaItem({
  layout,
  parent,
  item,
  level,
  outline,
}: {
  layout: Layout
  parent: Struct
  item: PdfAgendaItem
  level: 3 | 4
  outline: PDFKit.PDFOutline
}) {
  const { doc } = layout
  const indent = level === 4 ? 16 : 0
  const section = doc.struct('Sect')
  parent.add(section)
  const headingText = `${item.marker} ${item.title}`
  layout.keepSpace(level === 3 ? 70 : 50)
  const bookmark = outline.addItem(level === 3 ? headingText : `${item.label} ${item.title}`)
  section.add(
    layout.element(`H${level}`, () => {
      doc
        .font('Bold')
        .fontSize(level === 3 ? 12 : 11)
        .fillColor(level === 3 ? ACCENT : INK)
        .text(headingText, MARGIN.left + indent, doc.y, { width: layout.width - indent })
    }),
  )
  layout.gap(3)
  if (item.meta) layout.paragraph(section, item.meta, { font: 'Italic', color: MUTED, indent })
  if (item.presenters) layout.paragraph(section, item.presenters, { label: 'Föredragande:', indent })
  if (item.caseTitle) layout.paragraph(section, item.caseTitle, { label: 'Ärende:', indent })
  if (item.documents.length > 0) {
    layout.paragraph(section, 'Dokument:', { font: 'Bold', indent })
    layout.list(
      section,
      item.documents.map((document) => ({ label: '•', text: `${document.title} (${document.detail})` })),
      { indent },
    )
  }
  if (item.links.length > 0)
    layout.list(
      section,
      item.links.map((link) => ({ label: '•', text: `${link.label}: ${link.url}` })),
      { indent },
    )
  if (item.position) {
    layout.heading(section, level === 3 ? 4 : 5, item.position.heading, { size: 10.5, keep: 30 })
    layout.textBlocks(section, item.position.blocks, { indent })
    layout.list(
      section,
      item.position.decisions.map((decision) => ({ label: `${decision.number}.`, text: decision.text })),
      { indent },
    )
  }
  layout.textBlocks(section, item.description, { indent })
  layout.textBlocks(section, item.notes, { indent })
  if (item.dialogue.length > 0) {
    layout.heading(section, level === 3 ? 4 : 5, 'Dialog', { size: 10.5, keep: 30 })
    layout.list(
      section,
      item.dialogue.map((text) => ({ label: '•', text })),
      { indent },
    )
  }
  for (const child of item.children) agendaItem({ layout, parent: section, item: child, level: 4, outline: bookmark })
  section.end()
  layout.gap(level === 3 ? 8 : 4)
}

/** The agenda, a bookmark per item. */
export function agenda({ layout }: { layout: Layout }) {
  const section = layout.doc.struct('Sect')
  layout.root.add(section)
  layout.heading(section, 2, 'Dagordning', { size: 14, color: ACCENT })
  if (layout.model.agenda.length === 0) layout.paragraph(section, 'Dagordningen är inte publicerad ännu.')
  for (const item of layout.model.agenda)
    agendaItem({ layout, parent: section, item, level: 3, outline: layout.doc.outline })
  section.end()
}

export function closing({ layout }: { layout: Layout }) {
  const { model, root } = layout
  for (const text of model.closing) layout.paragraph(root, text)
  if (model.signatures.lines.length === 0) return
  const section = layout.doc.struct('Sect')
  root.add(section)
  layout.heading(section, 2, model.signatures.heading, {
    size: 13,
    color: ACCENT,
    keep: 20 + model.signatures.lines.length * 16,
  })
  layout.list(
    section,
    model.signatures.lines.map((text) => ({ label: null, text })),
  )
  section.end()
}
