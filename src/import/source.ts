/**
 * The text of an uploaded or given document, for the importer: one set of rules for the CLI and the admin's
 * "Importera" view. Text files are read as UTF-8; .docx through mammoth; .pdf through unpdf (text PDFs only),
 * both in the sandboxed reader of `src/extract` (zip and PDF bombs refused, memory and time capped).
 * The bytes are checked, not just the name, and every refusal says in Swedish what is wrong.
 */
import path from 'node:path'

import { MAX_UPLOAD_BYTES } from '../../collections/Attachments/fileRules'
import { ExtractionError, extractText } from '../extract'
import { docxToText } from './docx'
import type { SourceFile } from './write'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const PDF_MIME = 'application/pdf'
export const TEXT_EXTENSIONS = ['.md', '.txt', '.markdown'] as const
export const IMPORT_EXTENSIONS = [...TEXT_EXTENSIONS, '.docx', '.pdf'] as const

export class ImportSourceError extends Error {
  override name = 'ImportSourceError'
  /** The HTTP status for the import endpoint: 400, or 413/422 for a bomb, a too heavy or a too slow document. */
  readonly status: number
  constructor(message: string, { status = 400 }: { status?: number } = {}) {
    super(message)
    this.status = status
  }
}

const startsWith = (data: Uint8Array, bytes: number[]) =>
  data.length >= bytes.length && bytes.every((byte, index) => data[index] === byte)
const looksLikePdf = (data: Uint8Array) => startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d]) // "%PDF-"

/** A text file must be text: no NUL bytes, and valid UTF-8. */
function decodeText(data: Buffer, name: string): string {
  if (data.includes(0))
    throw new ImportSourceError(`${name} ser inte ut att vara en textfil. Importen läser .md, .txt, .docx och .pdf.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '')
  } catch {
    throw new ImportSourceError(
      `${name} är inte sparad som UTF-8. Spara om filen med teckenkodningen UTF-8 och försök igen.`,
    )
  }
}

async function pdfToText(data: Buffer, name: string): Promise<string> {
  if (!looksLikePdf(data)) throw new ImportSourceError(`${name} har filändelsen .pdf men är inte en PDF-fil.`)
  let text: string
  try {
    text = await extractText({ data, kind: 'pdf' })
  } catch (error) {
    if (error instanceof ExtractionError && error.reason !== 'unreadable')
      throw new ImportSourceError(`${name}: ${error.message}`, { status: error.status })
    throw new ImportSourceError(`PDF-filen ${name} kunde inte läsas: ${(error as Error).message}`)
  }
  if (!/\p{L}{3}/u.test(text)) {
    throw new ImportSourceError(
      `PDF-filen ${name} innehåller ingen text (den är troligen inskannad). Importen behöver en PDF med text, eller dokumentet som .docx.`,
    )
  }
  return text
}

/**
 * The text to parse and, for .docx and .pdf, the file to keep as the meeting's source document.
 * `name` is the file name as the user gave it; only its extension decides how the bytes are read.
 */
export async function readImportSource({
  name,
  data,
}: {
  name: string
  data: Buffer
}): Promise<{ text: string; sourceFile?: SourceFile }> {
  const extension = path.extname(name).toLowerCase()
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new ImportSourceError(
      `Filtypen ${extension || '(ingen filändelse)'} stöds inte: ${name}. Importen läser ${IMPORT_EXTENSIONS.join(', ')}.`,
    )
  }
  if (data.length === 0) throw new ImportSourceError(`${name} är tom.`)
  if (data.length > MAX_UPLOAD_BYTES)
    throw new ImportSourceError(`${name} är för stor. Största tillåtna storlek är 50 MB.`)
  const baseName = path.basename(name)
  if (extension === '.docx') {
    try {
      return { text: await docxToText(data), sourceFile: { data, mimetype: DOCX_MIME, name: baseName } }
    } catch (error) {
      throw new ImportSourceError(`${name}: ${(error as Error).message}`, {
        status: error instanceof ExtractionError ? error.status : 400,
      })
    }
  }
  if (extension === '.pdf')
    return { text: await pdfToText(data, name), sourceFile: { data, mimetype: PDF_MIME, name: baseName } }
  return { text: decodeText(data, name) }
}
