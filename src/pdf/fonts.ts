/**
 * The fonts every PDF embeds: DejaVu Sans from the `dejavu-fonts-ttf` package (a free TrueType font with å, ä, ö, é and
 * –), so production needs no system fonts. Read from node_modules by path, like src/config/paths.ts reads the uploads:
 * the app runs from the project directory, and the bundler must not try to inline a font file.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type Font, create } from 'fontkit'

const FONT_DIR = ['node_modules', 'dejavu-fonts-ttf', 'ttf']

export const PDF_FONTS = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const

export type PdfFontName = keyof typeof PDF_FONTS

export function fontPath(name: PdfFontName): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), ...FONT_DIR, PDF_FONTS[name])
}

const parsed = new Map<PdfFontName, Font>()

/**
 * The parsed font, once per process: parsing DejaVu Sans took about 250 ms a font, most of a document's layout time.
 * PDFKit subsets a parsed font per document, so sharing it is safe.
 */
export function pdfFont(name: PdfFontName): Font {
  let font = parsed.get(name)
  if (!font) {
    font = create(fs.readFileSync(fontPath(name))) as Font
    parsed.set(name, font)
  }
  return font
}
