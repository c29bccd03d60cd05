/**
 * Reads the text of one document in its own `node` process, started by `src/extract/index.ts` with a heap limit,
 * a memory watchdog and a timeout: whatever a hostile file makes mammoth or pdf.js do, it happens here, and the
 * server only loses this process. Plain JavaScript, run from the source tree (not bundled by Next), so the
 * same file serves vitest, the CLI and `next start`.
 *
 * Usage: node worker.mjs <pdf|docx> '{"maxTextChars":…,"zipMaxTotalBytes":…,"pdfMaxStreamBytes":…,"pdfMaxTotalBytes":…}',
 * the file's bytes on stdin. Prints one JSON line: { ok: true, text } or
 * { ok: false, reason: 'understated' | 'pdf-bomb' | 'unreadable', message }.
 */
import { Buffer } from 'node:buffer'

import yauzl from 'yauzl'

import { findPdfBomb } from './pdfStreams.mjs'
import { docxHtmlToText } from './docxHtml.mjs'

const kind = process.argv[2]
const { maxTextChars, zipMaxTotalBytes, pdfMaxStreamBytes, pdfMaxTotalBytes } = JSON.parse(process.argv[3] ?? '{}')

class Understated extends Error {}
class PdfBomb extends Error {}

async function readStdin() {
  const chunks = []
  for await (const chunk of process.stdin) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/**
 * Inflates every part and throws away the bytes, stopping at the first part larger than the directory says
 * (yauzl's validateEntrySizes) or when the total passes the limit. mammoth's JSZip trusts the directory and
 * would inflate a lying part in full; this pass costs one inflate of a file the parent already size-checked.
 */
async function assertTrueSizes(data) {
  const zipFile = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true })
  let total = 0
  for await (const entry of zipFile.eachEntry()) {
    if (!entry.canDecodeFileData()) continue
    const stream = await zipFile.openReadStreamPromise(entry)
    try {
      for await (const chunk of stream) {
        total += chunk.length
        if (total > zipMaxTotalBytes) throw new Understated('total')
      }
    } catch (error) {
      if (error instanceof Understated || /too many bytes/.test(error.message)) throw new Understated(error.message)
      throw error
    }
  }
}

async function readDocx(data) {
  await assertTrueSizes(data)
  const mammoth = await import('mammoth')
  // HTML, not raw text: lists, table cells and link addresses survive (docxHtml.mjs). Images are never read.
  const convertImage = mammoth.default.images.imgElement(() => ({ src: '' }))
  return docxHtmlToText((await mammoth.default.convertToHtml({ buffer: data }, { convertImage })).value)
}

async function readPdf(data) {
  const bomb = findPdfBomb({ data, maxStreamBytes: pdfMaxStreamBytes, maxTotalBytes: pdfMaxTotalBytes })
  if (bomb) throw new PdfBomb(bomb)
  const { extractText, getDocumentProxy } = await import('unpdf')
  const pdf = await getDocumentProxy(new Uint8Array(data))
  return (await extractText(pdf, { mergePages: true })).text
}

function answer(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
}

try {
  const data = await readStdin()
  const text = kind === 'docx' ? await readDocx(data) : kind === 'pdf' ? await readPdf(data) : null
  if (text === null) throw new Error(`unknown kind ${kind}`)
  answer({ ok: true, text: text.slice(0, maxTextChars) })
} catch (error) {
  if (error instanceof Understated) answer({ ok: false, reason: 'understated', message: error.message })
  else if (error instanceof PdfBomb) answer({ ok: false, reason: 'pdf-bomb', message: error.message })
  else answer({ ok: false, reason: 'unreadable', message: error instanceof Error ? error.message : String(error) })
}
