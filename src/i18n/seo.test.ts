import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { swedishSeoFields } from './seo'

describe('swedishSeoFields', () => {
  it('should label the SEO title and description in Swedish and leave other fields alone', () => {
    const defaultFields: Field[] = [
      { name: 'overview', type: 'ui', admin: { components: { Field: 'x' } } },
      { name: 'title', type: 'text' },
      { name: 'description', type: 'textarea' },
    ]
    const labels = swedishSeoFields({ defaultFields }).map((field) => ('label' in field ? field.label : undefined))
    expect(labels).toEqual([undefined, 'Titel', 'Beskrivning'])
  })
})
