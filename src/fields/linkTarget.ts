import type { Field, FieldAffectingData, TextField, TextFieldSingleValidation } from 'payload'

import { isLinkTarget } from '../lib/sitePath'

export const LINK_TARGET_MESSAGE =
  'Ange en sökväg på webbplatsen (/om-sro), en webbadress (https://…) eller mailto:adress.'

/**
 * The one rule for links staff type in: footer links, link lists and links in rich text. Only site paths, web
 * addresses and e-mail links; never `javascript:`, `data:` or `vbscript:` (see `isLinkTarget`).
 */
export const validateLinkTarget: TextFieldSingleValidation = (value) =>
  !value || isLinkTarget(value) || LINK_TARGET_MESSAGE

/** A required URL field with the link rule, for arrays of links. */
export const linkUrlField = ({
  name = 'url',
  label = 'Adress',
}: { name?: string; label?: string } = {}): TextField => ({
  name,
  type: 'text',
  label,
  required: true,
  admin: { description: 'En sökväg som /moten, en webbadress (https://…) eller mailto:adress.' },
  validate: validateLinkTarget,
})

/**
 * The rich-text link drawer's fields with the link rule on `url`. Internal links (to a document) carry no URL;
 * Lexical's own check (no spaces) still runs first.
 */
export function withLinkTargetRule(fields: FieldAffectingData[]): Field[] {
  return fields.map((field): Field => {
    if (field.name !== 'url' || field.type !== 'text') return field as Field
    const lexicalValidate = field.validate as TextFieldSingleValidation | undefined
    const validate: TextFieldSingleValidation = async (value, options) => {
      if ((options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
      const lexicalResult = lexicalValidate ? await lexicalValidate(value, options) : true
      if (lexicalResult !== true && lexicalResult !== undefined) return lexicalResult
      return validateLinkTarget(value, options)
    }
    return { ...field, hasMany: false, validate } as TextField
  })
}
