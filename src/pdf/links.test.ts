import { describe, expect, it } from 'vitest'

import type { Attachment } from '../payload-types'
import { hasPublicPdf, meetingPdfLinks } from './links'

const pdf = {
  id: 'a',
  title: 'Underlag',
  url: '/api/attachments/file/underlag.pdf',
  mimeType: 'application/pdf',
} as Attachment
const docx = {
  ...pdf,
  id: 'b',
  url: '/api/attachments/file/bilaga.docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as Attachment

describe('meetingPdfLinks', () => {
  it('should offer only the kallelse while the minutes are unpublished', () => {
    expect(meetingPdfLinks({ slug: '2026-03-19', stage: 'notice', items: [] }).map((link) => link.href)).toEqual([
      '/moten/2026-03-19/kallelse.pdf',
    ])
  })

  it('should put the mötesanteckning first once the minutes are published', () => {
    expect(meetingPdfLinks({ slug: '2025-11-13', stage: 'minutes', items: [] }).map((link) => link.title)).toEqual([
      'Mötesanteckning (PDF)',
      'Kallelse (PDF)',
    ])
  })

  it('should offer möteshandlingar only when a readable document is a PDF', () => {
    expect(
      meetingPdfLinks({ slug: '2025-08-21', stage: 'notice', items: [{ attachments: [pdf], children: [] }] }).at(-1)
        ?.href,
    ).toBe('/moten/2025-08-21/handlingar.pdf')
    expect(
      meetingPdfLinks({
        slug: '2025-08-21',
        stage: 'notice',
        items: [{ attachments: [docx, 'hidden-id'], children: [] }],
      }),
    ).toHaveLength(1)
  })
})

describe('hasPublicPdf', () => {
  it('should find a PDF on a sub-item', () => {
    expect(hasPublicPdf([{ attachments: [], children: [{ attachments: [pdf], children: [] }] as never }])).toBe(true)
  })

  it('should not count a document the visitor cannot read (left as an id)', () => {
    expect(hasPublicPdf([{ attachments: ['hidden-id'], children: [] }])).toBe(false)
  })
})
