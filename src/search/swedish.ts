/**
 * Swedish text for search: words folded to lower case (å, ä, ö kept as letters), and a light stemmer that strips
 * inflection endings so "avtalet", "avtalen" and "avtal" meet. Compounds ("sjukvårdsavtalet") are handled by the
 * matcher, which also accepts a query stem at the end of a longer word.
 */

const WORD = /[\p{L}\p{N}]+/gu

export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase('sv-SE').match(WORD) ?? []
}

// Longest first; the stem keeps at least three letters.
const SUFFIXES = [
  'heterna',
  'hetens',
  'heten',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'endes',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'aste',
  'are',
  'ast',
  'het',
  'ens',
  'ets',
  'nas',
  'ena',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'es',
  'at',
  'a',
  'e',
  's',
]

export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length)
  }
  return word
}

/** Common words that carry no meaning on their own. */
export const STOP_WORDS = new Set(
  'och i att det som en på är av för med till den har de inte om ett var jag men så ska vid från eller där när sig sin sitt sina alla vi hur kan nu också detta denna dessa'.split(
    ' ',
  ),
)

export function searchTerms(text: string): string[] {
  return [
    ...new Set(
      tokenize(text)
        .filter((word) => !STOP_WORDS.has(word))
        .map(stem),
    ),
  ]
}
