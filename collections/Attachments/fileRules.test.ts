import { describe, expect, it } from 'vitest'

import { formatFileSize } from './fileRules'

describe('formatFileSize', () => {
  it('prints sizes in Swedish notation', () => {
    expect(formatFileSize(512)).toBe('512 B')
    expect(formatFileSize(2_516_582)).toBe('2,4 MB')
    expect(formatFileSize(150 * 1024)).toBe('150 kB')
    expect(formatFileSize(null)).toBe('')
  })
})
