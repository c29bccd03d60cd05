import { deflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { findPdfBomb } from './pdfStreams.mjs'

const MB = 1024 * 1024
const limits = { maxStreamBytes: 4 * MB, maxTotalBytes: 6 * MB }

function pdfWithStream({ dictionary, raw }: { dictionary: string; raw: Buffer }): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n4 0 obj\n${dictionary}\nstream\n`, 'latin1'),
    deflateSync(raw),
    Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ])
}

describe('findPdfBomb', () => {
  it('should find a content stream that inflates beyond the limit', () => {
    const data = pdfWithStream({ dictionary: '<< /Length 1 /Filter /FlateDecode >>', raw: Buffer.alloc(5 * MB, ' ') })
    expect(findPdfBomb({ data, ...limits })).toBe('stream')
  })

  it('should pass ordinary streams', () => {
    const data = pdfWithStream({
      dictionary: '<< /Length 1 /Filter /FlateDecode >>',
      raw: Buffer.from('BT /F1 9 Tf (Hej) Tj ET'),
    })
    expect(findPdfBomb({ data, ...limits })).toBeNull()
  })

  it('should skip images, which text extraction never decodes', () => {
    const data = pdfWithStream({
      dictionary: '<< /Type /XObject /Subtype /Image /Width 2480 /Filter /FlateDecode >>',
      raw: Buffer.alloc(5 * MB, 0xff),
    })
    expect(findPdfBomb({ data, ...limits })).toBeNull()
  })

  it('should find streams that together inflate beyond the total limit', () => {
    const one = pdfWithStream({ dictionary: '<< /Filter /FlateDecode >>', raw: Buffer.alloc(3 * MB, ' ') })
    expect(findPdfBomb({ data: Buffer.concat([one, one, one]), ...limits })).toBe('total')
  })
})
