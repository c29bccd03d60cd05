/**
 * Text inside uploaded documents, so that search finds words that only stand in a PDF or Word file.
 * unpdf (a maintained serverless build of Mozilla's pdf.js) reads PDF; mammoth reads DOCX.
 */
const MAX_TEXT_LENGTH = 200_000

export async function extractDocumentText({ data, mimeType }: { data: Uint8Array; mimeType: string }): Promise<string | null> {
  if (mimeType === 'application/pdf') {
    const { extractText, getDocumentProxy } = await import('unpdf')
    const pdf = await getDocumentProxy(new Uint8Array(data))
    const { text } = await extractText(pdf, { mergePages: true })
    return clean(text)
  }
  if (mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
    const mammoth = await import('mammoth')
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) })
    return clean(value)
  }
  return null
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_LENGTH)
}
