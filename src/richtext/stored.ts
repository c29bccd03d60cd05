import { plainTextToRichText } from './fromPlainText'
import { richTextToPlainText } from './toPlainText'

/** Whether a stored column value already is an editor state (a migration run twice leaves it as it is). */
function parsedState(value: string): unknown {
  if (!value.startsWith('{')) return null
  try {
    const parsed = JSON.parse(value) as { root?: unknown }
    return parsed && typeof parsed === 'object' && parsed.root ? parsed : null
  } catch {
    return null
  }
}

/** A stored item text (plain text from before rich text) as the JSON the rich-text column holds, or null. */
export function storedTextToRichTextJson(value: string | null): string | null {
  if (value === null) return null
  if (parsedState(value)) return value
  const state = plainTextToRichText(value)
  return state ? JSON.stringify(state) : null
}

/** The reverse, for the migration's down: rich text JSON flattened to plain text, or null. */
export function storedRichTextJsonToText(value: string | null): string | null {
  if (value === null) return null
  const state = parsedState(value)
  if (!state) return value
  return richTextToPlainText(state) || null
}
