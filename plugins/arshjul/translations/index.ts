/** The plugin's words per language; Swedish when the language has none. */
import { en } from './en'
import { type ArshjulTranslations, sv } from './sv'

export type { ArshjulTranslations }
export const translations: Record<string, ArshjulTranslations> = { sv, en }

export const wordsFor = (language: string | undefined): ArshjulTranslations =>
  (language && translations[language]) || sv

/** A label in every language, as Payload's static labels take it: `{ sv: 'Rubrik', en: 'Title' }`. */
export function labelOf(pick: (words: ArshjulTranslations) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(translations).map(([language, words]) => [language, pick(words)]))
}

/**
 * A collection's singular/plural label: one string in the default language (Swedish). Payload 3.90 puts the raw
 * collection label into the dashboard's "Skapa ny …" aria-label (ui widgets/CollectionCards, createNewLabel), so a
 * per-language object is read out as "[object Object]"; field labels may stay per language.
 */
export const collectionLabel = (pick: (words: ArshjulTranslations) => string): string => pick(sv)

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
