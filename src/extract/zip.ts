/**
 * The central directory of an Office file (a zip archive), read without inflating anything, and checked against
 * ZIP_LIMITS. yauzl reads the end record first, so a directory with millions of entries is refused before it is
 * walked.
 */
import { fromBufferPromise } from 'yauzl'

import { type ZipRefusal, checkZipEntries, checkZipEntryCount } from './limits'

export const looksLikeZip = (data: Uint8Array) =>
  data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04

export class BrokenZipError extends Error {
  override name = 'BrokenZipError'
}

/** A refusal (413, Swedish) when the archive would unpack beyond the limits; null when it may be read. */
export async function checkZipDirectory({ data }: { data: Uint8Array }): Promise<ZipRefusal | null> {
  let zipFile: Awaited<ReturnType<typeof fromBufferPromise>>
  try {
    zipFile = await fromBufferPromise(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      lazyEntries: true,
      autoClose: true,
    })
  } catch (error) {
    throw new BrokenZipError((error as Error).message)
  }
  const count = checkZipEntryCount({ entryCount: zipFile.entryCount })
  if (count) {
    zipFile.close()
    return count
  }
  const entries: { name: string; compressedSize: number; uncompressedSize: number }[] = []
  try {
    for await (const entry of zipFile.eachEntry()) {
      entries.push({
        name: entry.fileName,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
      })
    }
  } catch (error) {
    throw new BrokenZipError((error as Error).message)
  }
  return checkZipEntries({ entries })
}
