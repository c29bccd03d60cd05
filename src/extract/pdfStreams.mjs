/**
 * A quick pass over a PDF's Flate streams before pdf.js reads it: pdf.js inflates in JavaScript, into growing typed
 * arrays, so a 1 MB stream that inflates to 1 GB takes it seconds and gigabytes. Node's zlib with
 * `maxOutputLength` stops at the limit in milliseconds. Images are skipped (text extraction never decodes them,
 * and a blank scanned page legitimately inflates a thousandfold); every other stream (page content, fonts,
 * object and cross-reference streams) may inflate to at most `maxStreamBytes`, all of them together to
 * `maxTotalBytes`. A heuristic, not a parser: what it misses still meets the reader process's memory limits.
 */
import { Buffer } from 'node:buffer'
import { constants, inflateSync } from 'node:zlib'

const STREAM = Buffer.from('stream')
const ENDSTREAM = Buffer.from('endstream')
const OBJ = Buffer.from(' obj')

/**
 * @param {{ data: Buffer; maxStreamBytes: number; maxTotalBytes: number }} options
 * @returns {string | null} why the PDF is refused, or null
 */
export function findPdfBomb({ data, maxStreamBytes, maxTotalBytes }) {
  let total = 0
  let position = 0
  while (position < data.length) {
    const start = data.indexOf(STREAM, position)
    if (start === -1) break
    position = start + STREAM.length
    // "endstream" also contains "stream": only the keyword that opens a stream counts.
    if (start >= 3 && data.subarray(start - 3, start).toString('latin1') === 'end') continue
    let bodyStart = position
    if (data[bodyStart] === 0x0d) bodyStart += 1
    if (data[bodyStart] === 0x0a) bodyStart += 1
    else if (bodyStart === position) continue
    const end = data.indexOf(ENDSTREAM, bodyStart)
    if (end === -1) break
    position = end + ENDSTREAM.length
    const objectStart = data.lastIndexOf(OBJ, start)
    const dictionary = data
      .subarray(objectStart === -1 ? Math.max(0, start - 2048) : objectStart, start)
      .toString('latin1')
    if (!/\/FlateDecode|\/Fl\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue
    const limit = Math.min(maxStreamBytes, maxTotalBytes - total)
    try {
      // Sync flush: bombs (and some real files) end without a complete zlib trailer.
      total += inflateSync(data.subarray(bodyStart, end), {
        maxOutputLength: limit + 1,
        finishFlush: constants.Z_SYNC_FLUSH,
      }).length
    } catch (error) {
      if (error instanceof RangeError || /ERR_BUFFER_TOO_LARGE/.test(String(error?.code))) {
        return total + limit >= maxTotalBytes ? 'total' : 'stream'
      }
      continue // not valid Flate data: pdf.js decides what to make of it
    }
    if (total > maxTotalBytes) return 'total'
  }
  return null
}
