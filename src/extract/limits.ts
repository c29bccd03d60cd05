/**
 * How much a document may hold before the archive refuses to unpack or read it. Office files (DOCX, XLSX, PPTX)
 * are zip archives: their central directory states every part's size before anything is inflated, so a zip bomb
 * is refused from a few hundred bytes of directory. The limits let real SRO documents through with room to spare:
 * a 50 MB upload full of images unpacks to about the same size (images do not compress), while a document's
 * XML rarely passes a few MB and compresses 5–20 times.
 */
import { formatFileSize } from '../../collections/Attachments/fileRules'

const MB = 1024 * 1024

export const ZIP_LIMITS = {
  /** Real DOCX have 10–200 parts, a large PPTX a few thousand. */
  maxEntries: 5_000,
  /** Three times the 50 MB upload limit. */
  maxTotalBytes: 150 * MB,
  /** One part: a large embedded video or a 300-page report's XML stays below. */
  maxEntryBytes: 64 * MB,
  /** Deflate reaches about 1 000:1 at most (bombs), XML 5–50:1. Checked for parts over 1 MB only. */
  maxRatio: 200,
  ratioCheckedFrom: 1 * MB,
} as const

/**
 * PDF streams other than images (page content, fonts, object streams), inflated: a page's content is rarely
 * over 1 MB, a font a few MB. Images are not decoded to read text.
 */
export const PDF_LIMITS = {
  maxStreamBytes: 32 * MB,
  maxTotalBytes: 256 * MB,
} as const

/** Characters of text kept from a document: about 400 pages, and the textContent field's maxLength. */
export const MAX_TEXT_CHARS = 1_000_000

export type ZipEntrySize = { name: string; compressedSize: number; uncompressedSize: number }

export type ZipRefusal = { status: 413; message: string }

const BOMB_ADVICE =
  'Filen kan vara en så kallad zip-bomb. Spara om dokumentet i Word, Excel eller PowerPoint (eller som PDF) och försök igen.'

/** A refusal when the archive has too many parts. */
export function checkZipEntryCount({ entryCount }: { entryCount: number }): ZipRefusal | null {
  if (entryCount <= ZIP_LIMITS.maxEntries) return null
  return {
    status: 413,
    message: `Dokumentet består av ${entryCount.toLocaleString('sv-SE')} delar, fler än ${ZIP_LIMITS.maxEntries.toLocaleString('sv-SE')} som tillåts. ${BOMB_ADVICE}`,
  }
}

/** A refusal when the parts, as the central directory states them, would unpack to more than the limits allow. */
export function checkZipEntries({ entries }: { entries: ZipEntrySize[] }): ZipRefusal | null {
  const count = checkZipEntryCount({ entryCount: entries.length })
  if (count) return count
  let total = 0
  for (const entry of entries) {
    total += entry.uncompressedSize
    if (entry.uncompressedSize > ZIP_LIMITS.maxEntryBytes) {
      return {
        status: 413,
        message: `En del av dokumentet (${entry.name}) packas upp till ${formatFileSize(entry.uncompressedSize)}, mer än ${formatFileSize(ZIP_LIMITS.maxEntryBytes)} som tillåts. ${BOMB_ADVICE}`,
      }
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
    if (entry.uncompressedSize >= ZIP_LIMITS.ratioCheckedFrom && ratio > ZIP_LIMITS.maxRatio) {
      return {
        status: 413,
        message: `En del av dokumentet (${entry.name}) packas upp ${Math.round(ratio).toLocaleString('sv-SE')} gånger större än den är, mer än ${ZIP_LIMITS.maxRatio} gånger som tillåts. ${BOMB_ADVICE}`,
      }
    }
  }
  if (total > ZIP_LIMITS.maxTotalBytes) {
    return {
      status: 413,
      message: `Dokumentet packas upp till ${formatFileSize(total)}, mer än ${formatFileSize(ZIP_LIMITS.maxTotalBytes)} som tillåts. ${BOMB_ADVICE}`,
    }
  }
  return null
}

/** The refusal when a part turns out larger than the directory said: only a crafted file does that. */
export const UNDERSTATED_SIZE_MESSAGE = `Dokumentet packas upp till mer än det självt uppger. ${BOMB_ADVICE}`

/** The refusal when a PDF holds a stream that inflates beyond PDF_LIMITS. */
export const PDF_BOMB_MESSAGE = `PDF-filen innehåller delar som packas upp till mer än ${formatFileSize(PDF_LIMITS.maxStreamBytes)} och kan vara skadlig. Spara om dokumentet som PDF från ursprungsprogrammet och försök igen.`
