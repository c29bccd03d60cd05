import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { demoPdf } from './content'

describe('demoPdf', () => {
  it('should print Swedish letters in an embedded font, so its text extracts as written', async () => {
    const title = 'Remissförslag om patientsäkerhet – Överenskommelse om vård'
    const bytes = demoPdf(title)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const { text, totalPages } = await extractText(pdf, { mergePages: true })
    expect(totalPages).toBe(1)
    expect(text).toContain(title)
    expect(text).not.toContain('?')
    // Embedded (a FontFile2 stream), never the viewer's built-in Helvetica.
    expect(bytes.toString('latin1')).toContain('/FontFile2')
    expect(bytes.toString('latin1')).not.toContain('/BaseFont /Helvetica')
  })
})
