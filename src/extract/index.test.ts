import { describe, expect, it } from 'vitest'

import { ExtractionError, extractText } from '.'
import { bombDocx, bombPdf, docx, textPdf } from '../../tests/helpers/documents'

const MB = 1024 * 1024

describe('extractText', () => {
  it('should read a DOCX in the reader process', async () => {
    expect(await extractText({ data: docx({ paragraphs: ['Kallelse SRO'] }), kind: 'docx' })).toContain('Kallelse SRO')
  })

  it('should read a PDF in the reader process', async () => {
    expect(
      await extractText({ data: textPdf([['Mötesanteckning'.normalize('NFD').replace(/\p{M}/gu, '')]]), kind: 'pdf' }),
    ).toContain('Motesanteckning')
  })

  it('should refuse a DOCX whose zip directory understates its size', async () => {
    const error = await extractText({
      data: bombDocx({ inflatedBytes: 30 * MB, declaredSize: 100 * 1024 }),
      kind: 'docx',
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ExtractionError)
    expect(error).toMatchObject({ reason: 'refused', status: 413 })
  })

  // The memory limit is the backstop for what the quick stream check misses; pdf.js inflates at about 100 MB/s, so
  // reaching 512 MB takes it a few seconds (a real 45 MB PDF peaked at 314 MB here, so the limit stays).
  it('should stop a PDF that needs more memory than the reader may use, within 5 s', async () => {
    const data = await bombPdf({ inflatedBytes: 600 * MB, isDisguised: true })
    const started = performance.now()
    const error = await extractText({ data, kind: 'pdf' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ reason: 'memory', status: 413 })
    expect(performance.now() - started).toBeLessThan(5000)
  }, 30_000)
})
