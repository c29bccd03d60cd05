/** The page frame: running header, its rule and "Sida n av m", drawn on every page once the content is laid out. */
import { type Layout, MARGIN, MUTED } from './layout'

/** Running header and "Sida n av m" on every page, as artifacts outside the reading order. */
export function pageFrame({ layout }: { layout: Layout }) {
  const { doc, model } = layout
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
