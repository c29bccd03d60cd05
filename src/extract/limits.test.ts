import { describe, expect, it } from 'vitest'

import { ZIP_LIMITS, checkZipEntries, checkZipEntryCount } from './limits'

const MB = 1024 * 1024
const part = (name: string, uncompressedSize: number, compressedSize = uncompressedSize) => ({
  name,
  uncompressedSize,
  compressedSize,
})

describe('checkZipEntries', () => {
  it('should let a 50 MB Word document full of images through', () => {
    const images = Array.from({ length: 10 }, (_, index) => part(`word/media/image${index}.png`, 5 * MB, 5 * MB - 1000))
    expect(checkZipEntries({ entries: [part('word/document.xml', 2 * MB, 200 * 1024), ...images] })).toBeNull()
  })

  it('should refuse a part that unpacks beyond the per-part limit', () => {
    expect(
      checkZipEntries({ entries: [part('word/document.xml', ZIP_LIMITS.maxEntryBytes + 1, 10 * MB)] })?.message,
    ).toContain('word/document.xml')
  })

  it('should refuse parts that together unpack beyond the total limit', () => {
    const parts = Array.from({ length: 3 }, (_, index) => part(`ppt/media/video${index}.mp4`, 60 * MB))
    expect(checkZipEntries({ entries: parts })).toMatchObject({
      status: 413,
      message: expect.stringContaining('packas upp till'),
    })
  })

  it('should refuse a large part compressed far beyond what real documents reach', () => {
    expect(checkZipEntries({ entries: [part('xl/worksheets/sheet1.xml', 20 * MB, 20 * 1024)] })?.message).toContain(
      'gånger större',
    )
  })

  it('should allow a high ratio on a small part', () => {
    expect(checkZipEntries({ entries: [part('word/styles.xml', 500 * 1024, 500)] })).toBeNull()
  })

  it('should refuse an archive with more parts than an Office document has', () => {
    expect(checkZipEntryCount({ entryCount: ZIP_LIMITS.maxEntries + 1 })?.status).toBe(413)
    expect(checkZipEntryCount({ entryCount: ZIP_LIMITS.maxEntries })).toBeNull()
  })
})
