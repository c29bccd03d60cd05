import { describe, expect, it } from 'vitest'

import { filenameForType } from './storedExtension'

describe('filenameForType', () => {
  it('should replace an extension that does not match the content', () => {
    expect(filenameForType({ filename: 'x.html', ext: 'pdf' })).toBe('x.pdf')
    expect(filenameForType({ filename: 'protokoll.2025.pdf', ext: 'docx' })).toBe('protokoll.2025.docx')
  })

  it('should add the extension to a name without one', () => {
    expect(filenameForType({ filename: 'underlag', ext: 'pdf' })).toBe('underlag.pdf')
    expect(filenameForType({ filename: '.pdf', ext: 'docx' })).toBe('.pdf.docx')
  })

  it('should keep a name whose extension matches, in any case', () => {
    expect(filenameForType({ filename: 'Kallelse.PDF', ext: 'pdf' })).toBe('Kallelse.PDF')
  })
})
