import { describe, expect, it } from 'vitest'

import { defaultAttachmentCategory, titleFromFileName } from './defaultCategory'

describe('defaultAttachmentCategory', () => {
  it('should give Beslutsunderlag on an item whose handling includes a position', () => {
    expect(defaultAttachmentCategory(['information', 'stallningstagande'])).toBe('beslutsunderlag')
    expect(defaultAttachmentCategory(['infor_stallningstagande'])).toBe('beslutsunderlag')
    expect(defaultAttachmentCategory('stallningstagande')).toBe('beslutsunderlag')
  })

  it('should give Bilaga otherwise', () => {
    expect(defaultAttachmentCategory(['information', 'dialog'])).toBe('bilaga')
    expect(defaultAttachmentCategory([])).toBe('bilaga')
    expect(defaultAttachmentCategory(null)).toBe('bilaga')
  })
})

describe('titleFromFileName', () => {
  it('should drop the extension and underscores', () => {
    expect(titleFromFileName('Budget_2027.pdf')).toBe('Budget 2027')
    expect(titleFromFileName('.pdf')).toBe('.pdf')
  })
})
