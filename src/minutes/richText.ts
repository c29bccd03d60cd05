/**
 * The one place the minutes screen reads and writes an item's text fields (position taken, notes): plain text in
 * the form, rich text (src/richtext/) or an older plain string in the database. Writing plain text works for both:
 * the item fields turn a string into rich text themselves (`richTextFromPlainText`). A value the screen did not
 * change is never written back (save.ts), so formatting made in the item's own edit view is kept.
 */
import { richTextToPlainText } from '@/richtext'

export const readItemText = (value: unknown): string => richTextToPlainText(value)

export const writeItemText = (text: string): string | null => (text.trim() ? text : null)
