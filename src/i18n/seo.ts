import type { Field } from 'payload'

/** plugin-seo's fields have no labels, so Payload shows their names ("Title", "Description"). */
const SEO_LABELS: Record<string, string> = {
  title: 'Titel',
  description: 'Beskrivning',
  image: 'Bild',
}

/** For seoPlugin's `fields` option: its own fields, labelled in Swedish. */
export function swedishSeoFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  return defaultFields.map((field) =>
    'name' in field && SEO_LABELS[field.name] ? ({ ...field, label: SEO_LABELS[field.name] } as Field) : field,
  )
}
