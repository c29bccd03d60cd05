/** Communicator pages and site settings for the demo site. */
import PDFDocument from 'pdfkit'

import { pdfFont } from '../pdf/fonts'

type TextNode = { type: 'text'; text: string; version: 1; format: 0; detail: 0; mode: 'normal'; style: '' }
const textNode = (text: string): TextNode => ({
  type: 'text',
  text,
  version: 1,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})
const base = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }

/** Lexical rich text from simple blocks: `## ` starts a heading, anything else is a paragraph. */
export function richText(blocks: string[]) {
  return {
    root: {
      type: 'root',
      ...base,
      children: blocks.map((block) =>
        block.startsWith('## ')
          ? { type: 'heading', tag: 'h2', ...base, children: [textNode(block.slice(3))] }
          : { type: 'paragraph', textFormat: 0, textStyle: '', ...base, children: [textNode(block)] },
      ),
    },
  }
}

export const PAGES = [
  {
    slug: 'om-sro',
    title: 'Om SRO',
    intro:
      'SRO är det politiska samrådsorganet mellan Västra Götalandsregionen och Västra Götalands 49 kommuner genom de fyra kommunalförbunden.',
    blocks: [
      'I SRO möts politiker från regionen och kommunerna för att samråda om frågor där parterna behöver arbeta tillsammans, till exempel hälso- och sjukvårdsavtalet, god och nära vård och psykisk hälsa.',
      '## Så arbetar SRO',
      'SRO fattar inga beslut som binder huvudmännen. Samrådsorganet tar ställning och rekommenderar huvudmännen att besluta. Kallelser och mötesanteckningar publiceras i arkivet.',
    ],
  },
  {
    slug: 'tillganglighet',
    title: 'Tillgänglighetsredogörelse',
    intro:
      'Den här webbplatsen ska kunna användas av så många som möjligt. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.',
    blocks: [
      '## Hur tillgänglig är webbplatsen?',
      'Webbplatsen är byggd för att uppfylla WCAG 2.1 nivå AA. Sidorna fungerar utan JavaScript, kan användas med tangentbord och testas automatiskt med axe-core.',
      '## Dokument som inte är tillgängliga',
      'Äldre kallelser och mötesanteckningar finns ibland bara som PDF. Innehållet i dem finns även som text på mötessidan.',
      '## Kontakta oss',
      'Om du upptäcker brister i tillgängligheten eller behöver innehåll i ett annat format, kontakta SRO:s sekretariat. Du kan också kontakta Myndigheten för digital förvaltning (Digg), som är tillsynsmyndighet.',
    ],
  },
]

export const SITE_SETTINGS = {
  siteName: 'SRO – Politiskt samrådsorgan',
  tagline: 'Samråd mellan Västra Götalandsregionen och Västra Götalands 49 kommuner',
  contact: { email: 'sro@sro.example', address: 'Regionens Hus, Göteborg' },
  footerLinks: [
    { label: 'Om SRO', url: '/om-sro' },
    { label: 'Tillgänglighetsredogörelse', url: '/tillganglighet' },
  ],
}

/**
 * A small, valid one-page PDF with the title as its text, standing in for the real decision documents. The text is
 * set in the embedded DejaVu Sans (src/pdf/fonts.ts), so å, ä, ö print and extract as themselves (the built-in
 * Helvetica it used before printed them as "?"). Synchronous: PDFKit writes into the stream's buffer, read at the end.
 */
export function demoPdf(title: string): Buffer {
  const doc = new PDFDocument({
    size: 'A4',
    font: pdfFont('regular') as never,
    lang: 'sv-SE',
    displayTitle: true,
    info: { Title: title, Creator: 'SRO-arkivet (demodata)', CreationDate: new Date(0) },
  })
  doc.fontSize(14).text(title, 50, 62)
  doc.end()
  const chunks: Buffer[] = []
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk)
  return Buffer.concat(chunks)
}
