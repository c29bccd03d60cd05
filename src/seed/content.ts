/** Communicator pages and site settings for the demo site. */

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

/** A small, valid one-page PDF with the title as its text, standing in for the real decision documents. */
export function demoPdf(title: string): Buffer {
  const safe = title.replace(/[\\()]/g, (char) => `\\${char}`).replace(/[^\x20-\x7e]/g, '?')
  const stream = `BT /F1 14 Tf 50 780 Td (${safe}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
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
