import { describe, expect, it } from 'vitest'

import { demoPdf } from '../seed/content'
import { readImportSource } from './source'

const read = (name: string, data: Buffer | string) =>
  readImportSource({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data) })

describe('readImportSource', () => {
  it('reads Markdown and text as UTF-8, without a byte-order mark, and keeps no source file', async () => {
    await expect(read('kallelse.md', '\uFEFFKallelse SRO\nDatum: 21 augusti 2025')).resolves.toEqual({
      text: 'Kallelse SRO\nDatum: 21 augusti 2025',
    })
    await expect(read('anteckning.TXT', 'Mötesanteckning')).resolves.toEqual({ text: 'Mötesanteckning' })
  })

  it('reads the text of a PDF and keeps the PDF as the source document', async () => {
    const pdf = demoPdf('Motesanteckning SRO 2024-03-14')
    const { text, sourceFile } = await read('anteckning.pdf', pdf)
    expect(text).toContain('Motesanteckning SRO 2024-03-14')
    expect(sourceFile).toMatchObject({ mimetype: 'application/pdf', name: 'anteckning.pdf' })
  })

  it('refuses, in Swedish, what it cannot read', async () => {
    await expect(read('bild.png', 'x')).rejects.toThrow('Filtypen .png stöds inte')
    await expect(read('utan-filandelse', 'x')).rejects.toThrow('Filtypen (ingen filändelse) stöds inte')
    await expect(read('tom.md', '')).rejects.toThrow('tom.md är tom.')
    await expect(read('latin1.txt', Buffer.from([0x4d, 0xf6, 0x74, 0x65]))).rejects.toThrow('inte sparad som UTF-8')
    await expect(read('binar.md', Buffer.from([0x41, 0x00, 0x42]))).rejects.toThrow('ser inte ut att vara en textfil')
    await expect(read('falsk.pdf', 'Kallelse SRO')).rejects.toThrow('har filändelsen .pdf men är inte en PDF-fil')
    await expect(read('falsk.docx', 'Kallelse SRO')).rejects.toThrow('inte ett Word-dokument')
  })

  it('refuses a PDF without text (a scan)', async () => {
    await expect(read('skannad.pdf', demoPdf('12 34'))).rejects.toThrow('innehåller ingen text')
  })
})
