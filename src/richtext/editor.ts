import type { FieldHook, RichTextField } from 'payload'
import {
  BoldFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { withLinkTargetRule } from '@/fields/linkTarget'
import { plainTextToRichText } from './fromPlainText'

/**
 * The editor of an agenda item's texts: what a kallelse or minutes hold (paragraphs, bold, italic, bullet and
 * numbered lists, links, tables) and nothing the public page and PDFs cannot show (no headings, uploads, blocks).
 * Internal links go to meetings and pages (their public paths, see richTextHref); external ones follow the site's
 * link rule.
 */
export const itemTextEditor = lexicalEditor({
  features: [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({
      enabledCollections: ['meetings', 'pages'],
      maxDepth: 1,
      fields: ({ defaultFields }) => withLinkTargetRule(defaultFields),
    }),
    EXPERIMENTAL_TableFeature(),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})

/**
 * Plain text written to an item text (an API client, a script, an older caller) is stored as rich text instead
 * of being refused: paragraphs, "- " and "1. " lists as `plainTextToRichText` reads them. Payload has already
 * tried JSON.parse on strings, so a number here was a string of digits.
 */
export const richTextFromPlainText: FieldHook = ({ value }) => {
  if (typeof value === 'string' || typeof value === 'number') return plainTextToRichText(String(value))
  return value
}

/** A rich-text field of an agenda item with the items' editor. */
export function itemTextField(field: Omit<RichTextField, 'type' | 'editor'>): RichTextField {
  return {
    ...field,
    type: 'richText',
    editor: itemTextEditor,
    hooks: { ...field.hooks, beforeValidate: [richTextFromPlainText, ...(field.hooks?.beforeValidate ?? [])] },
  }
}
