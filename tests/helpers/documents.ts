/**
 * Office documents and PDFs built in the test, byte by byte: ordinary ones, large ones and hostile ones
 * (zip bombs, including one whose central directory lies about its sizes).
 */
import { once } from 'node:events'
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'

export type ZipEntry = {
  name: string
  data: Buffer
  /** Store uncompressed (as images usually are) instead of deflating. */
  isStored?: boolean
  /** Write this uncompressed size in the headers instead of the real one (a lying zip bomb). */
  declaredSize?: number
}

/** A zip archive: local headers, data, central directory, end record. No ZIP64, so entries stay under 4 GB. */
export function zip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const body = entry.isStored ? entry.data : deflateRawSync(entry.data, { level: 9 })
    const size = entry.declaredSize ?? entry.data.length
    const crc = crc32(entry.data)
    const method = entry.isStored ? 0 : 8
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    parts.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directory, end])
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
const DOCUMENT_END = '</w:body></w:document>'

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

/** A Word document with these paragraphs, and optionally extra parts (images). */
export function docx({ paragraphs, extra = [] }: { paragraphs: string[]; extra?: ZipEntry[] }): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    {
      name: 'word/document.xml',
      data: Buffer.from(DOCUMENT_START + paragraphs.map(paragraph).join('') + DOCUMENT_END),
    },
    ...extra,
  ])
}

/**
 * A zip-bomb .docx: word/document.xml inflates to `inflatedBytes` of paragraphs from a few hundred kB.
 * With `declaredSize` the headers claim that small size instead, so only inflating reveals the truth.
 */
export function bombDocx({ inflatedBytes, declaredSize }: { inflatedBytes: number; declaredSize?: number }): Buffer {
  const unit = paragraph('SRO ')
  const xml = Buffer.alloc(inflatedBytes, unit)
  Buffer.from(DOCUMENT_START).copy(xml)
  Buffer.from(DOCUMENT_END).copy(xml, xml.length - DOCUMENT_END.length)
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: xml, declaredSize },
  ])
}

/** A text PDF with one Helvetica text block per page, each page given as lines of ASCII text. */
export function textPdf(pages: string[][]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`)
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const kids: string[] = []
  for (const lines of pages) {
    const stream = `BT /F1 9 Tf 11 TL 40 800 Td ${lines.map((line) => `(${escape(line)}) '`).join(' ')} ET`
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
    const contents = objects.length
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contents} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    )
    kids.push(`${objects.length} 0 R`)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/**
 * A PDF bomb: one page whose content stream is FlateDecode-compressed and inflates to `inflatedBytes` of
 * spaces and a little text, from a few hundred kB of file. `isDisguised` marks the stream as an image, which a
 * quick scan skips but pdf.js still reads as the page's content.
 */
export async function bombPdf({
  inflatedBytes,
  isDisguised = false,
}: {
  inflatedBytes: number
  isDisguised?: boolean
}): Promise<Buffer> {
  // Deflated a megabyte at a time, so the test never holds the inflated stream itself.
  const deflate = createDeflateRaw({ level: 9 })
  const compressed: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk))
  const chunk = Buffer.alloc(1024 * 1024, ' ')
  deflate.write(Buffer.from('BT /F1 9 Tf 40 800 Td (Bomb) Tj ET '))
  for (let written = 0; written < inflatedBytes; written += chunk.length) {
    if (!deflate.write(chunk)) await once(deflate, 'drain')
  }
  deflate.end()
  await once(deflate, 'end')
  // FlateDecode is zlib: a two-byte header before the raw deflate data (pdf.js does not check the trailer).
  const stream = Buffer.concat([Buffer.from([0x78, 0xda]), ...compressed])
  const head = '%PDF-1.4\n'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const chunks: Buffer[] = [Buffer.from(head, 'latin1')]
  let length = head.length
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(length)
    const bytes =
      object === null
        ? Buffer.concat([
            Buffer.from(
              `${index + 1} 0 obj\n<< ${isDisguised ? '/Subtype /Image ' : ''}/Length ${stream.length} /Filter /FlateDecode >>\nstream\n`,
              'latin1',
            ),
            stream,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ])
        : Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
    chunks.push(bytes)
    length += bytes.length
  })
  const tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`
  chunks.push(Buffer.from(tail, 'latin1'))
  return Buffer.concat(chunks)
}
