/**
 * The fonts every PDF embeds: DejaVu Sans from the `dejavu-fonts-ttf` package (a free TrueType font with å, ä, ö, é and
 * –), so production needs no system fonts. Read from node_modules by path, like src/config/paths.ts reads the uploads:
 * the app runs from the project directory, and the bundler must not try to inline a font file.
 */
import path from 'node:path'

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
