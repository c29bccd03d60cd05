import { describe, expect, it } from 'vitest'

import { demoPdf } from '../seed/content'
import { extractDocumentText } from './extract'

describe('extractDocumentText', () => {
  it('reads the text of a PDF', async () => {
    const text = await extractDocumentText({
      data: demoPdf('Remissforslag om patientsakerhet och avtalet'),
      mimeType: 'application/pdf',
    })
    expect(text).toContain('Remissforslag om patientsakerhet och avtalet')
  })

  it('returns nothing for types it does not read', async () => {
    expect(
      await extractDocumentText({
        data: new Uint8Array([1, 2, 3]),
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    ).toBeNull()
  })
})
