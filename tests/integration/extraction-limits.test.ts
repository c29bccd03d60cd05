/**
 * Text extraction under hostile input, through the real REST handler and the import endpoint: zip bombs and PDF
 * bombs get a Swedish 4xx quickly while the server's memory stays put, nothing is stored; long documents keep
 * their text.
 */
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bombDocx, bombPdf, docx, textPdf, zip } from '../helpers/documents'
import type * as Http from '../helpers/http'
import { type TestPayload, startTestPayload } from '../helpers/payload'
import { TEST_PASSWORD, createRoleUsers } from '../helpers/users'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const MB = 1024 * 1024

let test: TestPayload
let http: typeof Http
const headers: Record<string, Record<string, string>> = {}

beforeAll(async () => {
  test = await startTestPayload()
  await createRoleUsers(test.payload)
  http = await import('../helpers/http')
  for (const role of ['beredning', 'sekreterare'])
    headers[role] = await http.loginHeaders(`${role}@test.example`, TEST_PASSWORD)
})
afterAll(async () => test?.cleanup())

function upload(bytes: Buffer, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ title: name, category: 'bilaga' }))
  return http.api('POST', '/attachments', { body: form, headers: headers.beredning })
}

function importFile(bytes: Buffer, name: string, { confirm = false }: { confirm?: boolean } = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), name)
  form.append('_payload', JSON.stringify({ confirm }))
  return http.api('POST', '/import', { body: form, headers: headers.sekreterare })
}

const storedFiles = () => {
  const dir = path.join(test.dir, 'uploads', 'attachments')
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}
const attachmentCount = async () => (await test.payload.count({ collection: 'attachments' })).totalDocs

/** Runs a request and measures its time and the growth of this process's memory (heap and all). */
async function measured<T>(
  request: () => Promise<T>,
): Promise<{ result: T; seconds: number; rssGrowthMb: number; heapGrowthMb: number }> {
  global.gc?.()
  const before = process.memoryUsage()
  let peakRss = before.rss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
  const started = performance.now()
  try {
    const result = await request()
    const after = process.memoryUsage()
    peakRss = Math.max(peakRss, after.rss)
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      rssGrowthMb: (peakRss - before.rss) / MB,
      heapGrowthMb: (after.heapUsed - before.heapUsed) / MB,
    }
  } finally {
    clearInterval(sampler)
  }
}

/** Fourteen pages of ordinary text, about 49 000 characters, the last page saying something only it says. */
const longPdf = () =>
  textPdf(
    Array.from({ length: 14 }, (_, page) =>
      Array.from({ length: 50 }, (_, line) =>
        page === 13 && line === 49
          ? 'Slutord: kommunalforbundens gemensamma uppfoljning'
          : `Sida ${page + 1} rad ${line + 1}: regional samverkan om vard och omsorg i Vastra Gotaland`,
      ),
    ),
  )

describe('text extraction limits', () => {
  it('refuses a zip-bomb DOCX (100 MB of XML in a few hundred kB) with a Swedish 413 in under 2 s, storing nothing', async () => {
    const bomb = bombDocx({ inflatedBytes: 100 * MB })
    expect(bomb.length).toBeLessThan(400 * 1024)
    const before = await attachmentCount()
    const { result: response, seconds, rssGrowthMb } = await measured(() => upload(bomb, 'bomb.docx', DOCX))
    expect(response.status).toBe(413)
    expect(response.text).toContain('packas upp')
    expect(seconds).toBeLessThan(2)
    expect(rssGrowthMb).toBeLessThan(200)
    expect(await attachmentCount()).toBe(before)
    expect(storedFiles()).not.toContain('bomb.docx')
  })

  it('refuses a zip-bomb DOCX whose headers understate its size, in under 2 s, storing nothing', async () => {
    const bomb = bombDocx({ inflatedBytes: 100 * MB, declaredSize: 200 * 1024 })
    const before = await attachmentCount()
    const { result: response, seconds, rssGrowthMb } = await measured(() => upload(bomb, 'lognare.docx', DOCX))
    expect(response.status).toBe(413)
    expect(response.text).toContain('packas upp')
    expect(seconds).toBeLessThan(2)
    expect(rssGrowthMb).toBeLessThan(200)
    expect(await attachmentCount()).toBe(before)
    expect(storedFiles()).not.toContain('lognare.docx')
  })

  it('refuses a zip-bomb XLSX at upload, although its text is not read', async () => {
    const bomb = zip([
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        ),
      },
      { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(100 * MB, '<row/>') },
    ])
    const response = await upload(bomb, 'bomb.xlsx', XLSX)
    expect(response.status).toBe(413)
    expect(response.text).toContain('packas upp')
    expect(storedFiles()).not.toContain('bomb.xlsx')
  })

  it('refuses a PDF whose content stream inflates to 1 GB with a Swedish 413 in under 2 s, storing nothing', async () => {
    const bomb = await bombPdf({ inflatedBytes: 1024 * MB })
    expect(bomb.length).toBeLessThan(2 * MB)
    const before = await attachmentCount()
    const { result: response, seconds, rssGrowthMb } = await measured(() => upload(bomb, 'bomb.pdf', 'application/pdf'))
    expect(response.status).toBe(413)
    expect(response.text).toContain('packas upp')
    expect(seconds).toBeLessThan(2)
    expect(rssGrowthMb).toBeLessThan(200)
    expect(await attachmentCount()).toBe(before)
    expect(storedFiles()).not.toContain('bomb.pdf')
  })

  it('accepts a 14-page PDF with more than 40 000 characters and keeps all of its text', async () => {
    const response = await upload(longPdf(), 'lang-rapport.pdf', 'application/pdf')
    expect(response.status, response.text).toBe(201)
    const { doc } = response.json() as { doc: { id: string; textContent: string } }
    expect(doc.textContent.length).toBeGreaterThan(40_000)
    expect(doc.textContent).toContain('Slutord: kommunalforbundens gemensamma uppfoljning')
    const found = await test.payload.find({
      collection: 'attachments',
      where: { textContent: { like: 'kommunalforbundens gemensamma' } },
    })
    expect(found.docs.map((attachment) => attachment.id)).toContain(doc.id)
  })

  it('reads the text of an ordinary DOCX', async () => {
    const response = await upload(
      docx({ paragraphs: ['Remissförslag om gemensam hjälpmedelsnämnd', 'Beslut: SRO ställer sig bakom förslaget.'] }),
      'remiss.docx',
      DOCX,
    )
    expect(response.status, response.text).toBe(201)
    const { doc } = response.json() as { doc: { textContent: string } }
    expect(doc.textContent).toContain('Remissförslag om gemensam hjälpmedelsnämnd')
  })

  it('accepts a 45 MB DOCX full of images and reads its text', async () => {
    const images = Array.from({ length: 9 }, (_, index) => ({
      name: `word/media/image${index + 1}.png`,
      data: randomBytes(5 * MB),
      isStored: true,
    }))
    const bytes = docx({ paragraphs: ['Årsrapport med bilder från kommunerna'], extra: images })
    expect(bytes.length).toBeGreaterThan(45 * MB)
    const response = await upload(bytes, 'bildrapport.docx', DOCX)
    expect(response.status, response.text).toBe(201)
    const { doc } = response.json() as { doc: { textContent: string } }
    expect(doc.textContent).toContain('Årsrapport med bilder från kommunerna')
  })

  it('refuses the zip-bomb DOCX in the import too, with a Swedish 413 in under 2 s', async () => {
    const bomb = bombDocx({ inflatedBytes: 100 * MB, declaredSize: 200 * 1024 })
    const { result: response, seconds, rssGrowthMb } = await measured(() => importFile(bomb, 'bomb.docx'))
    expect(response.status).toBe(413)
    expect(response.text).toContain('packas upp')
    expect(seconds).toBeLessThan(2)
    expect(rssGrowthMb).toBeLessThan(200)
  })

  it('refuses the PDF bomb in the import too, with a Swedish 413', async () => {
    const response = await importFile(await bombPdf({ inflatedBytes: 1024 * MB }), 'bomb.pdf')
    expect(response.status).toBe(413)
    expect(response.text).toContain('packas upp')
  })

  it('keeps the whole text of a document over 40 000 characters in its import run', async () => {
    const minutes = fs.readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/minutes/2025-11-13-motesanteckning.md'),
      'utf8',
    )
    const notes = Array.from(
      { length: 400 },
      (_, line) => `Anteckning ${line + 1}: regional samverkan om vård och omsorg i Västra Götaland, uppföljning.`,
    ).join('\n')
    const text = `${minutes}\n\n${notes}\n`
    expect(text.length).toBeGreaterThan(40_000)
    const response = await importFile(Buffer.from(text), 'lang-motesanteckning.md', { confirm: true })
    expect(response.status, response.text).toBe(200)
    const runs = await test.payload.find({
      collection: 'import-runs',
      where: { fileName: { equals: 'lang-motesanteckning.md' } },
    })
    expect(runs.docs[0]?.sourceText?.length).toBe(text.length)
  })
})
